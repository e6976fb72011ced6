// The records a look-up finds, in order, each once: a list (a Set and its copy were made at every look-up of a
// draft's check), with a Set beside it past a few, so that a look-up stays linear in what it reads: a text of
// thousands of one surname or acronym, or a role read under every leader's head (a bare `the chairman` reads 186
// entries at 10,000 articles, and asking the list for each was about 17,000 comparisons a look-up).

/** How many records are kept as a list alone before a Set is made beside it. */
const FEW = 16;

/** `R`: a registry's record (a parameter, so this file does not import the registry back). */
export class DistinctRecords<R> {
  readonly list: R[] = [];
  private seen: Set<R> | null = null;

  has(r: R): boolean {
    return this.seen ? this.seen.has(r) : this.list.includes(r);
  }

  add(r: R): void {
    if (this.has(r)) return;
    if (this.seen || this.list.length >= FEW) (this.seen ??= new Set(this.list)).add(r);
    this.list.push(r);
  }
}
