// Who said each quotation of a text. The rules, in the order they are tried:
//   a term, name or title in quotes (`so-called "referendums"`, `"Donetsk People's Republic"`) has no speaker;
//   after the quote: `..." Putin said`, `..." said Andrii Yermak, head of ...`, `..." he said`;
//   a headline dash: `'are our citizens' - Putin`;
//   before the quote: `Biden said, "..."`, `Putin said: "..."`, `Mark told Jacob "..."`;
//   a partial quote in reported speech: `the Russian president said Moscow would use "all available means"`;
//   an attribution later in the sentence: `"I order ..." of the regions, Putin said in the decrees`;
//   `according to X`;
//   a quote that opens a sentence right after another speaker's quote continues it.
// Pronouns (`he said`) go to the nearest fitting person before them, roles (`the Russian leader`) to the
// person the texts give that role, descriptions (`the clown`) to the person the text is about.
import type { PreparedText } from '../text/prepareText';
import { DETERMINERS, NEWS_AGENCIES, ORGANISATION_WORDS, PERSONAL_PRONOUNS, RELAY_VERBS, TERM_MARKERS } from '../text/newsLexicon';
import { normalizePhrase, tokenizeWords } from '../text/normalizeText';
import type { Token } from '../text/sentenceTokens';
import { conjuncts, isPronoun, isSpeechVerbAt, isVerbLike, isWord, phraseAfter, phraseBefore, readNamePhrase, type Phrase } from './speakerPhrases';
import type { SpeakerRegistry } from './speakerRegistry';
import type { AttributionMethod, Speaker, TextSpan } from '../types';

export type Mention = TextSpan & { readonly text: string };

export interface Attribution {
  readonly speaker: Speaker | null;
  readonly mention: Mention | null;
  readonly method: AttributionMethod;
  readonly isTerm: boolean;
}

interface Resolved {
  readonly speaker: Speaker;
  readonly mention: Mention;
}

type Resolution = Resolved | 'agency' | null;

const INTRO_WORDS = new Set([
  'in', 'on', 'at', 'during', 'after', 'before', 'while', 'when', 'since', 'although', 'though', 'as', 'amid', 'despite',
  'following', 'according', 'asked', 'speaking', 'earlier', 'later', 'with', 'without', 'under', 'for', 'from', 'by',
  'if', 'unless', 'because', 'once', 'last', 'over', 'among', 'like', 'unlike', 'addressing', 'writing', 'responding',
]);
const LEADING_CONNECTIVES = new Set(['and', 'but', 'then', 'so', 'also', 'yet', 'meanwhile', 'still', 'now', 'later', 'instead']);
const SMALL_TITLE_WORDS = new Set(['of', 'the', 'and', 'a', 'an', 'for', 'in', 'on', 'to', 'de', 'la', 'del', 'at', 'with']);
const DASHES = new Set(['-', '\u2013', '\u2014']);
const MODALS = new Set(['would', 'will', 'could', 'can', 'should', 'must', 'might', 'may', 'was', 'is', 'were', 'are', 'had', 'has', 'have']);
/**
 * How far from its quote a rule looks for a speech verb, in tokens. Real sentences are far shorter; the bound keeps
 * a paragraph of thousands of quotes with no full stop (one "sentence") linear instead of quadratic.
 */
const REACH = 80;
/** How many speech verbs before a partial quote are tried for its speaker, nearest first. */
const PARTIAL_VERBS = 3;
/** How many quotes of one sentence a pronoun weighs as its antecedent (the nearest ones before it). */
const ANTECEDENT_QUOTES = 8;
const NONE: Attribution = { speaker: null, mention: null, method: 'none', isTerm: false };
const TERM: Attribution = { speaker: null, mention: null, method: 'none', isTerm: true };

function isRelayVerb(t: Token | undefined): boolean {
  return isWord(t) && RELAY_VERBS.has(t.lower);
}

function isGerund(t: Token): boolean {
  return /ing$/.test(t.lower);
}

