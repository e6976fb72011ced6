// A contraction and its full form are the same words: `can't` is `cannot` is `can not`, `he's` is `he is`. The
// word diff compares a contraction as the two words it stands for, so that spelling one out is no difference (and
// dropping only its `not` still is).

/** A contracted word as the two words it stands for; `tail` also stands for each of `tailAlso` (`'d`: would or had). */
export interface Expansion {
  readonly head: string;
  readonly tail: string;
  readonly tailAlso: readonly string[];
}

/** Negated forms whose stem is not the verb as written (`won't` is `will not`). */
const IRREGULAR_NEGATIONS: ReadonlyMap<string, string> = new Map([
  ["can't", 'can'],
  ['cannot', 'can'],
  ["won't", 'will'],
  ["shan't", 'shall'],
]);

/** Endings that stand for one word, with the other words they may stand for. */
const ENDINGS: ReadonlyMap<string, readonly string[]> = new Map([
  ['re', ['are']],
  ['m', ['am']],
  ['ll', ['will', 'shall']],
  ['ve', ['have']],
  ['d', ['would', 'had']],
]);

/**
 * Words before which `'s` is `is` or `has` (`it's`, `there's`); after any other word it is a possessive
 * (`Israel's`), which is no contraction.
 */
const IS_BEFORE = new Set(['he', 'she', 'it', 'that', 'there', 'here', 'what', 'who', 'where', 'when', 'how', 'why', 'everybody', 'everyone', 'nobody', 'somebody', 'someone', 'something', 'nothing', 'everything']);

/** The two words a contracted word (as the matcher normalises it: lower case, straight apostrophe) stands for; null for any other word. */
export function expandContraction(word: string): Expansion | null {
  const irregular = IRREGULAR_NEGATIONS.get(word);
  if (irregular) return { head: irregular, tail: 'not', tailAlso: [] };
  // `ain't` stands for too many verbs to name one.
  if (word.endsWith("n't") && word.length > 3 && word !== "ain't") return { head: word.slice(0, -3), tail: 'not', tailAlso: [] };
  const apostrophe = word.lastIndexOf("'");
  if (apostrophe <= 0) return null;
  const head = word.slice(0, apostrophe);
  const ending = word.slice(apostrophe + 1);
  if (ending === 's') {
    if (head === 'let') return { head, tail: 'us', tailAlso: [] };
    return IS_BEFORE.has(head) ? { head, tail: 'is', tailAlso: ['has'] } : null;
  }
  const also = ENDINGS.get(ending);
  return also ? { head, tail: also[0], tailAlso: also.slice(1) } : null;
}
