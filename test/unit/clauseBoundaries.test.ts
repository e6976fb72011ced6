// Where a speaker would have to be read across the boundary of another clause, the engine withholds rather than
// guess: a wrong speaker is worse than none. Invented sentences, each of which got a wrong speaker before its rule.
import * as assert from 'assert';
import { analyzeText } from '../../src/core';

function speakerOf(text: string, quote: string): string | null | undefined {
  const found = analyzeText(text).quotes.find((q) => q.text.replace(/[,.]$/, '') === quote);
  assert.ok(found, `no quote "${quote}"`);
  return found.speaker?.name ?? null;
}

describe('speakers across clause boundaries', () => {
  it('never takes the subject of a clause before a semicolon for a quote after it', () => {
    const text = 'Ivo Kral joined the paper in May. When Kral was at journalism school, he studied under Tom Varga, the legendary investigative reporter who uncovered scores of scandals during two administrations; Varga’s dictum to his interns (repeated to me over the years) was, “It’s not a good story if you don’t get a death threat.”';
    assert.notStrictEqual(speakerOf(text, 'It’s not a good story if you don’t get a death threat'), 'Ivo Kral');
    // Before the semicolon, the subject still speaks.
    assert.strictEqual(speakerOf('Ivo Kral spoke at the port; later he called the plan "a waste of good money".', 'a waste of good money'), 'Ivo Kral');
  });
});
