// `told reporters after the meeting that Kral had acknowledged "…"`: `meeting` after `the` is a noun, not a participle
// whose object the clause's subject would be; read as one, the words went to the reporting verb's speaker, where the
// same sentence without the time phrase (`told reporters that Kral had acknowledged`) gives them to no one. Invented.
import * as assert from 'assert';
import { analyzeText } from '../../src/core';

function speakerOf(text: string): string | null {
  return analyzeText(text).quotes[0].speaker?.name ?? null;
}

describe('an -ing noun after a determiner', () => {
  it('is no participle: the reported clause after it keeps its own subject', () => {
    const bare = speakerOf('Ana Kral told reporters that Ivo Dorn had acknowledged "serious mistakes" in the plan.');
    assert.strictEqual(speakerOf('Ana Kral told reporters after the meeting that Ivo Dorn had acknowledged "serious mistakes" in the plan.'), bare);
    assert.notStrictEqual(speakerOf('Ana Kral said after the briefing that Ivo Dorn had called the plan "a disgrace".'), 'Ana Kral');
  });

  it('leaves a participle without a determiner reading its object, never the speaker', () => {
    assert.notStrictEqual(speakerOf('Ivo Dorn spoke in Lisbon. White voters embracing Dorn announced "a new era" on Monday.'), 'Ivo Dorn');
  });
});
