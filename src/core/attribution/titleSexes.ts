// The sex a courtesy title gives the name after it (`Ms Kral`, `Mr Peskar`): the writer's own word for it, which
// outweighs the count of pronouns around the name as a noun of one sex does (`his wife, Ana Kral`).
import type { Token } from '../text/sentenceTokens';

const TITLE_SEXES: ReadonlyMap<string, 'male' | 'female'> = new Map([
  ['mr', 'male'], ['messrs', 'male'], ['shri', 'male'],
  ['mrs', 'female'], ['ms', 'female'], ['miss', 'female'], ['smt', 'female'], ['shrimati', 'female'],
]);

/** The sex the courtesy titles of a name's title tell, or null when they tell none or disagree. */
export function sexOfTitle(title: readonly Token[]): 'male' | 'female' | null {
  let sex: 'male' | 'female' | null = null;
  for (const t of title) {
    const own = TITLE_SEXES.get(t.lower);
    if (!own) continue;
    if (sex && sex !== own) return null;
    sex = own;
  }
  return sex;
}
