// `He played down Kral's remarks as "just campaign talk"`: the words after `as` are how the sentence's subject sums up
// someone's saying, not the saying; they had gone to the owner of the remarks. Invented sentences.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('a quote after `<name>\'s remarks as`', () => {
  it('is not the words of the owner of the remarks', () => {
    const text = 'Ana Kral took over the embassy last year. Last spring, she played down Marek Dolan\'s remarks as "just part of the campaign" and moved on.';
    assert.notDeepStrictEqual(speakers(text), ['Marek Dolan']);
    assert.deepStrictEqual(speakers('Ivo Marsh dismissed Vera Lang\'s comments as "the usual noise" on Tuesday.'), ['Ivo Marsh']);
  });

  it('still gives the owner the words of the remarks themselves', () => {
    assert.deepStrictEqual(speakers('Ivo Marsh dismissed Vera Lang\'s claim that the vote was "rigged from the start" on Tuesday.'), ['Vera Lang']);
  });
});
