// A relative owned by a described person (`The couple's daughter, Nadia, 24, gave evidence`) with a given name set off
// after it is the sentence's subject, as `Their daughter, Nadia,` was: a later `she` is the daughter's, not the
// mother's named before (appositiveNames.ts).
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

const TRIAL = (sentence: string) => [
  'Rosa Bellini, 52, is on trial over the death of her husband. "He would slam the car door and I knew what was coming," she said.',
  `${sentence} "Mum used to tell us she had fallen down the stairs," she said.`,
].join('\n\n');

describe('a given name set off after a described owner\'s relative', () => {
  it('is the subject, and the pronoun after it hers', () => {
    // Had been Rosa Bellini.
    assert.deepStrictEqual(speakers(TRIAL('The couple\'s daughter, Nadia, 24, gave evidence on Monday.'))[1], 'Nadia');
  });

  it('as it was with a pronoun for the owner', () => {
    assert.deepStrictEqual(speakers(TRIAL('Their daughter, Nadia, 24, gave evidence on Monday.'))[1], 'Nadia');
  });
});
