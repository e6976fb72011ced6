// A verb of speech in the passive speaks for its agent after `by`, an adverb or a quoted word between the auxiliary
// and the participle (`was widely called "…" by Kral`, `were "unequivocally" condemned and declared "…" by Kral`):
// the subject is what was spoken of, never the speaker. Invented sentences.
import * as assert from 'assert';
import { analyzeText } from '../../src/core';

function speakers(text: string): Array<string | null> {
  return analyzeText(text).quotes.map((q) => q.speaker?.name ?? null);
}

describe('a passive verb of speech with words between its auxiliary and participle', () => {
  it('gives the quote to the agent past an adverb', () => {
    assert.deepStrictEqual(speakers('The harbour plan was widely called "a disaster for every family on the quay" by Ivo Kral on Friday.'), ['Ivo Kral']);
  });

  it('gives the quote to the agent past a quoted adverb, through a verb joined by and', () => {
    assert.deepStrictEqual(speakers('The harbour plans were "unequivocally" condemned and declared "null and void for every family" by Harbour Minister Ivo Kral on Friday.'), [null, 'Ivo Kral']);
  });

  it('still reads a finite verb after an adverb as its subject’s', () => {
    assert.deepStrictEqual(speakers('Ana Peskar openly called the plan "a disaster for every family on the quay" on Friday.'), ['Ana Peskar']);
  });
});
