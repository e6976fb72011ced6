import * as assert from 'assert';
import { pluralShapedWords } from '../../src/core/attribution/lowerCaseWords';
import { afterNamed } from '../../src/core/attribution/speakingWords';
import { maskLeads } from '../../src/core/text/maskLeads';

// Searches a build runs over every text, read a character at a time (or tried only where a match can open) instead of
// by the engine's global search, which asked its Unicode classes of every character: what they find must be what the
// expression they stand for finds, on invented texts made of pieces that meet at every kind of edge.
function randomTexts(pieces: readonly string[], count: number, seed: number): string[] {
  const texts: string[] = [];
  const next = (n: number) => (seed = (seed * 48271) % 2147483647) % n;
  for (let k = 0; k < count; k++) {
    let text = '';
    for (let j = 1 + next(14); j > 0; j--) text += pieces[next(pieces.length)];
    texts.push(text);
  }
  return texts;
}

describe('patterns read by hand', () => {
  it('finds the plural-shaped words in lower case that the expression finds', () => {
    const PLURAL_WORD = /(?<![\p{L}\p{N}'\u2019-])\p{Ll}[\p{L}'\u2019-]*s(?![\p{L}\p{N}])/gu;
    const pieces = [' ', '\n', 'relatives', 'Relatives', "mothers'", 'sit-ins', 'boss-level', '’s', "'", '-', 's', 'ss', '9', '²', 'é', 'Élan', 'cafés', '\u{1D41A}', '\u{1D400}', 'ès', 'bus2', 'as', '.', 'x'];
    for (const text of randomTexts(pieces, 4000, 17)) assert.deepStrictEqual(pluralShapedWords(text), text.match(PLURAL_WORD) ?? [], JSON.stringify(text));
  });

  it('finds the words named or called after a word in lower case that the global search finds', () => {
    const AFTER_NAMED = /(\p{Ll}[\p{Ll}\d-]*)[ \t]+(named|called)[ \t]+(\p{Lu}[\p{L}\p{M}'\u2019-]*)/gu;
    const pieces = [' ', '\t', '\n', 'named', 'called', 'renamed', 'Named', 'a nurse', 'nurse', '9-year-old', '-', 'Viktor', 'Called', 'Émile', 'é', 'X', ',', 'so-', 'B'];
    for (const text of randomTexts(pieces, 4000, 29)) {
      const expected = [...text.matchAll(AFTER_NAMED)].map((m) => [m[1], m[2], m[3]]);
      assert.deepStrictEqual(afterNamed(text), expected, JSON.stringify(text));
    }
  });

  it('masks the same datelines and leads at line starts as the engine\'s search of the whole text does', () => {
    // A text with a \r is masked by the expressions' own global replace; one at its start opens an empty line that no
    // lead matches, so the rest must be masked alike.
    const pieces = ['\n', ' ', '> ', 'KELPORT', ' (KNA)', ' –', ' -- ', ', Oct. 2', ', Norvia', ':', ' Ruiz said', 'Kelport', 'The mayor', ' (x)', 'UPDATE 9:42 p.m.', '12:02 ', 'Update', 'Update 9:42 p.m. — ', 'ÉCOLE', 'École', 'BRIDGE CLOSED AGAIN', '. '];
    for (const text of randomTexts(pieces, 3000, 41)) assert.strictEqual(maskLeads(text), maskLeads(`\r${text}`).slice(1), JSON.stringify(text));
  });
});
