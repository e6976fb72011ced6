// A `with` clause has a subject of its own, who speaks its participle's words: `..., with Ivo Kral, head of the
// harbour group, telling a channel: "..."` past the name's appositive as without it, never the main clause's
// subject (`The board`). Invented sentences.
import * as assert from 'assert';
import { analyzeText } from '../../src/core';

function speakers(text: string): Array<string | null> {
  return analyzeText(text).quotes.map((q) => q.speaker?.name ?? null);
}

describe('a with clause whose subject has an appositive', () => {
  it('gives the participle’s quote to the name before the appositive', () => {
    assert.deepStrictEqual(speakers('The board denied it, with Ivo Kral, the harbour chief, taking to the radio to call the plan "a fantasy for the rich".'), ['Ivo Kral']);
    assert.deepStrictEqual(speakers('The votes in favour had reached 98 percent, with Ivo Kral, head of the harbour group, telling a local channel: "The next steps are the signing of the agreement and then ratification."'), ['Ivo Kral']);
  });
});
