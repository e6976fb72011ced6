// A quote set off by dashes inside a sentence (`Peskar's reply — "…" — came an hour later`): the verb after the
// closing dash goes on with the sentence; it signs nothing, as a name after a dash does (`"…" — Ana Kral`). Invented.
import * as assert from 'assert';
import { analyzeText } from '../../src/core';

function kinds(text: string): Array<string | null> {
  return analyzeText(text).quotes.map((q) => (q.speaker ? `${q.speaker.name} [${q.speaker.kind}]` : null));
}

describe('a quote between dashes inside a sentence', () => {
  it('is never given a description made of the verb after it', () => {
    const said = kinds('Ana Kral and Ivo Peskar spoke at the port.\n\nThe warning — "the port will flood by spring" — went unheeded.');
    assert.ok(!said.some((k) => k !== null && /went unheeded/.test(k)), String(said));
    assert.deepStrictEqual(kinds('Ana Kral and Ivo Peskar spoke at the port.\n\nPeskar\'s reply — "then show us the books" — came an hour later.'), ['Ivo Peskar [person]']);
  });

  it('still reads a name or a verb of saying after the dash as the signature', () => {
    assert.deepStrictEqual(kinds('Ana Kral spoke at the port.\n\n"We will not back down" — Ana Kral'), ['Ana Kral [person]']);
    assert.deepStrictEqual(kinds('Ana Kral spoke at the port.\n\n"We will not back down" — said Kral on Tuesday.'), ['Ana Kral [person]']);
  });

  it('reads an epigraph signed with a name and a year', () => {
    // Had been no one's: the year after the comma was read as more than a signature.
    assert.deepStrictEqual(kinds('"Only the sea is older than the port." — Ana Kral, 2019\n\nAna Kral ran the port for twenty years.'), ['Ana Kral [person]']);
    assert.deepStrictEqual(kinds('Ana Kral ran the port for twenty years.\n\n"A port is a promise kept." — Ana Kral, 2012'), ['Ana Kral [person]']);
  });
});
