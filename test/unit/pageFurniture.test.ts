// A web page's furniture pasted with its article (`Advertisement`, `Story continues below advertisement`) is no prose:
// it names no one and breaks no quotation off from its speaker. Invented text.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

const P = (...paragraphs: string[]) => paragraphs.join('\n\n');

describe('a web page\'s furniture', () => {
  it('is no person for a later pronoun to mean', () => {
    // `Story continues below advertisement` had made a person `Story`, whose the `he said` after it became.
    const text = P('Ivo Peskar, the council leader, disagreed.', 'Story continues below advertisement', '"We listened every week," he said.');
    assert.deepStrictEqual(speakers(text), ['Ivo Peskar']);
  });

  it('breaks no quotation off from the paragraph that named its speaker', () => {
    // The paragraph after `Advertisement` had been no one's.
    const text = P('"I cannot stay while the fishermen wait," said Ana Kral, the harbour chief.', 'Advertisement', '"The council has let them down for three years."');
    assert.deepStrictEqual(speakers(text), ['Ana Kral', 'Ana Kral']);
  });

  it('leaves prose that opens with such a word alone', () => {
    const prose = P('"Read more books," said Ana Kral, the librarian.', 'Advertisement revenue fell by half, the council said.', '"It was a bad year," said Ivo Peskar.');
    assert.deepStrictEqual(speakers(prose), ['Ana Kral', 'Ivo Peskar']);
  });
});
