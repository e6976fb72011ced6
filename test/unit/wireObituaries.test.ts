// Wire obituaries name the family by given name alone after the relative (`said his widow, Margaret.`). Invented sentences.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('a wire obituary\'s family', () => {
  it('names the relative set off after `said his widow,` by the given name that closes the sentence', () => {
    const text = 'Ivo Kral, a reporter for fifty years, died on Sunday. "He was never happier than on a bad road," said his widow, Margaret.';
    assert.deepStrictEqual(speakers(text), ['Margaret']);
    assert.deepStrictEqual(speakers('Ivo Kral died on Sunday. "He kept every notebook he ever filled," said his daughter, Ana, in a statement.'), ['Ana']);
  });

  it('leaves a lone capital after a word that is no relative as it was (`said the town, Leeds.`)', () => {
    assert.notDeepStrictEqual(speakers('Ivo Kral died on Sunday. "It is a sad day for all of us," said the council leader, Leeds.'), ['Leeds']);
  });
});
