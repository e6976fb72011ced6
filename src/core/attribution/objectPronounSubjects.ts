// `The chair turned to her and she said`: a `he` or `she` opening a clause joined by `and` right after an object
// pronoun of the same sex (`to her`, `asked him`) stands for the person that object stands for, never for the first
// clause's subject (who would have been `herself` as the object). That person is found before the sentence.
import type { Token } from '../text/sentenceTokens';
import { isWord } from './tokenClasses';

const OBJECT_OF_SEX: ReadonlyMap<string, 'male' | 'female'> = new Map([['him', 'male'], ['her', 'female']]);

/**
 * Whether the pronoun of sex `want` at token `at` follows `<object pronoun of that sex> (,) and`, the object after a
 * lower-case verb or preposition (so not `Kral and her said`, nor a possessive `her` that a noun follows).
 */
export function followsObjectOfSex(tokens: readonly Token[], at: number, want: 'male' | 'female'): boolean {
  let k = at - 1;
  if (!isWord(tokens[k]) || tokens[k].lower !== 'and') return false;
  k--;
  if (tokens[k]?.text === ',') k--;
  const object = tokens[k];
  const before = tokens[k - 1];
  return isWord(object) && OBJECT_OF_SEX.get(object.lower) === want && isWord(before) && !before.cap && before.lower !== 'and';
}
