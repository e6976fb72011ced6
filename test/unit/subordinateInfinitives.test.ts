// An infinitive of speech inside a subordinate clause (`a day after the president went on television to call the virus
// "a little flu"`) has that clause's subject for its own: the sentence's subject only answers it. Invented sentences.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('a partial quote after an infinitive in a subordinate clause', () => {
  it('is the clause subject’s, not the sentence subject’s', () => {
    // Had been Ana Kral's.
    assert.deepStrictEqual(speakers('Ana Kral attacked Ivo Berg on Wednesday, a day after Berg went on television to call the flood "a passing shower."'), ['Ivo Berg']);
    assert.deepStrictEqual(speakers('Governor Ana Kral attacked President Ivo Berg on Wednesday, a day after the president went on television to call the flood "a passing shower."'), ['Ivo Berg']);
    assert.deepStrictEqual(speakers('Ana Kral resigned in March, weeks after Ivo Berg took to the radio to describe her plan as "a fantasy."'), ['Ivo Berg']);
    assert.deepStrictEqual(speakers('Governor Ana Kral accused President Ivo Berg on Wednesday of putting lives at risk, a day after the president went on national television to call the flood "a passing shower."'), ['Ivo Berg']);
    assert.deepStrictEqual(speakers('Ana Kral accused Ivo Berg of lying, hours after Berg went on the radio to call her plan "a fantasy."'), ['Ivo Berg']);
  });

  it('leaves an infinitive outside any subordinate clause to the sentence subject', () => {
    assert.deepStrictEqual(speakers('Ana Kral went on television on Wednesday to call the flood "a passing shower."'), ['Ana Kral']);
  });
});
