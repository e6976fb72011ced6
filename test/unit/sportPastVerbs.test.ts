// `Chris Tane beat the field by a minute. "...," he said.`: `beat`, `hit`, `sank`, `upset` and other irregular past
// tenses of sport and market copy begin the predicate after a name, as `won` and `took` did. Unknown as verbs, they
// left the sentence with no subject, and the `he` after it went to a man named paragraphs before. Invented text.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('an irregular past tense of sport and market copy after a name', () => {
  it('makes the name the subject that a later `he` means', () => {
    assert.deepStrictEqual(speakers('Tom Reyes won his heat.\n\nChris Tane beat the field by a minute. "It was a tough race," he said.'), ['Chris Tane']);
  });

  it('ends the name at `hit`, which had run on into the words after it', () => {
    // Had been a person `Ivo Marsh hit the winner`.
    assert.deepStrictEqual(speakers('Tom Reyes missed the cut.\n\nIvo Marsh hit the winner in the last minute. "I just trusted myself," he said.'), ['Ivo Marsh']);
  });
});
