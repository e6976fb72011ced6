// A verb in -s between two names (`Kral supports Ana Reyes`): read as one phrase, the object's full name was taken
// for the subject, so a quotation paragraph about Kral went to Reyes. Invented sentences.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('a name after a verb in -s is its object', () => {
  it('gives a quotation after a sentence about the subject to the subject, not to the name it acts on', () => {
    const text = '"The port matters most," says Ivo Kral, who works on the docks. Kral supports Ana Reyes in the race. "I have loans and no steady job yet."';
    assert.deepStrictEqual(speakers(text), ['Ivo Kral', 'Ivo Kral']);
  });

  it('still reads a plural noun of people before a full name as part of the phrase', () => {
    const text = 'Kral allies Ana Reyes and Tom Varga said the vote "was never in doubt."';
    assert.notStrictEqual(speakers(text)[0], 'Kral');
  });
});