/** What every quote of a sentence asks about it, read once per sentence. */
interface SentenceFacts {
  readonly tokens: readonly Token[];
  /** Token index of each quote of the sentence, by quote number. */
  readonly quoteToken: ReadonlyMap<number, number>;
  /** Index of the first token that is not punctuation (a quote at this index opens the sentence). */
  readonly firstContent: number;
  /** Index of the last token that is not punctuation. */
  readonly lastContent: number;
  /** Index of the first speech verb, or the token count when there is none. */
  readonly firstSpeechVerb: number;
  /** Index of the first `according to`, or -1. */
  readonly accordingTo: number;
}

class QuoteAttributor {
  private readonly results: Attribution[] = [];
  private readonly subjects = new Map<number, Resolved | null>();
  /** The quotes of each sentence, by index. */
  private readonly quotesOfSentence = new Map<number, number[]>();
  private readonly facts = new Map<number, SentenceFacts>();
  private readonly resolutions = new Map<string, Resolution>();
  /** Whether some attribution looked for its speaker before the start of the text (see attributeQuotesInContext). */
  wantedEarlierText = false;

  constructor(
    private readonly p: PreparedText,
    private readonly registry: SpeakerRegistry,
  ) {}

  run(): Attribution[] {
    this.p.quoteSentence.forEach((s, q) => {
      const list = this.quotesOfSentence.get(s);
      if (list) list.push(q);
      else this.quotesOfSentence.set(s, [q]);
    });
    for (let q = 0; q < this.p.quotes.length; q++) this.results.push(this.attribute(q));
    return this.results;
  }

  private factsOf(s: number): SentenceFacts {
    let facts = this.facts.get(s);
    if (facts) return facts;
    const tokens = this.p.tokensOf(s);
    const quoteToken = new Map<number, number>();
    let firstContent = tokens.length;
    let lastContent = -1;
    let firstSpeechVerb = tokens.length;
    let accordingTo = -1;
    tokens.forEach((t, k) => {
      if (t.kind === 'quote') quoteToken.set(t.quote, k);
      if (t.kind !== 'punct') {
        if (firstContent === tokens.length) firstContent = k;
        lastContent = k;
      }
      if (firstSpeechVerb === tokens.length && isSpeechVerbAt(tokens, k)) firstSpeechVerb = k;
      if (accordingTo < 0 && t.lower === 'according' && tokens[k + 1]?.lower === 'to') accordingTo = k;
    });
    facts = { tokens, quoteToken, firstContent, lastContent, firstSpeechVerb, accordingTo };
    this.facts.set(s, facts);
    return facts;
  }

  private attribute(q: number): Attribution {
    const s = this.p.quoteSentence[q];
    const facts = this.factsOf(s);
    const tokens = facts.tokens;
    const qi = facts.quoteToken.get(q) ?? -1;
    if (qi < 0) return NONE;
    if (this.isTerm(q, tokens, qi)) return TERM;
    const opensSentence = qi <= facts.firstContent;
    const after: Array<[AttributionMethod, () => Resolution]> = [
      ['after', () => this.after(tokens, qi, s)],
      ['dash', () => this.dash(tokens, qi, s)],
    ];
    const before: Array<[AttributionMethod, () => Resolution]> = [
      ['before', () => this.before(tokens, qi, s)],
      ['partial', () => this.partial(tokens, qi, s)],
    ];
    // A quote inside a clause whose speech verb comes first (`After Putin promised "...", Zelensky said`)
    // belongs to that verb's subject, whatever attribution follows it.
    const verbFirst = !opensSentence && facts.firstSpeechVerb < qi;
    const rules: Array<[AttributionMethod, () => Resolution]> = [
      ...(verbFirst ? [...before, ...after] : [...after, ...before]),
      ['after', () => (opensSentence ? this.later(tokens, qi, s) : null)],
      ['according-to', () => this.accordingTo(tokens, facts.accordingTo, s)],
    ];
    for (const [method, rule] of rules) {
      const found = rule();
      if (found && found !== 'agency') return { speaker: found.speaker, mention: found.mention, method, isTerm: false };
    }
    const continued = this.continuation(q, opensSentence, s);
    if (continued) return continued;
    const words = tokenizeWords(this.p.quotes[q].text).length;
    return { ...NONE, isTerm: words <= 4 && !opensSentence };
  }

