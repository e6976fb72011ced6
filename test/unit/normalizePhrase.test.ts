// Names and short phrases compared as the matcher reads them: the words lower-cased, straight-marked and without
// diacritics, one space between them (normalizeText.ts).
import * as assert from 'assert';
import { normalizePhrase, tokenizeWords } from '../../src/core/text/normalizeText';

describe('a phrase as names are compared', () => {
  it('lower-cases, straightens and drops diacritics, one space between words', () => {
    assert.strictEqual(normalizePhrase('  Ana  Kral-Peskar ’s   ÉCLUSE, N’Dour!'), 'ana kral peskar s ecluse n\'dour');
    assert.strictEqual(normalizePhrase(''), '');
    assert.strictEqual(normalizePhrase(' — , '), '');
  });

  it('gives the words tokenizeWords finds, joined by spaces', () => {
    const phrases = ['Dr. J.K. Marlow', 'Ivo Peskar’s', 'Zoë  Ångström', 'de la Cruz', 'O\u0301scar Ruiz', '\u0301 Ana', '12 Downing St.', 'Wang Wei 王伟', 'mid-term  “poll”', '\u{1D400}rt Lee'];
    for (const p of phrases) assert.strictEqual(normalizePhrase(p), tokenizeWords(p).map((t) => t.word).join(' '), p);
  });
});
