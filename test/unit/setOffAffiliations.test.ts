// A name followed by what it is of and a further appositive (`Tom Dening, of the University of Nottingham, who was not
// involved, said`) or by a press release's capitalised title and body (`Kevin Sherry, Executive Director, Enterprise
// Ireland, added`) speaks; the body set off after it does not (appositives.ts).
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('a name with its affiliation set off before the verb', () => {
  it('speaks past an affiliation and a relative clause or appositive after it', () => {
    // Had been the bodies: Kelport University, the Westmere Institute.
    assert.deepStrictEqual(speakers('Dr Lena Marsh, of Kelport University, who was not involved in the trial, said: "The sample is small but the effect is clear."'), ['Lena Marsh']);
    assert.deepStrictEqual(speakers('Prof Ivo Brandt, of the Westmere Institute, who led an earlier trial, called it "a careful and honest study".'), ['Ivo Brandt']);
  });

  it('speaks past a press release\'s title and body in capitals', () => {
    // Had been the bodies: Kelport Harbour Board, Trade Westshire.
    assert.deepStrictEqual(speakers('Mara Lind, Chief Executive, Kelport Harbour Board, said: "The new berth will bring 200 jobs to the quays."'), ['Mara Lind']);
    assert.deepStrictEqual(speakers('Commenting on the announcement, Tom Vey, Executive Director, Trade Westshire, added: "This is a vote of confidence in the region."'), ['Tom Vey']);
  });

  it('leaves a body that is itself the one named before the verb', () => {
    assert.deepStrictEqual(speakers('Mara Lind, Kelport Harbour Board, said: "The new berth will bring 200 jobs to the quays."'), ['Mara Lind']);
    assert.deepStrictEqual(speakers('The Kelport Harbour Board, which owns the quays, said: "The new berth will bring 200 jobs."'), ['Kelport Harbour Board']);
  });
});
