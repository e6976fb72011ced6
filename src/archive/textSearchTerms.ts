// The engine's own words, written as PostgreSQL text-search values. The archive does not let PostgreSQL's parser
// split the text: a tsvector is written from the words the engine reads (lower case, one apostrophe, no
// diacritics, `won't` one word), so the database and the embedded index find the same places. Like the `simple`
// configuration, and never `english`: no stemming and no stop words, so "will not raise taxes" never matches
// "will raise taxes".
import { forEachWord, normalizeWord } from '../core/text/normalizeText';

/** PostgreSQL refuses longer lexemes (2 KB); a "word" that long is not one a quote is looked up by. */
const MAX_LEXEME = 500;

/** A lexeme quoted for a tsvector or tsquery literal. */
export function lexeme(word: string): string {
  return `'${word.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/** The normalised words of `text[from, to)`. */
export function wordsOf(text: string, from = 0, to = text.length): string[] {
  const words: string[] = [];
  forEachWord(text, from, to, (s, e) => words.push(normalizeWord(text.slice(s, e))));
  return words;
}

/** A tsvector literal of the words, with their positions (1-based; PostgreSQL keeps at most 256 per word). */
export function tsvectorOf(words: readonly string[]): string {
  const positions = new Map<string, number[]>();
  words.forEach((w, i) => {
    if (w.length > MAX_LEXEME) return;
    const list = positions.get(w);
    if (list) list.push(i + 1);
    else positions.set(w, [i + 1]);
  });
  return [...positions].map(([w, at]) => `${lexeme(w)}:${at.slice(0, 256).join(',')}`).join(' ');
}

/** Words in this order, one after the other; the last one may be a prefix (`:*`). */
export function phraseQuery(words: readonly string[], lastIsPrefix = false): string {
  return words.map((w, i) => lexeme(w.slice(0, MAX_LEXEME)) + (lastIsPrefix && i === words.length - 1 ? ':*' : '')).join(' <-> ');
}

/** Every one of the parts. */
export function allOf(parts: readonly string[]): string {
  return parts.map((p) => `(${p})`).join(' & ');
}

/** Any one of the parts. */
export function anyOf(parts: readonly string[]): string {
  return parts.map((p) => `(${p})`).join(' | ');
}

/** Every choice of `k` items of `items`, in order. */
export function combinations<T>(items: readonly T[], k: number): T[][] {
  if (k === 0) return [[]];
  const out: T[][] = [];
  items.forEach((item, i) => {
    for (const rest of combinations(items.slice(i + 1), k - 1)) out.push([item, ...rest]);
  });
  return out;
}
