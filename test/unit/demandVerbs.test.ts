// A demand (`calling for a ban`) speaks only its object, and a clause that a quote closes with a comma speaks nothing
// in the main clause after it. Invented sentences; each got the wrong person before its rule.
import * as assert from 'assert';
import { analyzeText } from '../../src/core';

function speakerOf(text: string, quote: string): string | null | undefined {
  const found = analyzeText(text).quotes.find((q) => q.text.replace(/[,.]$/, '') === quote);
  assert.ok(found, `no quote "${quote}"`);
  return found.speaker?.name ?? null;
}

const CAST = 'Councillor Ana Kral met Mayor Ivo Peskar in Port Aldis on Monday. ';

describe('demands and closed clauses', () => {
  it('never gives a quote past another clause\'s verb to the speaker of a demand before it', () => {
    const text = `${CAST}Kral claimed that statements made by Peskar calling for a ban makes him "the best recruiter the militants have."`;
    assert.doesNotMatch(speakerOf(text, 'the best recruiter the militants have') ?? '', /Peskar/);
    // The demand's own object is still the demand's words.
    assert.match(speakerOf(`${CAST}Peskar called for "a total and complete shutdown of the port."`, 'a total and complete shutdown of the port') ?? '', /Peskar$/);
    // A reported clause's verb does not end the reporter's words.
    assert.match(speakerOf(`${CAST}Kral said the plan makes her "sick to my stomach."`, 'sick to my stomach') ?? '', /Kral$/);
  });

  it('never gives the main clause\'s quote to the speaker of a clause a quote closed', () => {
    const text = `${CAST}And, in a clip that Judge Mara Vell called "distasteful," Tomas Dorn expressed a desire to "lock up and shoot the whole board."`;
    assert.strictEqual(speakerOf(text, 'distasteful'), 'Mara Vell');
    assert.notStrictEqual(speakerOf(text, 'lock up and shoot the whole board'), 'Mara Vell');
    // With the comma outside the marks too.
    const british = `${CAST}In a clip that Judge Mara Vell called "distasteful", Tomas Dorn expressed a desire to "lock up and shoot the whole board".`;
    assert.notStrictEqual(speakerOf(british, 'lock up and shoot the whole board'), 'Mara Vell');
    // A speech verb of the main clause still speaks its quote, and an attribution set off after a quote is its own.
    assert.match(speakerOf(`${CAST}In a speech that Kral called "reckless," Peskar promised to "tear the place down."`, 'tear the place down') ?? '', /Peskar$/);
    assert.match(speakerOf(`${CAST}Kral called it "a farce," Peskar said, and "a waste of time."`, 'a waste of time') ?? '', /Peskar$/);
  });
});
