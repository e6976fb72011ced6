// `Okafor-Reid's husband, a geologist, works up north. She says ...`: a sentence whose subject is a relative of the
// other sex owned by a named person hands the she (he) after it to the owner, not to the woman (man) quoted before.
// Invented text.
import * as assert from 'assert';
import { analyzeText } from '../../src/core';

function lastSpeaker(text: string): string | null {
  const quotes = analyzeText(text).quotes;
  return quotes[quotes.length - 1].speaker?.name ?? null;
}

describe("the owner of a relative of the other sex opening a sentence", () => {
  it("gives `X's husband ... She says` to X, not to the woman quoted before", () => {
    const text = 'Dr Ngozi Okafor-Reid is the only kidney doctor in the region. "The clinic goes in the car," she says.\n\nA nurse at the hospital, Ruth Kemble, travels with her. "She listens first," Kemble says.\n\nOkafor-Reid\'s husband, a surveyor, works in the north. She says the distances do not bother her. "Lagos taught me to drive far," she says.';
    assert.strictEqual(lastSpeaker(text), 'Ngozi Okafor-Reid');
  });

  it("gives `X's wife ... He says` to X", () => {
    const text = 'Pavel Novak has kept bees above the village for forty years. "They know me," he says.\n\nHis neighbour, Jan Dvorak, keeps none. "Pavel talks to them," Dvorak says.\n\nNovak\'s wife, a teacher, will not go near the hives. He says she never has. "She is cleverer than me," he says.';
    assert.strictEqual(lastSpeaker(text), 'Pavel Novak');
  });

  it("leaves a relative of the pronoun's own sex to the usual reading (`X's daughter ... She says`)", () => {
    const text = 'Dr Ngozi Okafor-Reid runs the clinic. "It is long," she says.\n\nA nurse, Ruth Kemble, travels with her. "She listens," Kemble says.\n\nOkafor-Reid\'s daughter works in Perth. She says the heat is worse. "I miss the rain," she says.';
    assert.notStrictEqual(lastSpeaker(text), 'Ngozi Okafor-Reid');
  });

  it("gives `X's hands ... He plays` to X, the owner of the hands", () => {
    const text = 'Cape Town — Themba Dube\'s hands are 80 years old and they still find the chords first. He plays in the afternoons at a care home. "They only clap if it is good," he says.';
    assert.strictEqual(lastSpeaker(text), 'Themba Dube');
  });
});
