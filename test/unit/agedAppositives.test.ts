// `The club's oldest member, 91-year-old bass Ivo Kral, joined in 1952. "...," he said`: an age restated before the
// name set off after a description says the commas hold a person, whatever noun and verb follow, so the later `he` is
// that person's, never the speaker of the paragraph before. Invented text.
import * as assert from 'assert';
import { analyzeText } from '../../src/core';

function speakers(text: string): Array<string | null> {
  return analyzeText(text).quotes.map((q) => q.speaker?.name ?? null);
}

const BEFORE = 'Tomas Brennick has led the choir since 1974. "We sing every Tuesday," Brennick said.\n\n';

describe('a name set off after a description with an age restated before it', () => {
  it('is the subject a later he means (age and a noun)', () => {
    assert.deepStrictEqual(speakers(BEFORE + 'The choir\'s oldest member, 91-year-old bass Ivo Kral, joined in 1952. "I have had six conductors," he said.'), ['Tomas Brennick', 'Ivo Kral']);
  });

  it('is the subject a later he means (the age alone, with an article)', () => {
    assert.deepStrictEqual(speakers(BEFORE + 'The choir\'s oldest member, the 91-year-old Ivo Kral, joined in 1952. "I have had six conductors," he said.'), ['Tomas Brennick', 'Ivo Kral']);
  });

  it('leaves a place set off after a description alone (no age)', () => {
    assert.deepStrictEqual(speakers(BEFORE + 'The choir\'s new home, the old Dunmore Hall, opened in 1990. "It has good sound," he said.'), ['Tomas Brennick', 'Tomas Brennick']);
  });
});
