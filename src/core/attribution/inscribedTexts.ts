// Words written on a thing someone only points at, passes or looks at: `pointed to a billboard that read "Brenner
// lies"`, `posed beside a mural that read "…"`, `laughed at a poster declaring "…"`. The subject neither says nor
// carries those words; a quote so brought in is a text, like a title, and gets no speaker. A sign the subject holds,
// carries or wears stays theirs (`held up a sign saying "…"` is the holder's message, as news annotation reads it).
// So does a word asked about (`asked what "fair share" means`) get no speaker.
import { tokenAt, type Token } from '../text/sentenceTokens';
import { isWord } from './tokenClasses';

/**
 * Things that carry written words and speak for no one. Never a sender's text (`card`, `letter`, `note`: someone
 * wrote them) nor a body that speaks (`board`).
 */
const INSCRIBED_THINGS: ReadonlySet<string> = new Set([
  'sign', 'signs', 'placard', 'placards', 'banner', 'banners', 'poster', 'posters', 'billboard', 'billboards', 'mural',
  'murals', 'flag', 'flags', 't-shirt', 't-shirts', 'shirt', 'shirts', 'sweatshirt', 'hoodie', 'jersey', 'cap', 'caps',
  'hat', 'hats', 'mug', 'mugs', 'sticker', 'stickers', 'plaque', 'plaques', 'badge', 'badges', 'button', 'buttons',
  'graffiti', 'scoreboard', 'screen', 'wall', 'walls', 'door', 'tattoo', 'inscription', 'headstone', 'gravestone',
  'scarf', 'scarves', 'helmet', 'decal', 'marquee', 'chyron', 'tote', 'bumper',
]);

/** Verbs by which such a thing shows its words (`a sign that read`, `a poster declaring`). */
const SHOWING_VERBS: ReadonlySet<string> = new Set([
  'read', 'reads', 'reading', 'said', 'says', 'saying', 'declared', 'declares', 'declaring', 'proclaimed',
  'proclaims', 'proclaiming', 'bore', 'bears', 'bearing', 'showed', 'shows', 'showing', 'displayed', 'displaying',
  'flashed', 'flashing',
]);

/** Prepositions that set the subject beside a thing, not holding it (`pointed to`, `posed beside`). */
const BESIDE: ReadonlySet<string> = new Set([
  'at', 'to', 'beside', 'near', 'behind', 'under', 'past', 'toward', 'towards', 'outside', 'above', 'below', 'across',
  'by', 'beneath', 'in', 'on', 'from', 'before',
]);

/** Determiners that open the thing's phrase (`a sign`, `the faded mural`). */
const DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'one', 'another', 'this', 'that', 'two', 'several']);

/** The most words between the determiner and the thing (`a large hand-painted sign`). */
const THING_WORDS = 4;

/** Verbs that ask or tell what a word means (`what "fair share" means`). */
const MEANING_VERBS: ReadonlySet<string> = new Set(['means', 'meant', 'mean']);

/**
 * Whether the quote at token `qi` is written on a thing set beside the subject by a preposition (or is a word asked
 * about): reads only a few tokens before it.
 */
export function isInscribedText(tokens: readonly Token[], qi: number): boolean {
  let k = qi - 1;
  if (tokenAt(tokens, k)?.text === ':' || tokenAt(tokens, k)?.text === ',') k--;
  const word = (i: number) => (isWord(tokenAt(tokens, i)) ? tokens[i].lower : '');
  // `a sign that read "…"`, `a poster declaring "…"`, `a flag with "…" stitched across it`.
  let thing = -1;
  if (SHOWING_VERBS.has(word(k))) thing = word(k - 1) === 'that' || word(k - 1) === 'which' ? k - 2 : k - 1;
  else if (word(k) === 'with') thing = k - 1;
  if (thing >= 0 && INSCRIBED_THINGS.has(word(thing))) {
    let d = thing - 1;
    while (d > thing - 1 - THING_WORDS && isWord(tokens[d]) && !DETERMINERS.has(tokens[d].lower)) d--;
    return DETERMINERS.has(word(d)) && BESIDE.has(word(d - 1));
  }
  // `asked what "fair share" means`, `whether "autonomy" meant`: the words are asked about, not said.
  return (word(qi - 1) === 'what' || word(qi - 1) === 'whether') && MEANING_VERBS.has(word(qi + 1));
}
