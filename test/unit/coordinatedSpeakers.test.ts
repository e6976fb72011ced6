// A clause after `, and` whose subject reports words (`, and his spokesman said …`) gives a later `he said` that speaker,
// nearer than the sentence's own subject.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('the subject of a coordinated clause of speech as a pronoun\'s antecedent', () => {
  it('gives a `he said` after the sentence to the speaker of the clause after `, and`, not to the sentence\'s subject', () => {
    const text = 'Ivo Marsh received a briefing from the harbour police on Wednesday morning, and his spokesman said it had now become clear that the company was involved.\n\n“It’s clear now that the evidence points to the company”, he said.';
    assert.notDeepStrictEqual(speakers(text), ['Ivo Marsh']);
    assert.deepStrictEqual(speakers('Ivo Marsh left the hall early, and Tomas Berg told reporters the vote would wait.\n\n"We need more time," he said.'), ['Tomas Berg']);
  });

  it('leaves the sentence\'s subject the antecedent when the clause after `, and` reports nothing', () => {
    assert.deepStrictEqual(speakers('Ivo Marsh left the hall early, and Tomas Berg stayed behind.\n\n"We need more time," he said.'), ['Ivo Marsh']);
  });
});
