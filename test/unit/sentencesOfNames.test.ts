// A sentence made mostly of names (`Mary Kral met John Peskar in Paris.`) looks like a headline in title case: every
// longer word capitalised, and a capital ending like a verb's (`Paris`, `Aldis`). Past the text's first line, a full
// stop and a lower-case verb make it a sentence: its names are learnt and its subject is whom a pronoun after it
// means. A first line stays a possible headline, and a credit line (`… via Getty Images.`) stays no sentence with a
// subject. Invented sentences.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('sentences of names that look like headlines', () => {
  it('reads the subject of a short sentence of names, so that a pronoun after it finds them', () => {
    // Both had been no one's: the sentence was read as a headline, whose subject and names are not learnt.
    assert.deepStrictEqual(speakers('Ana Dorn opened the session.\n\nMary Kral met John Peskar in Paris.\n\n"It will fail," she said.'), ['Mary Kral']);
    assert.deepStrictEqual(speakers('Ana Dorn opened the session.\n\nJohn Peskar met Ivo Brandt in Port Aldis.\n\n"It will pass," he said.'), ['John Peskar']);
  });

  it('learns the names of such a sentence, so that a surname alone later is that person', () => {
    assert.deepStrictEqual(speakers('Ana Dorn opened the session.\n\nMary Kral met John Peskar in Paris.\n\n"It will fail," Peskar said.'), ['John Peskar']);
  });

  it('still reads a headline in title case as one, and gives a description no one named only in a photo credit', () => {
    assert.deepStrictEqual(speakers('Kral Attacks Peskar Over Dams\n\nMary Kral spoke in Port Aldis on Monday.\n\n"It will fail," she said.'), ['Mary Kral']);
    assert.deepStrictEqual(speakers('Comedian Ivo Peskar posted the clip on Thursday.\n\nTomas Brandt via Getty Images.\n\n"What if it rains?" the 43-year-old asked.'), ['Ivo Peskar']);
  });
});
