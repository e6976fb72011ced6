// The sex a courtesy title gives the name after it (`Ms Kral`, `Mr Peskar`): the writer's own word for it, which
// outweighs the count of pronouns around the name as a noun of one sex does (`his wife, Ana Kral`).
import type { Token } from '../text/sentenceTokens';

/** The courtesy titles proper, which a transcript's label may open with too (`MR KIPTOO:`, titledLabelSexes.ts). */
const COURTESY_SEXES: ReadonlyMap<string, 'male' | 'female'> = new Map([
  ['mr', 'male'], ['messrs', 'male'], ['shri', 'male'],
  ['mrs', 'female'], ['ms', 'female'], ['miss', 'female'], ['smt', 'female'], ['shrimati', 'female'],
]);

const TITLE_SEXES: ReadonlyMap<string, 'male' | 'female'> = new Map([
  ...COURTESY_SEXES,
  // A peer's or a judge's style (`Lord Justice Berg`, `Lady Kral`, `Baroness Peskar`) tells the sex as a courtesy title does.
  ['lord', 'male'], ['baron', 'male'], ['lady', 'female'], ['baroness', 'female'], ['dame', 'female'],
  // An office's word for a woman (`spokeswoman Dana Kral`, `Councilwoman Jo Berg`) tells the sex of a given name that
  // does not (`Dana`, `Jo`). Not the `-man` forms: news calls women `spokesman` and `congressman` too (`Trump
  // spokesman Hope Hicks ... she said`).
  ...['spokes', 'council', 'congress', 'assembly', 'business', 'police', 'anchor', 'chair', 'committee'].map((office) => [`${office}woman`, 'female'] as const),
]);

/** Offices a `Lord` style opens that a woman holds under the same words (`Lord Mayor Ana Kral`, `Lord Provost`). */
const UNSEXED_AFTER_LORD: ReadonlySet<string> = new Set(['mayor', 'provost', 'chancellor', 'advocate', 'lieutenant', 'chief', 'president', 'speaker', 'privy', 'high']);

/** The sex the courtesy titles of a name's title tell, or null when they tell none or disagree. */
export function sexOfTitle(title: readonly Token[]): 'male' | 'female' | null {
  let sex: 'male' | 'female' | null = null;
  for (const [i, t] of title.entries()) {
    if (t.lower === 'lord' && UNSEXED_AFTER_LORD.has(title[i + 1]?.lower ?? '')) continue;
    const own = TITLE_SEXES.get(t.lower);
    if (!own) continue;
    if (sex && sex !== own) return null;
    sex = own;
  }
  return sex;
}

/** The sex a courtesy title (a word in lower case: `mr`, `ms`) tells, or null for any other word. */
export function sexOfCourtesyTitle(word: string): 'male' | 'female' | null {
  return COURTESY_SEXES.get(word) ?? null;
}
