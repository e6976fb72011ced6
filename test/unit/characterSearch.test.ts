import * as assert from 'assert';
import { analyzeText } from '../../src/core';
import { CharacterSearch, SearchedCharacters } from '../../src/core/text/characterSearch';
import { isLetterOrDigitCode, isLowerCaseCode, isSpaceCode } from '../../src/core/text/characterTests';

describe('reading a text a character at a time', () => {
  it('tests every code unit as the regex classes do, and a place past the end as nothing', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      if (isSpaceCode(c) !== /\s/.test(ch)) assert.fail(`space ${c.toString(16)}`);
      if (isLetterOrDigitCode(c) !== /[\p{L}\p{N}]/u.test(ch)) assert.fail(`letter or digit ${c.toString(16)}`);
      if (isLowerCaseCode(c) !== /\p{Ll}/u.test(ch)) assert.fail(`lower case ${c.toString(16)}`);
    }
    assert.strictEqual(isSpaceCode(''.charCodeAt(0)), false);
    assert.strictEqual(isLetterOrDigitCode(''.charCodeAt(0)), false);
  });

  it('finds the places of a set of characters in order, as a reader going forward asks for them', () => {
    const text = 'a.b!c?d\u2026e. f';
    const search = new CharacterSearch(text, ['.', '!', '?', '\u2026']);
    const found: number[] = [];
    for (let at = search.from(0); at >= 0; at = search.from(at + 1)) found.push(at);
    assert.deepStrictEqual(found, [1, 3, 5, 7, 9]);
    // A character the text lacks, and a start past every mark.
    assert.strictEqual(new CharacterSearch(text, ['#']).from(0), -1);
    assert.strictEqual(search.from(10), -1);
  });

  it('finds wide and narrow characters together in texts stored one and two bytes a character', () => {
    // Invented texts of pieces: spaces, words, straight and curly marks, the ellipsis, guillemets.
    const pieces = [' ', 'word', '"', "'", '\u201C', '\u201D', '\u2018', '\u2019', '\u2026', '\u00AB', '\u00BB', '.', '\n'];
    const characters = ['"', "'", '\u201C', '\u201D', '\u2018', '\u2019', '\u2026', '\u00AB'];
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 300; n++) {
      const text = Array.from({ length: Math.floor(random() * 60) }, () => pieces[Math.floor(random() * pieces.length)]).join('');
      // The same text cut from a wide one (stored two bytes a character even where every character is narrow), and
      // after a run of Cyrillic words (too many wide characters to list).
      for (const stored of [text, ('\u2014' + text).slice(1), '\u043a\u0438\u0440\u0438\u043b\u043b\u0438\u0446\u0430 '.repeat(12) + text]) {
        const search = new CharacterSearch(stored, characters);
        for (let from = 0; from <= stored.length + 1; from += 1 + Math.floor(random() * 3)) {
          const wanted = [...stored].findIndex((c, i) => i >= from && characters.includes(c));
          assert.strictEqual(search.from(from), wanted, `${JSON.stringify(stored)} from ${from}`);
        }
      }
    }
  });

  it('finds the same places with a set of characters made once for many texts as with a plain list', () => {
    // One set serves every paragraph's search (a draft's check makes several searches a paragraph).
    const characters = ['"', "'", '\u201C', '\u201D', '\u2026', '\u00AB'];
    const once = new SearchedCharacters(characters);
    const texts = ['Ana said "yes" and \'no\'.', 'Ivo wrote \u201Cmaybe\u201D\u2026 then \u00ABnon\u00BB.', '\u043a\u0438\u0440\u0438\u043b\u043b\u0438\u0446\u0430 '.repeat(12) + '"da" \u201Cnet\u201D', 'no marks at all'];
    for (const text of texts) {
      const places = (search: CharacterSearch) => {
        const found: number[] = [];
        for (let at = search.from(0); at >= 0; at = search.from(at + 1)) found.push(at);
        return found;
      };
      const wanted = [...text].flatMap((c, i) => (characters.includes(c) ? [i] : []));
      assert.deepStrictEqual(places(new CharacterSearch(text, once)), wanted, text);
      assert.deepStrictEqual(places(new CharacterSearch(text, characters)), wanted, text);
    }
  });

  it('finds quotes and sentences alike in a text stored one byte a character and in one with curly marks', () => {
    const plain = 'Ana Kral said "we will win." Then she left! Did she? Bo Li said \'fine\' and went.\n\nNew paragraph "here" ends.';
    const curly = plain.replace(/"([^"]*)"/g, '\u201C$1\u201D').replace(/'([^']*)'/g, '\u2018$1\u2019');
    const shape = (t: string) => {
      const a = analyzeText(t);
      return { sentences: a.sentences.map((s) => [s.start, s.end]), quotes: a.quotes.map((q) => [q.start, q.end, q.text]) };
    };
    const one = shape(plain);
    assert.deepStrictEqual(one.quotes.map((q) => q[2]), ['we will win.', 'fine', 'here']);
    assert.strictEqual(one.sentences.length, 5);
    assert.deepStrictEqual(shape(curly), one);
  });
});
