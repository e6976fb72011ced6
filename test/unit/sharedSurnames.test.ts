// Two people of one surname in a text (a father and daughter, a couple on trial): a courtesy title's sex picks the
// member, and a lone surname right after the other member was named is no one's rather than a guess. Invented sentences.
import * as assert from 'assert';
import { analyzeText } from '../../src/core';

function speakers(text: string): Array<string | null> {
  return analyzeText(text).quotes.map((q) => (q.speaker && q.speaker.kind === 'person' ? q.speaker.name : null));
}

describe('people who share a surname', () => {
  it('gives `Mr. Hask` the man and `Mrs. Hask` the woman of the two', () => {
    const text = 'Leonard Hask and his wife, Irene Hask, pleaded not guilty on Wednesday.\n\nIrene Hask\'s lawyer said she had signed what she was given.\n\n"I never saw those accounts," Mrs. Hask told the court.\n\n"Every cent will be accounted for," Mr. Hask said outside court.';
    assert.deepStrictEqual(speakers(text), ['Irene Hask', 'Leonard Hask']);
  });

  it('gives a lone surname no one when both members were named just before', () => {
    const text = 'Marek Doren said the ovens were fine.\n\nMarek Doren and his daughter, Pavla Doren, run the bakery.\n\n"We will buy new ones in spring," Doren said.';
    assert.deepStrictEqual(speakers(text), [null]);
  });

  it('keeps a lone surname for the only person of that name', () => {
    assert.deepStrictEqual(speakers('Pavla Doren runs the bakery.\n\n"We will buy new ones in spring," Doren said.'), ['Pavla Doren']);
  });
});
