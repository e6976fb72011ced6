// Words a subject refused or denied saying: `Kral declined to say whether the quay was "safe"`, `Peskar would not say
// if the plan was "dead"`, `Kral denied that the port was "finished"`, `Kral never said "…"`. What is quoted there is the question's or
// an accuser's wording, seldom the subject's own, so the subject is not its speaker; a verb of saying after the refusal
// (`refused to say whether she would run, but called the plan "a mess"`) speaks again. Words asked of another
// (`urged Kral to say "…"`) are no one's yet, as are words only supposed (supposedWords.ts).
import type { Token } from '../text/sentenceTokens';
import { SPEECH_VERBS } from '../text/newsLexicon';
import { REACH } from './resolvedSpeakers';
import { isSpeechVerbAt, isWord } from './tokenClasses';
import { counterfactual, supposedAt } from './supposedWords';
import { doubtedAt } from './doubtedWords';
import { deniedSaying } from './deniedSayings';
import { inRelativeAside } from './relativeSpeakers';
import { rejectedAlternative } from './contrastedWords';
import { commonSayingBefore, indefiniteSayerBefore } from './indefiniteSayers';

/** What a refusal withholds: saying, commenting, confirming. */
const WITHHELD = /^(?:say|comment|confirm|disclose|reveal|discuss|specify|elaborate|answer|speculate)$/;
/** `declined to say`, `refused to comment`. */
const REFUSING = /^(?:declined|declines|declining|refused|refuses|refusing)$/;
/** `would not say`, `did not confirm`, `won't say`. */
const NEGATED = /^(?:not|never|n't|cannot)$/;

/**
 * Whether a word negates (NEGATED, or any word ending in `n't`: `won't`, `didn't`). Told by its ending rather than by
 * replacing the word with `n't` first: that replace ran a backtracking pattern and made a string at every word before
 * every quote of a draft's check.
 */
function negates(word: string): boolean {
  return word.endsWith("n't") || NEGATED.test(word);
}
/** Verbs of saying whose negation (`never said`, `didn't call it`) right before a quote denies the words were said. */
const NEGATED_SAYING = /^(?:say|said|says|tell|told|call|called|calls|write|wrote|use|used|utter|uttered)$/;
/** Words before which a verb of saying's form is a noun (`on claims`, `the reports`). */
const NOUN_BEFORE = /^(?:on|about|of|the|a|an|his|her|their|its|such|these|those)$/;
/** What opens the content a refusal or a denial is about. */
const CONTENT_OPENERS = /^(?:whether|if|that|being|having)$/;
/**
 * Verbs of saying whose passive says what its subject is (`the result was confirmed`, `the deal is announced`): the
 * quote after it is not what was confirmed, so a supposed or doubted one (`if the result was confirmed "…"`) leaves
 * the quote to the reporting verb before it (`Laborde said that if …`). Not a verb whose passive takes words
 * (`was told "…"`, `was called "…"`).
 */
const SUBJECT_PASSIVES = /^(?:confirmed|announced|reported|revealed|disclosed|declared|published)$/;
const PASSIVE_BE = /^(?:is|are|was|were|be|been|being)$/;

/** `denied that the port was "finished"`, `denies being "a spy"`. */
const DENYING = /^(?:denied|denies|denying|deny)$/;

/**
 * Whether what the refused or denied verb at `k` takes is a clause the quote at `qi` stands in: right after it, or after
 * a few words (`on claims that`, `whether`, `that`, `being`): `would not comment on an order "to protect..."` quotes
 * the order, `refusing to say the words "radical Islam"` says them.
 */
function opensContent(tokens: readonly Token[], k: number, qi: number): boolean {
  for (let j = k + 1; j < qi && j <= k + 4; j++) if (isWord(tokens[j]) && CONTENT_OPENERS.test(tokens[j].lower)) return true;
  return false;
}

/** Whether the nearest verb of saying before the quote at `qi` is refused or negated, or a denial. */
export function refusedBefore(tokens: readonly Token[], qi: number): boolean {
  for (let k = qi - 1; k >= 0 && k >= qi - REACH; k--) {
    const t = tokens[k];
    if (!isWord(t) || t.cap) continue;
    if (ownedSaying(tokens, k)) return true;
    if (DENYING.test(t.lower)) return opensContent(tokens, k, qi);
    // `Kral never said "…"`, `did not call it "…"`: words a negated verb of saying takes right after it were not said.
    // Any verb of saying but a denial's (`did not deny "…"` says them): `did not promise "…"`, `never predicted "…"`.
    // `never told him the budget was "…"`: a plain verb of saying denies what it reports, too, to the quote's clause.
    const negated = negates(tokens[k - 1]?.lower ?? '');
    if (negated && NEGATED_SAYING.test(t.lower) && !quoteBetween(tokens, k, qi)) return true;
    if (negated && SPEECH_VERBS.has(t.lower) && !DENYING.test(t.lower) && qi - k <= 3 && objectOnlyBetween(tokens, k, qi)) return true;
    if (WITHHELD.test(t.lower)) {
      const before = tokens[k - 1];
      const refused = isWord(before) && ((before.lower === 'to' && REFUSING.test(tokens[k - 2]?.lower ?? '')) || negates(before.lower));
      // `who declined to comment for this article, proposes "..."`: a refusal of its own, not of these words.
      if (refused && tokens[k - (before.lower === 'to' ? 3 : 2)]?.lower !== 'who') return opensContent(tokens, k, qi);
    }
    if (askedOfAnother(tokens, k, qi)) return true;
    // `comment on claims that`, `about reports that`: a noun of saying, not a verb that speaks again; one that only
    // supposes the words (`If Kral says "…"`, `would have said "…"`) is no one's (supposedWords), as is one
    // whose saying is doubted (`Whether Kral said "…"`, doubtedWords), or denied (`denied calling it "…"`, deniedSayings).
    if (SUBJECT_PASSIVES.test(t.lower) && PASSIVE_BE.test(tokens[k - 1]?.lower ?? '')) continue;
    if (isSpeechVerbAt(tokens, k) && !NOUN_BEFORE.test(tokens[k - 1]?.lower ?? '')) return supposedAt(tokens, k, qi) || (qi - k <= 5 && doubtedAt(tokens, k)) || deniedSaying(tokens, k);
  }
  return false;
}

/** Words that open a verb's complement, not its object: `won't agree to a "…" sit-down` refuses no words. */
const PREPOSITIONS = /^(?:to|of|with|on|about|for|in|at|by|from|into|over|against)$/;

/** Whether a quote stands between `k` and `qi`: `did not say "…" but "…"` refuses the first words only. */
function quoteBetween(tokens: readonly Token[], k: number, qi: number): boolean {
  for (let j = k + 1; j < qi; j++) if (tokens[j].kind === 'quote') return true;
  return false;
}

/**
 * Whether only the verb's object stands between `k` and the quote at `qi`: no quote (`did not say "…" but "…"` refuses
 * the first words only) and no preposition.
 */
function objectOnlyBetween(tokens: readonly Token[], k: number, qi: number): boolean {
  for (let j = k + 1; j < qi; j++) if (tokens[j].kind === 'quote' || PREPOSITIONS.test(tokens[j].lower)) return false;
  return true;
}

/** Verbs that ask words of someone else (`urged Kral to say`), who had not said them. */
const DIRECTING = /^(?:asked|asks|asking|urged|urges|urging|begged|begs|pressed|presses|wants|wanted|expects|expected|encouraged|encourages|challenged|challenges|invited|invites|dared|dares)$/;
/** Verbs whose quote right after them is what is to be said (`to say "…"`). */
const UTTERING = /^(?:say|tell|admit|declare|state|repeat|answer|reply)$/;
/** Words of the object between the directing verb and `to` (`urged the crowd`, `asked Ana Kral`). */
const OBJECT_WORDS = 4;

/**
 * `Ivo Peskar urged Ana Kral to say "…"`, `expects her to say "…"`: the verb of saying at `k` is what the subject asks
 * of another; its words are neither's yet (the subject had been given them).
 */
function askedOfAnother(tokens: readonly Token[], k: number, qi: number): boolean {
  // Only a verb whose quote is the utterance itself, right after it: `expects Obama to announce an "intensification"`
  // quotes the subject's own word for what she expects.
  if (tokens[k - 1]?.lower !== 'to' || !UTTERING.test(tokens[k].lower) || !tokens.slice(k + 1, qi).every((t) => t.kind === 'punct')) return false;
  let j = k - 2;
  while (j > k - 2 - OBJECT_WORDS && isWord(tokens[j]) && !DIRECTING.test(tokens[j].lower)) j--;
  return j < k - 2 && isWord(tokens[j]) && DIRECTING.test(tokens[j].lower);
}

/** The most words between a quote and a verb of saying after it that may be its attribution (`," Kral might well have said`). */
const AFTER_WORDS = 6;

/**
 * `"…," Kral might have said a year ago`, `"…," he would have said, had anyone asked`: the verb of saying after the
 * quote only supposes the words (a modal's perfect, as supposedWords reads one before a quote), so its subject did
 * not say them. Not `"…," Kral would say` (a habit) nor `"…," Kral had said` (said before). Nor does it say words
 * inside a relative clause set off before it (`Unlike Sava, who lost his seat over "…", Kral said`, relativeSpeakers.ts).
 */
export function unsaidAfter(tokens: readonly Token[], qi: number): boolean {
  if (inRelativeAside(tokens, qi)) return true;
  for (let k = qi + 1; k < tokens.length && k - qi <= AFTER_WORDS + 1; k++) {
    if (!isWord(tokens[k])) {
      if (k === qi + 1 && tokens[k].text === ',') continue;
      return false;
    }
    if (isSpeechVerbAt(tokens, k)) return counterfactual(tokens, k);
  }
  return false;
}

/** Possessive determiners that give a form in -ing its own subject (`his calling her "…"`). */
const OWNERS = new Set(['his', 'her', 'their', 'my', 'our', 'your']);
/** Words that open a verb's object (`calling her`, `calling the plan`). */
const OBJECTS = new Set(['him', 'her', 'them', 'it', 'me', 'us', 'you', 'the', 'a', 'an', 'this', 'his', 'their', 'its']);

/**
 * `Kral objected to his calling her "a liar"`, `Peskar's calling the plan "…"`: a verb of saying in -ing after an
 * owner, with an object after it, is the owner's saying, not the sentence subject's (who had been given the words);
 * whose the owner is, a pronoun does not say surely enough, so no one's.
 */
function ownedSaying(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const owner = tokens[k - 1];
  const object = tokens[k + 1];
  if (!/ing$/.test(t.lower) || !SPEECH_VERBS.has(t.lower) || !isWord(owner) || !isWord(object)) return false;
  // An object after it (`her`, `the plan`, `Peskar`), not a verb (`her calling was "to serve"`) nor a clause (`his
  // warning that …`): nouns, whose owner is the subject's or is said by it.
  const objectAfter = object.cap || OBJECTS.has(object.lower);
  // A name's possessive (`Holm's`), never a pronoun's contraction (`he's predicting`).
  return objectAfter && ((owner.possessive && owner.cap) || (!owner.cap && OWNERS.has(owner.lower)));
}

/**
 * Words no one said, whatever attribution the sentence gives: the turned-down side of a contrast (`calls it "…", not
 * "…"`, contrastedWords.ts), or words of a sayer who is no one in particular (`whoever says "…"`, `the old saying "…"`,
 * indefiniteSayers.ts).
 */
export function disownedWords(tokens: readonly Token[], qi: number): boolean {
  return rejectedAlternative(tokens, qi) || indefiniteSayerBefore(tokens, qi) || commonSayingBefore(tokens, qi);
}
