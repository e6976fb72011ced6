// `At the counter, a retired teacher, Kit Kral, was buying bread.`: a word in -ed between an article and a noun for a
// person describes the person (as `her running mate` does), so the description reads on to the name set off after it,
// whom a later pronoun means; it had stopped at `retired` as at a verb. Invented text; `Kit` and `Piet`, given names
// whose sex the lexicon does not know, so that only the subject can decide.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

const P = (...paragraphs: string[]) => paragraphs.join('\n\n');
const BAKER = 'Bakers rejoice\n\n"The village is the last thread," Piet Anract said.';

describe('a participle describing the person a sentence opens with', () => {
  it('reads `a retired teacher, Kit Kral,` as Kit Kral, the subject a later `she` means', () => {
    assert.deepStrictEqual(speakers(P(BAKER, 'At the counter, a retired teacher, Kit Kral, was buying two. "I have eaten bread every day," she said.')),
      ['Piet Anract', 'Kit Kral']);
  });

  it('still reads a verb in -ed after a name as its predicate', () => {
    assert.deepStrictEqual(speakers(P(BAKER, 'Kit Kral visited the teacher at the counter. "I have eaten bread every day," she said.')),
      ['Piet Anract', 'Kit Kral']);
  });
});
