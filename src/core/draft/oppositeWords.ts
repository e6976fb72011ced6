// A word given for its opposite (`my phone is off` for `my phone is on`, `prices will fall` for `…will rise`): another
// translation or transcript renders a word by one of the same sense, never by its opposite, so a draft that exchanges
// one for the other says the reverse of what was said. Only a word of a changed run set right beside a changed run of
// the other side counts (one word given for another), not words that come and go far apart in a reworded sentence.

/** Pairs of words of opposite sense, each word as quoteDiff compares it (lower case). */
const PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['on', 'off'], ['up', 'down'], ['more', 'less'], ['more', 'fewer'], ['most', 'least'], ['higher', 'lower'],
  ['rise', 'fall'], ['rises', 'falls'], ['rising', 'falling'], ['rose', 'fell'], ['increase', 'decrease'],
  ['increased', 'decreased'], ['win', 'lose'], ['wins', 'loses'], ['won', 'lost'], ['winning', 'losing'],
  ['best', 'worst'], ['better', 'worse'], ['for', 'against'], ['support', 'oppose'], ['supports', 'opposes'],
  ['supported', 'opposed'], ['accept', 'reject'], ['accepted', 'rejected'], ['agree', 'disagree'],
  ['agreed', 'disagreed'], ['approve', 'reject'], ['approved', 'rejected'], ['yes', 'no'], ['open', 'closed'],
  ['quickly', 'slowly'], ['fast', 'slow'], ['faster', 'slower'], ['early', 'late'], ['earlier', 'later'],
  ['before', 'after'], ['strong', 'weak'], ['stronger', 'weaker'], ['legal', 'illegal'], ['guilty', 'innocent'],
  ['true', 'false'], ['good', 'bad'], ['success', 'failure'], ['cheap', 'expensive'], ['easy', 'hard'],
  ['easier', 'harder'], ['high', 'low'], ['big', 'small'], ['large', 'small'], ['biggest', 'smallest'],
  ['largest', 'smallest'], ['start', 'stop'], ['started', 'stopped'], ['love', 'hate'], ['loved', 'hated'],
  ['friend', 'enemy'], ['friends', 'enemies'], ['ally', 'enemy'], ['allies', 'enemies'], ['peace', 'war'],
  ['possible', 'impossible'], ['able', 'unable'], ['fair', 'unfair'], ['safe', 'unsafe'], ['gain', 'loss'],
  ['gains', 'losses'], ['profit', 'loss'], ['majority', 'minority'], ['maximum', 'minimum'], ['buy', 'sell'],
  ['bought', 'sold'], ['include', 'exclude'], ['allow', 'ban'], ['allowed', 'banned'], ['always', 'rarely'],
  ['everything', 'nothing'], ['everyone', 'no-one'], ['all', 'none'], ['north', 'south'], ['east', 'west'],
  ['pass', 'fail'], ['passes', 'fails'], ['passed', 'failed'], ['passing', 'failing'],
  // `I was wrong about the machines` made `I was right…`: no rendering of `wrong` says `right`.
  ['right', 'wrong'], ['correct', 'incorrect'],
];

const OPPOSITES = new Map<string, Set<string>>();
for (const [a, b] of PAIRS) {
  (OPPOSITES.get(a) ?? OPPOSITES.set(a, new Set()).get(a)!).add(b);
  (OPPOSITES.get(b) ?? OPPOSITES.set(b, new Set()).get(b)!).add(a);
}

/** A changed run of the diff: its side and its words as compared. */
export interface ChangedRun {
  readonly kind: 'removed' | 'added' | 'same';
  readonly norms: readonly string[];
}

/** The source's words (`removed`) the draft gives their opposite for (`added`), in runs set side by side; empty when none. */
export function oppositesGiven(runs: readonly ChangedRun[]): { removed: string[]; added: string[] } {
  const removed: string[] = [];
  const added: string[] = [];
  for (let i = 0; i + 1 < runs.length; i++) {
    const a = runs[i];
    const b = runs[i + 1];
    if (a.kind === 'same' || b.kind === 'same' || a.kind === b.kind) continue;
    const [gone, come] = a.kind === 'removed' ? [a, b] : [b, a];
    for (const w of gone.norms) {
      const opposite = OPPOSITES.get(w);
      const given = opposite && come.norms.find((v) => opposite.has(v));
      if (given && !come.norms.includes(w) && !gone.norms.includes(given)) {
        removed.push(w);
        added.push(given);
      }
    }
  }
  return { removed, added };
}
