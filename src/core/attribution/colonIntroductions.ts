// What a colon introduces, where no speech verb stands before it:
//   `From Kral's Facebook post: "..."`, `Kral's statement: "..."`, `Kral's answer was: "..."`: a colon right after a
//   text of speech that someone named owns introduces that text, whose words are the owner's. A possessive is read
//   only where it owns the text itself: `Kral's aide read a line:` owns no text, and `The pier's statement:` has no
//   person;
//   `the words of Ivan Ilyin: "..."`, `An email from Dave Hollins: "..."`: the same text, its owner after `of` or `from`;
//   `Here's Kral in March: "..."`: a writer presenting a person, then a colon, quotes them.
import type { Token } from '../text/sentenceTokens';
import { phraseAfter, type Phrase } from './speakerPhrases';
import { isNameWord, isVerbLike, isWord } from './tokenClasses';

/** Texts a person writes or gives, whose words a colon after them quotes. */
export const OWNED_TEXTS: ReadonlySet<string> = new Set([
  'statement', 'statements', 'remarks', 'message', 'tweet', 'tweets', 'response', 'reply', 'note', 'comment',
  'comments', 'words', 'post', 'letter', 'speech', 'email', 'e-mail', 'answer', 'advice', 'warning', 'verdict', 'plea',
  'retort', 'reaction', 'caption', 'question', 'request', 'demand', 'promise', 'pledge', 'vow', 'pitch', 'argument',
]);
/**
 * What a person thinks, fears or wants, which a colon right after it quotes in the person's words (`His fear: "That my
 * son will have nothing."`, `Kral's hope: "…"`); only here, not where OWNED_TEXTS names a text someone sent.
 */
const OWNED_THOUGHTS: ReadonlySet<string> = new Set([
  'fear', 'fears', 'hope', 'hopes', 'wish', 'worry', 'concern', 'goal', 'dream', 'motto', 'mantra', 'prediction',
  'conclusion', 'explanation', 'excuse', 'complaint', 'take', 'instructions', 'suggestion', 'recommendation', 'forecast',
  'diagnosis', 'theory', 'rationale', 'reasoning', 'view', 'assessment', 'summary', 'defence', 'defense', 'bet', 'guess',
]);
/** Possessives of one person, which own a text as a name does (`Her pitch:`). */
const OWNING_PRONOUNS: ReadonlySet<string> = new Set(['his', 'her']);
/** What may stand between the text and the colon: `Kral's reply was:`, `Kral's note reads:`, `Kral's remarks were:` (and `was blunt:`). */
const TEXT_VERBS = new Set(['was', 'is', 'were', 'are', 'read', 'reads']);
/** The verb before how the words were put, a plural's too (`Kral's words were stark:`). */
const BEING = /^(?:was|is|were|are)$/;

/** The owner's name (`Ana Kral's`) of the text of speech that ends right before the colon at `colon`, or null. */
export function ownerOfTextBeforeColon(tokens: readonly Token[], colon: number): Phrase | null {
  if (tokens[colon]?.text !== ':') return null;
  let k = colon - 1;
  // `Kral's message was blunt:`, `Kral's answer was simple:`: one word saying how the words were put.
  if (isWord(tokens[k]) && !tokens[k].cap && !isVerbLike(tokens[k]) && isWord(tokens[k - 1]) && BEING.test(tokens[k - 1].lower)) k--;
  if (isWord(tokens[k]) && TEXT_VERBS.has(tokens[k].lower)) k--;
  // `Peskar's post, which read:`: the text before the relative clause that reads it out.
  if (k < colon - 1 && tokens[k]?.lower === 'which' && tokens[k - 1]?.text === ',') k -= 2;
  // `Kral's message to shipowners was:`, `Kral's verdict on Peskar:`: whom or what the text is for or about, up to three
  // words after `to`, `for`, `on` or `about`.
  for (let r = k; r > k - 4 && r > 1; r--) {
    if (!isWord(tokens[r]) || tokens[r].possessive) break;
    if (/^(?:to|for|on|about)$/.test(tokens[r].lower) && r < k && isWord(tokens[r - 1]) && OWNED_TEXTS.has(tokens[r - 1].lower)) {
      k = r - 1;
      break;
    }
  }
  const noun = tokens[k];
  if (isWord(noun) && noun.cap) return ownerAfterOf(tokens, k);
  if (!isWord(noun) || noun.cap || !(OWNED_TEXTS.has(noun.lower) || OWNED_THOUGHTS.has(noun.lower))) return null;
  // Up to two words describe the text (`Facebook post`, `short written statement`), never a determiner or a verb's `'s`.
  let o = k - 1;
  while (o >= 0 && o >= k - 2 && isWord(tokens[o]) && !tokens[o].possessive && !OWNING_PRONOUNS.has(tokens[o].lower) && /^[\p{L}-]+$/u.test(tokens[o].text)) o--;
  const owner = tokens[o];
  // `Her pitch: "…"`, `His answer was:` opening the sentence: the pronoun's person owns the text (ClauseSpeakers reads whom).
  if (isWord(owner) && OWNING_PRONOUNS.has(owner.lower) && o === tokens.findIndex(isWord)) return { from: o, to: o + 1 };
  if (!isWord(owner) || !owner.possessive || !owner.cap) return null;
  // The owner's name: the capitalised words that end in the possessive (`Ana Kral's`).
  let from = o;
  while (from > 0 && from > o - 4 && isNameWord(tokens[from - 1]) && !tokens[from - 1].possessive) from--;
  return { from, to: o + 1 };
}

