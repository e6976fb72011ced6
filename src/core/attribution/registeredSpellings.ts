// How the registry notes a name as spelt, and which of a record's spellings it shows: one spelling for the same
// name whether a build registers it or a stored pass is made again from its words (traceApplier.ts).

/** The spelling a record shows: the one of most words, then the most often written. */
export function bestSpelling(spellings: ReadonlyMap<string, number>): string {
  let best = '';
  let count = -1;
  for (const [spelling, n] of spellings) {
    const words = spelling.split(' ').length;
    const bestWords = best.split(' ').length;
    if (words > bestWords || (words === bestWords && n > count)) {
      best = spelling;
      count = n;
    }
  }
  return best;
}

const withoutPossessive = (w: string) => w.replace(/['\u2019]s$/, '').replace(/['\u2019]$/, '');
/** How a registered name is noted as spelt: a person's, an organisation's (without a leading `the`), a description's. */
export const personSpelling = (words: readonly string[]) => words.map(withoutPossessive).join(' ');
export const organisationSpelling = (words: readonly string[]) => words.filter((w, i) => !(i === 0 && /^the$/i.test(w))).map(withoutPossessive).join(' ');
export const descriptionSpelling = (text: string) => text.replace(/\s+/g, ' ');

