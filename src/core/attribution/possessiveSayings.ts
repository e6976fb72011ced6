// `Critics seized on her remark that "…"`, `unlikely to endorse Hale after his spring comment that "…"`: a possessive
// pronoun before a noun of saying owns the words the noun introduces, as a name's possessive does (`Kral's claim`,
// ClauseSpeakers.ownerOfWords). Who the pronoun means is read strictly, since the pronoun sits inside someone else's
// sentence and a wrong owner is worse than none: the one person of its sex the sentence names before it, and only
// when no one else there could be meant.
import { genderOfNoun } from '../text/personNouns';
import type { Token } from '../text/sentenceTokens';
import { isPersonNoun } from './phraseKinds';
import { readNamePhrase } from './namePhrases';
import type { SpeakerRecord, SpeakerRegistry } from './speakerRegistry';
import { isNameWord, isSpeechVerbAt, isVerbLike, isWord } from './tokenClasses';

/** Nouns of something said: `Trump's claim that...`, `her pledge to...`. */
export const SPEECH_NOUNS: ReadonlySet<string> = new Set(['claim', 'claims', 'assertion', 'statement', 'remark', 'remarks', 'comment', 'comments', 'words', 'promise', 'pledge', 'vow', 'warning', 'accusation', 'accusations', 'allegation', 'allegations', 'charge', 'suggestion', 'insistence', 'argument', 'contention', 'boast', 'prediction', 'slogan', 'catchphrase', 'quip', 'tweet', 'declaration', 'description', 'characterization', 'refrain', 'mantra', 'motto', 'message', 'line']);

/** How many tokens before a quote its noun of saying may stand (`her assertion during Tuesday's forum that`). */
const NOUN_REACH = 8;
/** How many tokens before the pronoun its owner is looked for: a sentence of thousands of sayings is read once each. */
const OWNER_REACH = 60;
/** Words between the pronoun and its noun (`his spring comment`, `her oft-repeated claim`). */
const BETWEEN_OWNER = 2;

export interface PossessiveSaying {
  /** Token index of `his` or `her`. */
  readonly at: number;
  readonly want: 'male' | 'female';
}

/**
 * The `his` or `her` owning a noun of saying whose words the quote at `qi` gives: the noun stands a few words before
 * the quote, with nothing between but a short phrase and `that`, `to`, `of` or a comma (`her claim that it was
 * "…"`; not `her claim that it was a lie is "…"`, which says something of the claim), and no speech verb of its own.
 * `nouns`: the nouns of a saying to look for (SPEECH_NOUNS).
 */
export function possessiveSayingBefore(tokens: readonly Token[], qi: number, nouns: ReadonlySet<string>): PossessiveSaying | null {
  for (let k = qi - 1; k >= 0 && k >= qi - NOUN_REACH; k--) {
    const t = tokens[k];
    if (t.kind === 'quote' || (t.kind === 'punct' && t.text !== ',' && t.text !== ':')) return null;
    if (isSpeechVerbAt(tokens, k)) return null;
    if (!isWord(t) || !nouns.has(t.lower)) continue;
    if (!introducesWords(tokens.slice(k + 1, qi))) return null;
    for (let o = k - 1; o >= 0 && o >= k - 1 - BETWEEN_OWNER; o--) {
      const w = tokens[o];
      if (!isWord(w) || w.possessive) return null;
      if (w.lower === 'his' || w.lower === 'her') return { at: o, want: w.lower === 'his' ? 'male' : 'female' };
      if (w.cap && !TIME_CAPITALS.test(w.lower)) return null; // `her March comment`, not `her Senate testimony`
    }
    return null;
  }
  return null;
}

/** Capitalised words of a time a saying may have between its owner and its noun (`his Monday remarks`). */
const TIME_CAPITALS = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/**
 * Whether the words between a noun of saying and its quote make the quote what the noun says: none but a comma or
 * a colon (`his pledge, "…"`), `to` or `of` and a word (`her promise to deliver "…"`), or a `that` clause with at
 * most one verb after a short phrase of when or where (`her assertion during the debate that "…"`). Not `under her
 * charge in Tripoli, to being "…"`, where the noun is no saying.
 */
function introducesWords(between: readonly Token[]): boolean {
  const words = between.filter(isWord);
  if (words.length === 0) return true;
  if (words[0].lower === 'to' || words[0].lower === 'of') return words.length <= 2;
  const that = words.findIndex((w) => w.lower === 'that');
  if (that < 0 || that > 4) return false;
  if (that > 0 && !['during', 'at', 'in', 'on', 'last', 'this', 'earlier'].includes(words[0].lower)) return false;
  return words.slice(that + 1).filter(isVerbLike).length <= 1;
}

/**
 * Who the pronoun at `at` means among the people the sentence names before it: the one person whose sex the texts
 * know to be the pronoun's; `stop` when someone else there may be meant (two of that sex, one whose sex nothing
 * tells, an unnamed `the senator` or `his wife`); `subject` when an unnamed person opens the sentence before its
 * verb (the subject reading resolves them); `none` when the sentence names no one before it.
 */
export function ownerInSentence(tokens: readonly Token[], at: number, want: 'male' | 'female', registry: SpeakerRegistry, article: string | null): { record: SpeakerRecord; from: number; to: number } | 'stop' | 'subject' | 'none' {
  let found: { record: SpeakerRecord; from: number; to: number } | null = null;
  if (at > OWNER_REACH) return 'stop'; // who opens a sentence this long is no reading of the pronoun
  let aside = false;
  let opening = true;
  for (let i = 0; i < at; i++) {
    const t = tokens[i];
    // `Irena Volkova, an adviser to Mayor Petra Lind, drew fire over her remark`: an appositive describes the one
    // before it; whom it names is no one the pronoun means.
    if (t.text === ',') aside = !aside && isWord(tokens[i + 1]) && ['a', 'an'].includes(tokens[i + 1].lower);
    if (aside || !isWord(t)) continue;
    if (!isNameWord(t)) {
      // `attacked the senator over his claim`, `defended his wife over her remark`: an unnamed person of no other sex.
      const gender = genderOfNoun(t.lower);
      const before = tokens[i - 1];
      // `The foreign minister also criticized ..., in his words, "…"`: an unnamed subject, before any verb, is the
      // sentence's own reading's to resolve (`subject`).
      if (gender === want || (gender === null && isPersonNoun(t.lower) && !isNameWord(tokens[i + 1]) && isWord(before) && (before.possessive || ['the', 'a', 'an', 'his', 'her'].includes(before.lower)))) return opening ? 'subject' : 'stop';
      if (isVerbLike(t)) opening = false;
      continue;
    }
    let j = i + 1;
    while (j < at && isNameWord(tokens[j]) && !tokens[j - 1].possessive) j++;
    const phrase = readNamePhrase(tokens, { from: i, to: j });
    const from = i;
    i = j - 1;
    if (phrase.groupOf || phrase.isOrganisation || phrase.name.length === 0) continue;
    const record = registry.lookupName(phrase.name.map((n) => n.text), article);
    if (!record || record.kind !== 'person' || (article !== null && !record.articles.has(article))) continue;
    const gender = registry.gender(record);
    if (gender !== null && gender !== want) continue;
    if (gender === null || (found && found.record.key !== record.key)) return 'stop';
    found = { record, from, to: j };
  }
  return found ?? 'none';
}
