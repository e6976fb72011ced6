// A partial quote inside someone's reported words whose nearest speech verb has a thing for its subject (`that
// fact speaks`, `the plan should reiterate`) is the reporting speaker's; a person inside them, or a clause of its
// own, keeps its own speaker.
import * as assert from 'assert';
import { analyzeText } from '../../src/core';

function speakerOf(text: string): string | null {
  return analyzeText(text).quotes[0]?.speaker?.name ?? null;
}

describe('things inside reported words', () => {
  it('gives the quote to the speaker who reports it', () => {
    assert.strictEqual(speakerOf('Dana Reyes said that fact speaks volumes about which of the two candidates is "ready to take on the old guard."'), 'Dana Reyes');
    assert.strictEqual(speakerOf('Tom Brant said in his remarks that the plan should repeat the city\'s support for its "steady partners," naming the port.'), 'Tom Brant');
    assert.strictEqual(speakerOf('Ivo Kral said he began calling local groups to "get eyes up" over the harbour.'), 'Ivo Kral');
  });

  it('keeps the speaker of a person inside the reported words', () => {
    assert.strictEqual(speakerOf('Dana Reyes said Ivo Kral told the board the pier was "safe as houses" last week.'), 'Ivo Kral');
  });

  it('never reaches over a clause of its own', () => {
    assert.notStrictEqual(speakerOf('Ivo Kral said as the loud heckler yelled "you are a fraud" from the back.'), 'Ivo Kral');
  });
});
