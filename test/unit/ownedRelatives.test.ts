// `Among those waiting was Ana Kral, 22. Her daughter, Mia, had turned one.` ¶ `"She was at the nursery," she said.`:
// the relative a possessive of the pronoun's sex opens is the subject, but the `her` keeps its owner in view, and the
// pronoun may be either's. Invented names throughout.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('a relative set off after a possessive of the pronoun’s sex', () => {
  it('is not given a later pronoun’s words when its sentence reports no words', () => {
    // Had been the daughter's (a child of one).
    const text = 'Among those waiting at the church was Ana Kral, 22. Her daughter, Mia, had turned one the day before.\n\n"She was at the nursery. Nobody has told me anything," she said.';
    assert.notStrictEqual(speakers(text)[0], 'Mia');
  });

  it('is not guessed for the pronoun either when named in full', () => {
    const text = 'Among those waiting at the church was Ana Kral, 22. Her daughter, Mia Berg, had turned one the day before.\n\n"She was at the nursery. Nobody has told me anything," she said.';
    assert.notStrictEqual(speakers(text)[0], 'Mia Berg');
  });

  it('is still given them when its own sentence reports words', () => {
    const text = 'Ana Kral lost her house on Friday. Her daughter, Mia Kral, said the family had twenty minutes to leave.\n\n"There was no time to take anything," she said.';
    assert.deepStrictEqual(speakers(text), ['Mia Kral']);
  });

  it('leaves a relative of the other sex set off after an opening as before', () => {
    const text = 'Ana Kral, a teacher from Kelport, said the speeches had changed her mind. Along with her husband, Ivo Kral, a banker, she has given to many candidates.\n\n"I feel bad to say it," she said.';
    assert.deepStrictEqual(speakers(text), ['Ana Kral']);
  });

  it('leaves a relative of the other sex as before', () => {
    const text = 'Ana Kral waited at the church. Her son, Tom, had gone to the harbour that morning.\n\n"The sea took everything," she said.';
    assert.deepStrictEqual(speakers(text), ['Ana Kral']);
  });
});