  /** Quoted names, titles and terms: words used, not words said. */
  private isTerm(q: number, tokens: readonly Token[], qi: number): boolean {
    const quote = this.p.quotes[q];
    const before = tokens.slice(Math.max(0, qi - 3), qi).filter(isWord);
    if (before.some((t) => TERM_MARKERS.has(t.lower)) || (before.length >= 2 && before[before.length - 2].lower === 'known' && before[before.length - 1].lower === 'as')) return true;
    if (quote.text.length > 120) return false; // longer than any name or title
    const words = quote.text.match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}'\u2019-]*/gu) ?? [];
    if (words.length === 0) return true;
    if (!/[\p{Lu}\p{Ll}]/u.test(quote.text)) return false; // a script without capitals: no name test
    if (words.length > 7 || /[.!?,;:]\s*$/.test(quote.text.trim())) return false;
    const significant = words.filter((w, i) => i === 0 || !SMALL_TITLE_WORDS.has(w.toLowerCase()));
    return significant.length > 0 && significant.every((w) => /^[\p{Lu}\p{N}]/u.test(w));
  }

  /** `..." Putin said`, `..." said Andrii Yermak`, `..." he said`, `..." Richmond police said in a release`. */
  private after(tokens: readonly Token[], qi: number, s: number): Resolution {
    let i = qi + 1;
    if (tokens[i]?.kind === 'punct' && (tokens[i].text === ',' || DASHES.has(tokens[i].text))) i++;
    if (i >= tokens.length) return null;
    if (isSpeechVerbAt(tokens, i)) {
      const phrase = phraseAfter(tokens, i + 1, false);
      // `," said Putin.`, not `, said Ukraine would...` (there the verb's subject came before the quote).
      const next = phrase ? tokens[phrase.to] : undefined;
      if (!phrase || (isWord(next) && (isVerbLike(next) || MODALS.has(next.lower)))) return null;
      return this.resolve(tokens, phrase, s);
    }
    const start = tokens[i];
    if (!isWord(start) || !(start.cap || isPronoun(start) || DETERMINERS.has(start.lower) || !/\p{Ll}/u.test(start.text))) return null;
    const phrase = phraseAfter(tokens, i, true);
    if (!phrase) return null;
    let k = phrase.to;
    while (k < tokens.length && isWord(tokens[k]) && !isSpeechVerbAt(tokens, k) && k - phrase.to < 3 && /^(has|have|had|also|later|then|again|once|simply|flatly|quickly|immediately|reportedly)$/.test(tokens[k].lower)) k++;
    if (isRelayVerb(tokens[k])) return 'agency';
    if (!isSpeechVerbAt(tokens, k)) return null;
    // `Asked about "...", Zelensky said Ukraine would fight on`: a quote in an opening clause, and a verb whose
    // words follow it (a name, `that`, `the`...), not this quote.
    const next = tokens[k + 1];
    const opensSentence = qi <= this.factsOf(s).firstContent;
    if (!opensSentence && isWord(next) && (next.cap || next.lower === 'that' || DETERMINERS.has(next.lower) || isPronoun(next))) return null;
    return this.resolve(tokens, phrase, s);
  }

  /** A headline's `'are our citizens' - Putin`. */
  private dash(tokens: readonly Token[], qi: number, s: number): Resolution {
    const dash = tokens[qi + 1];
    if (!dash || dash.kind !== 'punct' || !DASHES.has(dash.text)) return null;
    const phrase = phraseAfter(tokens, qi + 2, false);
    if (!phrase || this.factsOf(s).lastContent >= phrase.to) return null;
    return this.resolve(tokens, phrase, s);
  }

  /** `Biden said, "..."`, `Putin said: "..."`, `Mark told Jacob "..."`, `by stating, "..."`. */
  private before(tokens: readonly Token[], qi: number, s: number): Resolution {
    let i = qi - 1;
    while (i >= 0 && tokens[i].kind === 'punct' && [',', ':', '\u2014', '\u2013', '-'].includes(tokens[i].text)) i--;
    let v = -1;
    for (let k = i; k >= 0 && k >= i - 5; k--) {
      if (tokens[k].kind !== 'word') break;
      if (isSpeechVerbAt(tokens, k)) {
        v = k;
        break;
      }
    }
    if (v < 0 || isRelayVerb(tokens[v])) return null;
    return this.subjectOf(tokens, v, s, qi);
  }

  /** The speaker of a speech verb at `v`: before it, or after it (`said Putin:`), or the sentence's subject. */
  private subjectOf(tokens: readonly Token[], v: number, s: number, quoteAt: number): Resolution {
    const verb = tokens[v];
    const subject = phraseBefore(tokens, v);
    if (subject) {
      const named = subject.to - subject.from >= 1 && tokens.slice(subject.from, subject.to).some((t) => t.cap || isPronoun(t));
      if (!isGerund(verb) || named) {
        const resolved = this.resolve(tokens, subject, s);
        if (resolved) return resolved;
      }
    } else if (quoteAt > v + 1) {
      // `وقال لقمان "..."`, `said Putin: "..."`: the speaker after the verb, right before the quote.
      const after = phraseAfter(tokens, v + 1, false);
      const adjacent = after && after.to <= quoteAt && tokens.slice(after.to, quoteAt).every((t) => t.kind === 'punct');
      if (after && adjacent && tokens.slice(after.from, after.to).every((t) => t.cap || !/\p{Ll}/u.test(t.text))) {
        const resolved = this.resolve(tokens, after, s);
        if (resolved) return resolved;
      }
    }
    const left = tokens[v - 1];
    const coordinated = !subject && (left === undefined || left.kind === 'punct' || ['and', 'but', 'by', 'while', 'before', 'after', 'also'].includes(left.lower));
    if (!isGerund(verb) && !coordinated) return null;
    // The sentence's subject speaks through a participle only from before the quote: in
    // `Asked about Putin's "all available means", Zelensky said...` the quote is not Zelensky's.
    const main = this.sentenceSubject(s);
    return main && main.mention.start < tokens[quoteAt].start ? main : null;
  }

  /** `the Russian president said Moscow would use "all available means"`: the nearest speech verb before. */
  private partial(tokens: readonly Token[], qi: number, s: number): Resolution {
    let verbs = 0;
    for (let k = qi - 1; k >= 0 && k >= qi - REACH && verbs < PARTIAL_VERBS; k--) {
      if (!isSpeechVerbAt(tokens, k)) continue;
      if (isRelayVerb(tokens[k])) return null;
      verbs++;
      const found = this.subjectOf(tokens, k, s, qi);
      if (found) return found;
    }
    return null;
  }

  /** `"I order ..." of the regions, Putin said in the decrees.` */
  private later(tokens: readonly Token[], qi: number, s: number): Resolution {
    for (let k = qi + 1; k < tokens.length && k <= qi + REACH; k++) {
      if (!isSpeechVerbAt(tokens, k) || isRelayVerb(tokens[k])) continue;
      const subject = phraseBefore(tokens, k, qi + 1);
      if (subject) return this.resolve(tokens, subject, s);
      const after = phraseAfter(tokens, k + 1, false);
      if (after) return this.resolve(tokens, after, s);
      return null;
    }
    return null;
  }

  private accordingTo(tokens: readonly Token[], at: number, s: number): Resolution {
    if (at < 0) return null;
    const phrase = phraseAfter(tokens, at + 2, false);
    return phrase ? this.resolve(tokens, phrase, s) : null;
  }

  /** A quote opening the sentence right after a sentence with another quote goes on in that speaker's voice. */
  private continuation(q: number, opensSentence: boolean, s: number): Attribution | null {
    if (!opensSentence) return null;
    if (q === 0) {
      if (s === 0) this.wantedEarlierText = true; // a quote opening the text may continue one before it
      return null;
    }
    const previous = this.results[q - 1];
    const ps = this.p.quoteSentence[q - 1];
    if (!previous?.speaker || (ps !== s && ps !== s - 1)) return null;
    if (this.p.sentences[s].paragraph - this.p.sentences[ps].paragraph > 1) return null;
    return { speaker: previous.speaker, mention: previous.mention, method: 'continuation', isTerm: false };
  }

  private sentenceSubject(s: number): Resolved | null {
    if (this.subjects.has(s)) return this.subjects.get(s)!;
    this.subjects.set(s, null);
    const tokens = this.p.tokensOf(s);
    let i = 0;
    while (i < tokens.length && (tokens[i].kind !== 'word')) i++;
    if (isWord(tokens[i]) && INTRO_WORDS.has(tokens[i].lower)) {
      const comma = tokens.findIndex((t, k) => k > i && t.text === ',');
      if (comma < 0 || comma - i > 25) return null;
      i = comma + 1;
    }
    while (isWord(tokens[i]) && LEADING_CONNECTIVES.has(tokens[i].lower)) i++;
    const phrase = phraseAfter(tokens, i, true);
    const resolved = phrase ? this.resolve(tokens, phrase, s) : null;
    const subject = resolved && resolved !== 'agency' ? resolved : null;
    this.subjects.set(s, subject);
    return subject;
  }

  private mentionOf(tokens: readonly Token[], phrase: Phrase): Mention {
    const start = tokens[phrase.from].start;
    const end = tokens[phrase.to - 1].end;
    return { start, end, text: this.p.text.slice(start, end) };
  }

  /**
   * Who a phrase names. A phrase is resolved once: every quote that reaches the same `he said` gets the same answer,
   * the registry counts the mention once, and a paragraph of many quotes costs one resolution per phrase.
   */
  private resolve(tokens: readonly Token[], phrase: Phrase, s: number): Resolution {
    const key = `${s}:${phrase.from}:${phrase.to}`;
    if (this.resolutions.has(key)) return this.resolutions.get(key)!;
    const resolution = this.resolveOnce(tokens, phrase, s);
    this.resolutions.set(key, resolution);
    return resolution;
  }

  private resolveOnce(tokens: readonly Token[], phrase: Phrase, s: number): Resolution {
    const mention = this.mentionOf(tokens, phrase);
    const parts = conjuncts(tokens, phrase);
    const resolved: Resolved[] = [];
    let agencies = 0;
    for (const part of parts) {
      const r = this.resolvePart(tokens, part, s);
      if (r === 'agency') agencies++;
      else if (r) resolved.push(r);
    }
    if (agencies === parts.length) return 'agency';
    if (resolved.length === 0) return null;
    if (resolved.length === 1) return parts.length === 1 ? resolved[0] : { speaker: resolved[0].speaker, mention };
    const named = resolved.filter((r) => r.speaker.kind !== 'description');
    if (named.length === 1) return { speaker: named[0].speaker, mention };
    const group = named.length > 1 ? named : resolved;
    const members = [...new Set(group.map((r) => r.speaker.key))];
    if (members.length === 1) return { speaker: group[0].speaker, mention };
    const speaker: Speaker = {
      key: members.join(' & '),
      name: group.map((r) => r.speaker.name).join(' and '),
      kind: group.every((r) => r.speaker.kind === 'person') ? 'person' : 'organisation',
      members,
    };
    return { speaker, mention };
  }

  private description(mention: Mention): Resolved {
    const record = this.registry.addDescription(mention.text, this.p.id);
    return { speaker: this.registry.toSpeaker(record), mention };
  }

  private resolvePart(tokens: readonly Token[], part: Phrase, s: number): Resolution {
    const mention = this.mentionOf(tokens, part);
    const first = tokens[part.from];
    if (part.to - part.from === 1 && isPronoun(first)) {
      const kind = PERSONAL_PRONOUNS.get(first.lower);
      if (kind === 'self') return null;
      const found = this.antecedent(s, first.start, kind === 'plural' ? 'plural' : kind ?? null);
      return found ? { speaker: found.speaker, mention } : null;
    }
    const np = readNamePhrase(tokens, part);
    const bare = normalizePhrase(mention.text).replace(/^the /, '');
    if (NEWS_AGENCIES.has(bare) || NEWS_AGENCIES.has(normalizePhrase(np.name.map((t) => t.text).join(' ')))) return 'agency';
    if (np.groupOf) {
      const record = this.registry.addOrganisation(np.groupOf.map((t) => t.text), this.p.id);
      return { speaker: this.registry.toSpeaker(record), mention };
    }
    if (np.name.length > 0) {
      const words = np.name.map((t) => t.text);
      const known = this.registry.lookupName(words, this.p.id);
      const record = known ?? (np.isOrganisation ? this.registry.addOrganisation(words, this.p.id) : this.registry.addPerson(words, this.p.id));
      if (!known && np.title.length) this.registry.addRole(record, np.title.map((t) => t.text));
      return { speaker: this.registry.toSpeaker(record), mention };
    }
    const words = np.all.filter((t) => t !== np.determiner);
    if (words.length === 0) return null;
    if (np.isOrganisation) {
      const record = this.registry.addOrganisation(words.map((t) => t.text), this.p.id);
      return { speaker: this.registry.toSpeaker(record), mention };
    }
    if (np.title.length) {
      const record = this.registry.lookupRole(np.title.map((t) => t.text), this.p.id);
      if (record) return { speaker: this.registry.toSpeaker(record), mention };
    }
    const det = np.determiner?.lower ?? null;
    const head = words[words.length - 1];
    if (det === 'the' || det === 'this' || det === 'that') {
      if (!ORGANISATION_WORDS.has(head.lower) && !/s$/.test(head.lower)) {
        const found = this.antecedent(s, mention.start, null);
        if (found && found.speaker.kind === 'person') return { speaker: found.speaker, mention };
      }
      return this.description(mention);
    }
    if (det === 'his' || det === 'her') {
      const owner = this.antecedent(s, mention.start, det === 'his' ? 'male' : 'female');
      if (owner && owner.speaker.kind !== 'description') {
        const text = `${owner.speaker.name}'s ${words.map((t) => t.text).join(' ')}`;
        return this.description({ ...mention, text });
      }
    }
    if (!np.determiner && words.every((t) => !t.cap) && words.length === 1) return null;
    return this.description(mention);
  }

  /** The nearest person (or group, for `they`) before `offset` that a pronoun can stand for. */
  private antecedent(s: number, offset: number, want: 'male' | 'female' | 'plural' | null): Resolved | null {
    const paragraph = this.p.sentences[s].paragraph;
    let k = s;
    for (; k >= 0 && s - k <= 8; k--) {
      if (paragraph - this.p.sentences[k].paragraph > 2) return null;
      const candidates: Array<{ at: number; found: Resolved }> = [];
      const subject = this.sentenceSubject(k);
      if (subject && subject.mention.start < offset) candidates.push({ at: subject.mention.start, found: subject });
      const quotes = this.quotesOfSentence.get(k) ?? [];
      // The last quote of the sentence that opens before `offset` (quotes are in text order).
      let lo = 0;
      let hi = quotes.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (this.p.quotes[quotes[mid]].start < offset) lo = mid + 1;
        else hi = mid;
      }
      const last = lo - 1;
      for (let n = last; n >= 0 && last - n < ANTECEDENT_QUOTES; n--) {
        const q = quotes[n];
        const r = this.results[q];
        if (r?.speaker && r.mention) candidates.push({ at: this.p.quotes[q].start, found: { speaker: r.speaker, mention: r.mention } });
      }
      candidates.sort((a, b) => b.at - a.at);
      for (const { found } of candidates) if (this.fits(found.speaker, want)) return found;
    }
    // Ran out of text before running out of reach: text before this one could have named the speaker.
    if (k < 0) this.wantedEarlierText = true;
    return null;
  }

  private fits(speaker: Speaker, want: 'male' | 'female' | 'plural' | null): boolean {
    if (want === 'plural') return speaker.kind === 'organisation' || (speaker.members?.length ?? 0) > 1;
    if (speaker.members || speaker.kind === 'organisation') return false;
    if (!want) return true;
    const record = this.registry.record(speaker.key);
    const gender = record ? this.registry.gender(record) : null;
    return gender === null || gender === want;
  }
}

/** Attributes every quote of a prepared text; the registry must already know the text's names. */
export function attributeQuotes(prepared: PreparedText, registry: SpeakerRegistry): Attribution[] {
  return new QuoteAttributor(prepared, registry).run();
}

/**
 * Attributes the quotes of a text that is part of a longer one, and says whether the text before it could
 * have changed the answer (a pronoun, a description or a continued quote that found nothing in this text).
 */
export function attributeQuotesInContext(prepared: PreparedText, registry: SpeakerRegistry): { attributions: Attribution[]; wantedEarlierText: boolean } {
  const attributor = new QuoteAttributor(prepared, registry);
  const attributions = attributor.run();
  return { attributions, wantedEarlierText: attributor.wantedEarlierText };
}