/**
 * `I will quote the words of Ivan Ilyin:`, `the statement of Ana Kral:`, `An email from Dave Hollins:` (a live blog's
 * reader): a text of speech, `of` or `from` and the owner's name (one to four capitalised words) ending at `last`,
 * right before the colon.
 */
function ownerAfterOf(tokens: readonly Token[], last: number): Phrase | null {
  let from = last;
  while (from > 0 && last - from < 3 && isNameWord(tokens[from - 1]) && !tokens[from - 1].possessive) from--;
  const of = tokens[from - 1];
  const noun = tokens[from - 2];
  if (!isWord(of) || (of.lower !== 'of' && of.lower !== 'from') || !isWord(noun) || noun.cap || !OWNED_TEXTS.has(noun.lower) || !isNameWord(tokens[from])) return null;
  return { from, to: last + 1 };
}

/** Words that open the time or place of the words presented: `Here's Kral in March:`, `Here is Kral at the rally:`. */
const SETTING_PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'from', 'after', 'before', 'last', 'earlier', 'this']);
/** How many tokens the time or place between the name and the colon may take. */
const SETTING_TOKENS = 6;

/** `Here's Kral:`, `Here is Ana Kral in March 1992:`: the person a sentence opening at `from` presents before the colon at its end. */
export function presentedBeforeColon(tokens: readonly Token[], from: number, colon: number): Phrase | null {
  if (tokens[colon]?.text !== ':' || tokens[from]?.lower !== 'here') return null;
  let k = from + 1;
  // `Here's` is one token with its `'s` (possessive), or two (`Here is`).
  const here = tokens[from];
  if (!(isWord(here) && here.possessive) && tokens[k]?.lower === 'is') k++;
  else if (!(isWord(here) && here.possessive)) return null;
  const phrase = phraseAfter(tokens, k, false);
  if (!phrase || phrase.from !== k || !tokens[k].cap) return null;
  if (phrase.to === colon) return phrase;
  // A time or place, and nothing that says more (no verb, no clause).
  if (!isWord(tokens[phrase.to]) || !SETTING_PREPOSITIONS.has(tokens[phrase.to].lower) || colon - phrase.to > SETTING_TOKENS) return null;
  return tokens.slice(phrase.to, colon).every((t) => (isWord(t) && !isVerbLike(t) && t.lower !== 'that') || /^\d/.test(t.text) || t.text === ',') ? phrase : null;
}

/** Verbs that carry a text's owner to the colon: `The reply from Kral came swiftly:`, `The message of Kral was blunt:`. */
export const ARRIVING_VERBS: ReadonlySet<string> = new Set(['came', 'comes', 'was', 'is']);

/**
 * `The reply from Ana Kral came swiftly:`, `The message of Kral was blunt:`: a sentence opening at `from` with a text
 * of speech, `from` or `of` and its owner's name, then a verb of arriving or being and at most two words before the
 * colon at `colon`: the owner, whose words the colon introduces.
 */
export function ownerOfOpeningText(tokens: readonly Token[], from: number, colon: number): Phrase | null {
  if (tokens[colon]?.text !== ':') return null;
  let k = from;
  if (isWord(tokens[k]) && /^(?:the|a|an|this|that)$/.test(tokens[k].lower)) k++;
  const noun = tokens[k];
  const of = tokens[k + 1];
  if (!isWord(noun) || !OWNED_TEXTS.has(noun.lower) || !isWord(of) || (of.lower !== 'from' && of.lower !== 'of')) return null;
  let to = k + 2;
  while (to < colon && to < k + 6 && isNameWord(tokens[to]) && !tokens[to].possessive) to++;
  const verb = tokens[to];
  if (to === k + 2 || !isWord(verb) || !ARRIVING_VERBS.has(verb.lower) || colon - to > 3) return null;
  return tokens.slice(to + 1, colon).every((t) => isWord(t) && !t.cap && !isVerbLike(t)) ? { from: k + 2, to } : null;
}
