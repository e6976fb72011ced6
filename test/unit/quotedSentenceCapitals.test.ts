// `"…," Ana Kral said. "Welcome to Port Aldis."`: a quote that is a whole sentence of its own, its full stop inside
// the marks, is words said even when every word is capitalised like a title's; it goes on with the speaker before.
// A title keeps its place inside a sentence of the writer's (issue 7). Invented text.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('a capitalised quote that is a sentence of its own', () => {
  it('goes on with the speaker of the quote before it', () => {
    assert.deepStrictEqual(speakers('"People lost everything and still say thank you," Ana Kral said. "That\'s Port Aldis."'), ['Ana Kral', 'Ana Kral']);
    assert.deepStrictEqual(speakers('"We lost the roof," Tomas Berg said. "Welcome to Port Aldis."'), ['Tomas Berg', 'Tomas Berg']);
  });

  it('still reads a title inside the writer\'s sentence as no one\'s words', () => {
    assert.deepStrictEqual(speakers('"We lost the roof," Tomas Berg said. He was interviewed on "Good Morning Port Aldis."'), ['Tomas Berg', null]);
  });
});
