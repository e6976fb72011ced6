// A rank among a family's children set off before a name (`The eldest, Nadia, remembers`, `The younger, Ho Kin-man, is
// blunter`) makes the name the subject, so the `she says` after it is hers, not the last speaker's. Invented text.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

const P = (...paragraphs: string[]) => paragraphs.join('\n\n');

describe('a rank among siblings set off before a name', () => {
  it('gives the quote after it to the named sibling, not to the parent who spoke before', () => {
    const text = P(
      'His wife, Farida Malik, worries. "I wait up every night," she says.',
      'The sons, both engineers, want him to stop. The younger, Ho Kin-man, is blunter. "He likes the road more than us," he says.',
    );
    assert.deepStrictEqual(speakers(text), ['Farida Malik', 'Ho Kin-man']);
  });

  it('reads a lone given name after the rank as a person of the family', () => {
    const before = 'His wife, Farida Malik, worries. "I wait up every night," she says.';
    for (const sentence of ['The eldest, Nadia, a nurse, remembers the strike.', 'The eldest, Nadia, remembers the strike.', 'The eldest daughter, Nadia, remembers the strike.']) {
      const [, eldest] = speakers(P(before, `${sentence} "He slept for a day," she says.`));
      assert.strictEqual(eldest, 'Nadia', sentence);
    }
  });

  it('gives a son ranked among his brothers his own words, not those of his late father', () => {
    const text = P('Kofi Mensah, the guitarist, died on Tuesday. He was 79.', 'His eldest son, Kwame, confirmed the death. "Papa passed peacefully," he said.');
    assert.deepStrictEqual(speakers(text), ['Kwame']);
  });

  it('leaves a rank that is no clause opener alone', () => {
    const text = P('Tariq Aziz drove the bus. "I never missed a day," he says.', 'He gave the keys to the eldest, Nadia, in 2001. "It was time," he says.');
    assert.deepStrictEqual(speakers(text), ['Tariq Aziz', 'Tariq Aziz']);
  });
});
