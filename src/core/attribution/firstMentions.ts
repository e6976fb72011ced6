// Where a text first writes a name: a role refers back (`the prime minister said`) to someone named before it, and the
// registry knows only that a text names someone, not where. Each surname is looked for once per text.

export class FirstMentions {
  private readonly firstAt = new Map<string, number>();

  constructor(private readonly text: string) {}

  /** Whether the text writes the last word of `name` (as shown), but only from offset `at` on. */
  onlyAfter(name: string, at: number): boolean {
    const last = name.slice(name.lastIndexOf(' ') + 1);
    let first = this.firstAt.get(last);
    if (first === undefined) {
      const found = this.text.indexOf(last);
      first = found < 0 ? Infinity : found;
      this.firstAt.set(last, first);
    }
    return first !== Infinity && first >= at;
  }
}
