// A name that opens a clause after `as` (or `when`, `while`) and is followed by `of` and a body (`as Archbishop Ivo
// Kral of the Varnian Patriarchate told reporters`) is the clause's subject: the body is what the person is of (issue 7).
import * as assert from 'assert';
import { analyzeText } from '../../src/core';

function speakerName(text: string, start: string): string | null {
  const quote = analyzeText(text).quotes.find((q) => q.text.startsWith(start));
  assert.ok(quote, `no quote opening "${start}"`);
  return quote.speaker?.name ?? null;
}

describe('a name after `as` with a body after `of`', () => {
  it('gives the quote to the person, not to the body', () => {
    const text = 'However, as Archbishop Ivo Marenko of the Varnian Patriarchate of Lirovsk told reporters, "We have suffered the same fate." He added, "The past must be named."';
    assert.strictEqual(speakerName(text, 'We have suffered'), 'Ivo Marenko');
    assert.strictEqual(speakerName(text, 'The past must'), 'Ivo Marenko');
    assert.strictEqual(speakerName('As Dana Whitlock of the Harbour Trust told the meeting, "The pier stays open."', 'The pier'), 'Dana Whitlock');
  });
});
