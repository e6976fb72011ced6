// Dashes that attribute: a headline's `'are our citizens' - Putin` after the quote (or a name in brackets there,
// `"…" (Putin)`), and a label after a dash before it (`Pollsters agree – Ana Kral: "..."`). A layer of the quote attributor (attributeSpeaker.ts), on partial quotes.
import type { Token } from '../text/sentenceTokens';
import { PartialQuotes } from './partialQuotes';
import { isRoleAside } from './labelSpeakers';
import { isBriefAside } from './briefAsides';
import { shortParenthesis } from './appositives';
import { phraseAfter } from './speakerPhrases';
import { readNamePhrase } from './namePhrases';
import { isPersonNoun } from './phraseKinds';
import { DASHES, isGerund, isSpeechVerbAt, isVerbLike, isWord } from './tokenClasses';
import type { Resolution, Resolved } from './resolvedSpeakers';
import { MONTH_NAMES } from './timePhrases';


/** Words opening where, when or how a signed quote was said (`— Ana Kral, outside the court`, `, speaking to reporters`). */
const CIRCUMSTANCE_OPENERS: ReadonlySet<string> = new Set([
  'outside', 'at', 'in', 'on', 'after', 'before', 'during', 'from', 'to', 'via', 'speaking', 'writing', 'addressing', 'interviewed',
]);

/** The most tokens such a circumstance holds (`, in a statement on Tuesday`). */
const CIRCUMSTANCE_TOKENS = 9;

/**
 * Whether the tokens `[k, end)` only say where, when or how a signed quote was said: a comma, then a preposition or
 * a participle and words with no verb (`, outside the court`, `, speaking to reporters`), which a signature adds as
 * it adds a role; a clause (`, who was later fired`) makes it a sentence going on.
 */
function isCircumstanceAside(tokens: readonly Token[], k: number, end: number): boolean {
  if (tokens[k]?.text !== ',' || end - k > CIRCUMSTANCE_TOKENS) return false;
  const words = tokens.slice(k + 1, end).filter((t) => t.text !== '.');
  if (!words.length || words[0].cap || !CIRCUMSTANCE_OPENERS.has(words[0].lower)) return false;
  return words.every((t, i) => isWord(t) && (i === 0 || isGerund(t) || !isVerbLike(t)));
}

/**
 * Whether the tokens `[k, end)` are what an embedded post prints after its author's name: the handle in brackets and
 * the date (`(@AnaKral) November 7, 2020`, `(@AnaKral) 7 Nov 2020`), either or both; nothing else. An epigraph's year
 * after a comma (`, 2019`) is such a date.
 */
function isPostSignatureTail(tokens: readonly Token[], k: number, end: number): boolean {
  if (tokens[k]?.text === '(' && tokens[k + 1]?.text === '@' && isWord(tokens[k + 2]) && tokens[k + 3]?.text === ')') k += 4;
  const rest = tokens.slice(k, end).filter((t) => t.text !== ',' && t.text !== '.');
  if (rest.length === 0) return k < end || tokens[k - 1]?.text === ')';
  // `"…" — Ana Kral, 2019`: an epigraph signs with the year alone.
  if (rest.length === 1 && /^(?:1[5-9]|20)\d\d$/.test(rest[0].text) && tokens[k]?.text === ',') return true;
  const month = rest.findIndex((t) => isWord(t) && t.cap && MONTH_NAMES.has(t.lower));
  return month >= 0 && rest.length <= 4 && rest.every((t, i) => i === month || /^\d{1,4}$/.test(t.text));
}

/** The nouns a heading names an interview by (`an interview with`, `in conversation with`). */
const INTERVIEW_NOUNS: ReadonlySet<string> = new Set(['interview', 'conversation']);

/** Where the guest's name starts in `an interview with Ana Kral`, `in conversation with …` at `k`; null if not so. */
function guestAfter(tokens: readonly Token[], k: number): number | null {
  if (isWord(tokens[k]) && ['a', 'an', 'in', 'our'].includes(tokens[k].lower)) k++;
  if (!isWord(tokens[k]) || !INTERVIEW_NOUNS.has(tokens[k].lower) || tokens[k + 1]?.lower !== 'with') return null;
  return isWord(tokens[k + 2]) && tokens[k + 2].cap ? k + 2 : null;
}

