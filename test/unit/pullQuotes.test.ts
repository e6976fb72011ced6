// A pull quote (a quotation set off in a paragraph of its own, repeating words the body attributes) is the words of
// the person the body gives them to, not of whoever spoke in the paragraph before. Invented text.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

const P = (...paragraphs: string[]) => paragraphs.join('\n\n');

describe('a pull quote', () => {
  it('is the speaker\'s whose words it repeats, whole or in part, before or after them', () => {
    // It had been Ivo Peskar's: a paragraph of nothing but quotation continued the paragraph before.
    const after = P(
      '"We will rebuild every pier before the winter," said Ana Kral, the harbour chief.',
      'Ivo Peskar, who runs the ferry line, was less sure. "Nobody has told us where the money comes from," Peskar said.',
      '"We will rebuild every pier"',
      'The council meets again on Friday.',
    );
    assert.deepStrictEqual(speakers(after), ['Ana Kral', 'Ivo Peskar', 'Ana Kral']);
    const before = P(
      'Ivo Peskar, who runs the ferry line, spoke first. "Nobody has told us where the money comes from," Peskar said.',
      '"We will rebuild every pier before the winter."',
      'The harbour chief, Ana Kral, disagreed. "We will rebuild every pier before the winter," Kral said.',
    );
    assert.deepStrictEqual(speakers(before), ['Ivo Peskar', 'Ana Kral', 'Ana Kral']);
  });

  it('keeps a continuation that repeats no one or a slogan of a few words; one repeating two people is no one\'s', () => {
    const own = P('"We will rebuild every pier," said Ana Kral.', '"The money is in the budget and the work starts in May."');
    assert.deepStrictEqual(speakers(own), ['Ana Kral', 'Ana Kral']);
    const two = P(
      '"We will never give up the harbour," said Ana Kral.',
      '"We will never give up the harbour," Ivo Peskar said a day later.',
      'Tomas Brandt answered them both. "Nobody has asked the fishermen," Brandt said.',
      '"We will never give up the harbour"',
    );
    assert.deepStrictEqual(speakers(two), ['Ana Kral', 'Ivo Peskar', 'Tomas Brandt', null]);
    const slogan = P('"Save our port," said Ana Kral.', 'Ivo Peskar spoke next. "The port is safe," Peskar said.', '"Save our port"');
    assert.deepStrictEqual(speakers(slogan).slice(0, 2), ['Ana Kral', 'Ivo Peskar']);
    assert.notStrictEqual(speakers(slogan)[2], 'Ana Kral');
  });
});
