// Where the evidence for a speaker is weak, no speaker is better than a wrong one: a quote that another named person
// answers right after it is never carried on in the voice of the quote before.
import * as assert from 'assert';
import { analyzeText } from '../../src/core';

function speakers(text: string): Array<string | null> {
  return analyzeText(text).quotes.map((q) => q.speaker?.name ?? null);
}

describe('speakers withheld where another person stands right after the quote', () => {
  it('does not carry a quote on in the voice before when another named person follows it with a verb', () => {
    const text = 'Mayor Ana Ruiz spoke to the harbour board on Monday.\n\n"The dock will open," Ruiz said. "Every crew is ready."\n\n"Would it open in May?" Ivo Kral pressed. "Or later?"';
    const got = speakers(text);
    assert.deepStrictEqual(got.slice(0, 2), ['Ana Ruiz', 'Ana Ruiz']);
    assert.notStrictEqual(got[2], 'Ana Ruiz');
  });

  it('still carries it on when the person after the quote is the same speaker', () => {
    const text = 'Mayor Ana Ruiz spoke to the harbour board on Monday.\n\n"The dock will open," Ruiz said. "Every crew is ready."\n\n"Would it open in May?" Ruiz pressed. "It will."';
    assert.strictEqual(speakers(text)[2], 'Ana Ruiz');
  });
});