export abstract class DashAttributions extends PartialQuotes {
  /**
   * A headline's `'are our citizens' - Putin`, a typewriter's double hyphen (`"…" -- Kral`), and a signature with
   * the speaker's role after it (`"…" — Ana Kral, Harbour Minister`, `— Kral, the mayor`).
   */
  protected dash(tokens: readonly Token[], qi: number, s: number): Resolution {
    const dash = tokens[qi + 1];
    if (dash?.text === '(') return this.bracketSignature(tokens, qi, s);
    if (dash?.text === ':') return this.headingSignature(tokens, qi, s);
    if (!dash || dash.kind !== 'punct' || !DASHES.has(dash.text)) return null;
    const from = dash.text === '-' && tokens[qi + 2]?.text === '-' ? qi + 3 : qi + 2;
    // `Peskar's reply — "…" — came an hour later`: a verb after the closing dash goes on with the sentence around the
    // quote; it signs nothing (it had read as a description, `came an hour later`).
    const phrase = isVerbLike(tokens[from] ?? tokens[qi]) && !isSpeechVerbAt(tokens, from) ? null : phraseAfter(tokens, from, false);
    if (!phrase) return null;
    // `Kral: Bank will do "whatever it takes" — transcript excerpts`: words in lower case with no noun for a person
    // among them say what the text is, and sign nothing (they had been the speaker, a description).
    const words = tokens.slice(phrase.from, phrase.to);
    if (words.every((t) => isWord(t) && !t.cap && !isPersonNoun(t.lower) && !isPersonNoun(t.lower.replace(/s$/, '')))) return null;
    // `– Ortiz said.`: a speech verb may follow the name.
    let rest = isSpeechVerbAt(tokens, phrase.to) ? phrase.to + 1 : phrase.to;
    const last = this.factsOf(s).lastContent;
    // `— Lupe Ortiz, 52, restaurant manager`: a vox pop's signature gives the age before the role (or alone).
    if (tokens[rest]?.text === ',' && /^\d{1,3}$/.test(tokens[rest + 1]?.text ?? '') && (rest + 1 >= last || tokens[rest + 2]?.text === ',')) rest += 2;
    // `— Rep. Ana Kral (R-Fla.)`, `— Sen. Ivo Peskar (Maine), on the bill`: a newsletter signs with the party tag.
    if (shortParenthesis(tokens, rest)) while (tokens[rest - 1].text !== ')') rest++;
    // `— Rufus Tamm, baker on the quay`: what a named voice does, in a few plain words, as a vox pop's label gives it.
    if (last >= rest && !isRoleAside(tokens, rest, last + 1) && !isCircumstanceAside(tokens, rest, last + 1) && !isPostSignatureTail(tokens, rest, last + 1) && !isBriefAside(tokens, phrase, rest, last + 1)) return null;
    return this.resolve(tokens, phrase, s);
  }

  /**
   * `## 'We will not back down': Kral`: a heading or headline that opens with a quote and ends, after a colon, with
   * nothing but a name, as British papers sign one (a dash does the same). Only on a line of its own with no stop at
   * its end: in a sentence, a colon after a quote goes on to something else (`"…": that was how Kral put it`); a verb
   * after the name (`'Not for sale': Kral digs in`) is a story's, which the rules for a headline's subject read.
   */
  private headingSignature(tokens: readonly Token[], qi: number, s: number): Resolution {
    const facts = this.factsOf(s);
    const sentence = this.p.sentences[s];
    const alone = this.p.sentences[s - 1]?.paragraph !== sentence.paragraph && this.p.sentences[s + 1]?.paragraph !== sentence.paragraph;
    if (!alone || facts.firstContent !== qi || /[.!?]\s*$/.test(this.p.text.slice(Math.max(sentence.start, sentence.end - 8), sentence.end))) return null;
    // `'…': an interview with Ana Kral`, `'…': Kral on the strike`: a guest the heading names after `interview with`
    // or a topic after the name are the same signature; only a person the text names in full signs so.
    const guest = guestAfter(tokens, qi + 2);
    const phrase = phraseAfter(tokens, guest ?? qi + 2, false);
    if (!phrase) return null;
    const topic = phrase.to < facts.lastContent && tokens[phrase.to].lower === 'on' && !tokens[phrase.to].cap;
    if (phrase.to <= facts.lastContent && !topic) return null;
    const found = this.resolve(tokens, phrase, s);
    if (!found || found === 'agency' || found.speaker.kind !== 'person') return null;
    return guest === null && !topic ? found : (this.registry.record(found.speaker.key)?.first ?? null) !== null ? found : null;
  }

  /**
   * `"…" (Ana Kral)`, `- "…" (Kral, Friday)`: a person's name in brackets right after the quote, ending the sentence,
   * signs it; only a person the texts know by a full name (a place or an outlet there is not a speaker).
   */
  private bracketSignature(tokens: readonly Token[], qi: number, s: number): Resolved | null {
    const phrase = phraseAfter(tokens, qi + 2, false);
    if (!phrase) return null;
    let close = phrase.to;
    while (close < tokens.length && close - phrase.to <= 6 && tokens[close].text !== ')' && tokens[close].kind !== 'quote') close++;
    if (tokens[close]?.text !== ')' || this.factsOf(s).lastContent > close) return null;
    if (close > phrase.to && !isRoleAside(tokens, phrase.to, close)) return null;
    const found = this.resolve(tokens, phrase, s);
    if (!found || found === 'agency' || found.speaker.kind !== 'person') return null;
    // Two capitalised words in brackets are as often an outlet (`(Harbor Gazette)`): only a person some text speaks of.
    const record = this.registry.record(found.speaker.key);
    return record && record.articles.size > 0 && record.first !== null ? found : null;
  }

  /**
   * `Pollsters agree – Ana Kral: "..."`: a name in full and a colon after a dash label the quote, whatever verb
   * stands before the dash.
   */
  protected dashLabel(tokens: readonly Token[], qi: number, s: number): Resolved | null {
    if (tokens[qi - 1]?.text !== ':') return null;
    let from = qi - 1;
    while (from > 0 && qi - 1 - from < 4 && isWord(tokens[from - 1]) && tokens[from - 1].cap) from--;
    const dash = tokens[from - 1];
    if (from === qi - 1 || !dash || dash.kind !== 'punct' || !DASHES.has(dash.text)) return null;
    const phrase = { from, to: qi - 1 };
    if (readNamePhrase(tokens, phrase).name.length < 2) return null;
    const found = this.resolve(tokens, phrase, s);
    return found && found !== 'agency' && found.speaker.kind === 'person' ? found : null;
  }
}
