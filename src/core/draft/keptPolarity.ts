// Saying no with a verb instead of `not`: one translation has `I refuse to spend another winter`, another `I do not
// want to spend another winter`; a wire's `we will not raise it` is another's `we refuse to raise it`. The sentence
// stays negative, so the `not` one side has and the other lacks is no negation added or dropped. Only where the
// verb and the `not` stand in changed runs set side by side (one wording given for the other), and only when both
// runs say no the same number of times over (`refused` against `did not refuse` says the reverse, and stays a
// change). `cannot` against `unable to` keeps its `can` too: one says what the other does.

/** Verbs and adjectives that say no by themselves, as quoteDiff compares words (lower case). */
const SAYS_NO = new Set([
  'refuse', 'refuses', 'refused', 'refusing', 'decline', 'declines', 'declined', 'declining', 'fail', 'fails',
  'failed', 'failing', 'reject', 'rejects', 'rejected', 'rejecting', 'unwilling', 'unable',
]);
/**
 * Of those, the words that say no as surely as `not` does wherever they stand: dropping one (`I refuse to` / `I want
 * to`) turns the sentence round as dropping a `not` does. `fail`, `reject`, `decline` say other things too (`the
 * talks failed`), and only keep a polarity.
 */
const REFUSALS = new Set(['refuse', 'refuses', 'refused', 'refusing', 'unwilling', 'unable']);
/** The plain negations such a verb stands for (`don't` is compared as `do` and `not`). */
const PLAIN_NO = new Set(['not', 'no']);
/** The modal of ability `unable` or `able` says over again (`cannot` / `is unable to`). */
const ABILITY = new Set(['can', 'could']);
const ABLE = new Set(['able', 'unable']);

export interface PolarityRun<W> {
  readonly kind: 'same' | 'removed' | 'added';
  readonly words: readonly W[];
}

/**
 * The words of the diff's changed runs whose negation (or ability modal) the other side's wording says with a verb:
 * they change no meaning. Empty for most diffs, which exchange no such verb.
 */
export function keptByPolarity<W extends { readonly norm: string }>(runs: ReadonlyArray<PolarityRun<W>>): Set<W> {
  const kept = new Set<W>();
  for (let i = 0; i + 1 < runs.length; i++) {
    const a = runs[i];
    const b = runs[i + 1];
    if (a.kind === 'same' || b.kind === 'same' || a.kind === b.kind) continue;
    const verbs = (r: PolarityRun<W>) => r.words.filter((w) => SAYS_NO.has(w.norm)).length;
    const plain = (r: PolarityRun<W>) => r.words.filter((w) => PLAIN_NO.has(w.norm));
    if (verbs(a) + verbs(b) === 0) continue;
    if ((verbs(a) + plain(a).length) % 2 !== (verbs(b) + plain(b).length) % 2) continue;
    for (const w of [...plain(a), ...plain(b)]) kept.add(w);
    for (const w of [...a.words, ...b.words]) if (SAYS_NO.has(w.norm)) kept.add(w);
  }
  // `cannot` / `is not able to`, `unable to`: `able` on one side says the other's `can` over again, wherever the
  // word diff sets the two (it may pair the `not` between them).
  for (const side of ['removed', 'added'] as const) {
    const other = side === 'removed' ? 'added' : 'removed';
    if (!runs.some((r) => r.kind === other && r.words.some((w) => ABLE.has(w.norm)))) continue;
    for (const r of runs) if (r.kind === side) for (const w of r.words) if (ABILITY.has(w.norm)) kept.add(w);
  }
  return kept;
}

/** Whether a word says no by itself as `not` does (`refuse`, `unable`): dropped or added, it is a negation changed. */
export function refuses(norm: string): boolean {
  return REFUSALS.has(norm);
}
