// A verb of speech in a restrictive `who` clause (`voters who told him`) speaks for the people the clause follows;
// the subject of a verb of speech before them never says their words.
import * as assert from 'assert';
import { analyzeText } from '../../src/core';

const speaker = (text: string) => {
  const found = analyzeText(text).quotes[0].speaker;
  return found ? `${found.kind} ${found.name}` : null;
};

describe('a restrictive `who` clause with a verb of speech', () => {
  it('keeps its words from the subject of the sentence\'s verb of speech', () => {
    assert.notStrictEqual(analyzeText('Ivo Marsh said he had received calls from voters who told him they were "fed up with all of it."').quotes[0].speaker?.kind, 'person');
  });

  it('gives them to the people the clause follows', () => {
    assert.strictEqual(speaker('Ivo Marsh said he had met local farmers who complained that prices were "at breaking point."'), 'description local farmers');
    assert.strictEqual(speaker('Ivo Marsh said he had spoken to a nurse who told him the ward was "full every night."'), 'description a nurse');
  });

  it('leaves a clause set off after a name, and the sentence\'s own verb, as they were', () => {
    assert.strictEqual(speaker('Ivo Marsh, who told reporters the plan was "dead on arrival," left early.'), 'person Ivo Marsh');
    assert.strictEqual(speaker('Ivo Marsh told voters who had come to the hall that the plan was "dead on arrival."'), 'person Ivo Marsh');
    // A colon after the clause introduces the sentence's own words.
    assert.strictEqual(speaker('Reporter Ivo Marsh wrote back to a candidate who promised a wall: "Your plan would cost billions and split families."'), 'person Ivo Marsh');
  });
});
