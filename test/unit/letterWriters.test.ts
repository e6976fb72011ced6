// `the letter said` speaks for the letter's writer or sender the sentences just before name: `In a letter posted
// online, Ana Kral urged …`, `Ana Kral wrote a letter`, `read out a letter from Tomas Vell` (statementIssuers.ts).
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('`the letter said` after a letter\'s writer or sender is named', () => {
  it('gives the words to the writer or the sender, not to the reader', () => {
    // Each had been the description `the letter`.
    assert.deepStrictEqual(speakers('The speaker read out a letter from Tomas Vell to the assembly. "My decision is voluntary," the letter said.'), ['Tomas Vell']);
    assert.deepStrictEqual(speakers('In a letter posted online, Ana Kral urged people to protest. "The army wants a dictatorship," the letter said.'), ['Ana Kral']);
    assert.deepStrictEqual(speakers('Ana Kral wrote a letter to the board on Monday.\n\n"I resign with immediate effect," the letter said.'), ['Ana Kral']);
  });

  it('leaves a letter its subject only received as no one\'s', () => {
    assert.deepStrictEqual(speakers('Ana Kral received a letter on Monday. "You are fired," the letter said.'), ['the letter']);
  });
});
