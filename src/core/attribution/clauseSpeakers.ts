// Speakers a sentence gives without a speech verb next to the quote: an attribution that closes the sentence
// (`..., Comey has said.`), the owner of a noun of speech (`Trump's claim that...`), and the subject of the clause
// a quote stands in (`Cruz blamed the law on "knuckleheaded politicians."`).
import { frontedSubjectStart } from './frontedParticiples';
import { othersWordsInFrontedClause } from './frontedClauseQuotes';
import { isCatchPhrase, namedOwnerAfter, verbGroups } from './speechNounOwners';
import { tokenizeWords } from '../text/normalizeText';
import { COPULAS, DETERMINERS, OBJECT_SPEECH_VERBS, SPEECH_VERBS } from '../text/newsLexicon';
import type { Token } from '../text/sentenceTokens';
import { ContinuedQuotes } from './continuedQuotes';
import { phraseAfter, phraseBefore } from './speakerPhrases';
import { namesSomeone, readNamePhrase } from './namePhrases';
import { skipAppositive } from './appositives';
import { FREE_RELATIVES, isBarePluralSubject } from './pluralClauseSubjects';
import { describedNounAt, isAdverb, isGerund, isNameWord, isPronoun, isRelayVerb, isSpeechVerbAt, isVerbLike, isWord } from './tokenClasses';
import { PASSIVE_AUXILIARIES, REACH, type Resolution, type Resolved } from './resolvedSpeakers';
import { opensTimePhrase } from './timePhrases';
import { modifierInNarration, scareQuoteInNarration } from './scareQuotes';
import { textFindingBefore } from './documentClauses';
import { receivedTextBefore, toldInPassiveBefore } from './receivedTexts';
import { reducedRelativeAt, saysPastReducedClause } from './reducedClauses';
import { perceivedSpeaker } from './perceptionVerbs';
import { ownerInSentence, possessiveSayingBefore, SPEECH_NOUNS } from './possessiveSayings';
import { OWNED_TEXTS, ownerOfOpeningText, ownerOfTextBeforeColon, presentedBeforeColon } from './colonIntroductions';
import { namerBeforeColon } from './namingWords';

/** How many tokens before a sentence's end an inverted closing attribution may stand (its appositive runs on). */
const TRAILING_REACH = 20;
/** How many tokens a clause's subject may stand before the quote it speaks (see clauseSubject). */
const SUBJECT_REACH = 200;
/** Auxiliaries between a subject and its verb (`has long`, `would`). */
const BETWEEN_VERB = new Set(['has', 'have', 'had', 'will', 'would', 'could', 'should', 'may', 'might', 'must', 'can', 'did', 'does', 'do', 'also', 'not', 'never', 'then', 'later', 'again', 'still', 'just', 'even']);
/** Words that open a clause with a subject of its own: contrast, relative and time clauses. */
const CLAUSE_OPENERS = new Set(['while', 'whereas', 'but', 'and', 'which', 'who', 'whom', 'when', 'where', 'after', 'before', 'as', 'though', 'although', ';', '\u2014', '\u2013']);
/** Adverbs that join a clause of its own after a comma (`..., hence Cyrus will see`), its subject another. */
const CONNECTIVES = new Set(['so', 'hence', 'thus', 'therefore', 'yet']);

/** Words of a time after a closing verb (`told the agency on Friday`), which the verb test takes for words between a subject and its verb. */
/** Relative pronouns that open a clause describing someone or something the predicate names. */
const RELATIVES = new Set(['who', 'whose', 'which']);
const TIME_WORDS = new Set(['on', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'tonight', 'earlier', 'later']);
/** Words that open a clause before a sentence's main one (`If "...," Kral said.`). */
const OPENING_SUBORDINATORS = new Set(['if', 'since', 'because', 'once', 'until', 'unless', 'whether', 'despite', 'asked', 'told']);

/** A verb with a subject of its own (`Trump refers`, `he proposed`): no participle, no infinitive. */
function isFiniteVerb(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!isWord(t) || t.cap || isGerund(t) || tokens[k - 1]?.lower === 'to') return false;
  // `she hit back:`: a verb of saying right after its subject, whatever its form.
  const subject = tokens[k - 1]?.cap === true || isPronoun(tokens[k - 1]);
  return isVerbLike(t) || (/(?:[^s]s|ed)$/.test(t.lower) && subject) || (subject && isSpeechVerbAt(tokens, k));
}

/** The rules that read a quote's speaker from the build of its sentence rather than a speech verb beside it. */
export abstract class ClauseSpeakers extends ContinuedQuotes {
  /** No speaker, and no later rule may give one (PartialQuotes). */
  protected abstract withhold(): null;

  /**
   * `The FBI made a "mistake" in the check, Comey has said.`: an attribution that closes the sentence after a comma
   * gives it all, when nothing but the time or place of the words follows the verb.
   */
  protected trailing(tokens: readonly Token[], qi: number, s: number): Resolution {
    const last = this.factsOf(s).lastContent;
    // An inverted verb may stand before a long appositive (`, said Ana Ruiz, an expert at the port.`); any other
    // closing verb stands among the last few words.
    for (let k = last; k > qi && k >= last - TRAILING_REACH; k--) {
      if (tokens[k].kind === 'quote') return null;
      if (!isSpeechVerbAt(tokens, k)) continue;
      if (isRelayVerb(tokens[k])) return 'agency';
      if (isGerund(tokens[k])) return null;
      // `..., said Ohio State professor Paul Beck.`: the speaker after the verb, and nothing after them but an appositive.
      if (tokens[k - 1]?.text === ',' && !OBJECT_SPEECH_VERBS.has(tokens[k].lower)) return this.invertedClosing(tokens, k, last, s);
      // Far from the end only as an aside set off by commas (`The decision came, Kral says, on a long ride home from a
      // loss in May.`): the time and place after it run on, and the check below keeps out any clause of their own.
      if (k < last - 8 && tokens[k + 1]?.text !== ',') return null;
      // Only whom they told and when (`told the agency on Friday`): no clause, no words of their own.
      if (tokens.slice(k + 1, last + 1).some((t) => t.kind === 'quote' || (isWord(t) && (t.lower === 'that' || (isVerbLike(t) && !TIME_WORDS.has(t.lower)))))) return null;
      const subject = phraseBefore(tokens, k, qi + 1);
      if (!subject || (tokens[subject.from - 1]?.text !== ',' && !(subject.from === qi + 1 && this.predicateQuote(tokens, qi, s)))) return null;
      return this.resolve(tokens, subject, s);
    }
    return null;
  }

  /**
   * `The votes "have no legal force," Peskov told the agency.`: a quote that closes its utterance inside the marks
   * (`,"`, `?"`, `!"`) right after nothing but the noun phrase it speaks of, so that the attribution after it has no
   * other words to give. Never after a verb or a clause before the quote (`Asked about "...," Kral told ...`).
   */
  private predicateQuote(tokens: readonly Token[], qi: number, s: number): boolean {
    if (!/[,?!]\s*$/.test(this.p.quotes[tokens[qi].quote]?.text ?? '')) return false;
    const before = tokens.slice(this.factsOf(s).firstContent, qi);
    // `Asked about`, `Speaking of`: an opening participle is a verb however it is written.
    const opening = before[0];
    if (!isWord(opening) || /^[a-z]{3,}(?:ed|ing)$/.test(opening.lower)) return false;
    return before.every((t) => isWord(t) && !SPEECH_VERBS.has(t.lower) && !CLAUSE_OPENERS.has(t.lower) && !OPENING_SUBORDINATORS.has(t.lower) && !(!t.cap && (isVerbLike(t) || isGerund(t))));
  }

  /**
   * `"...," it added.`, `It said, "..."`: the organisation the sentences before have speak or act (`The Kremlin said in
   * a statement ...`) in its sentence or the one before. `it` never stands for a person, and a thing (`the statement`)
   * is no speaker, so both are passed over; with no organisation there, no speaker.
   */
  protected organisationBehindIt(tokens: readonly Token[], at: number, s: number): Resolved | null {
    const it = tokens[at];
    const verb = tokens[at + 1];
    if (!isWord(it) || it.lower !== 'it' || !isWord(verb) || verb.cap || !SPEECH_VERBS.has(verb.lower) || isGerund(verb) || isRelayVerb(verb)) return null;
    const found = this.antecedent(s, it.start, 'organisation');
    // Only from its own sentence or the one before: further back, `it` has had other things to mean.
    if (!found || found.mention.start < this.p.sentences[Math.max(0, s - 1)].start) return null;
    return { speaker: found.speaker, mention: { start: it.start, end: it.end, text: it.text } };
  }

  /** Made on first use (see SpeakerResolver's memos). */
  private closingSpeakers: Map<number, Resolved | null> | null = null;

  /**
   * `The plan is late, said Ana Kral, a port official.`, `..., Kral said.`: who closes a sentence of reported words
   * with no quote, someone a later `she said` may mean as much as the sentence's subject.
   */
  protected closingSpeaker(s: number): Resolved | null {
    const closing = (this.closingSpeakers ??= new Map());
    let found = closing.get(s);
    if (found !== undefined) return found;
    closing.set(s, null); // resolving the speaker may ask again (a pronoun): no answer meanwhile
    const facts = this.factsOf(s);
    const resolution = facts.quoteToken.size > 0 ? null : this.trailing(facts.tokens, facts.firstContent, s);
    found = resolution && resolution !== 'agency' && resolution.speaker.kind === 'person' ? resolution : null;
    closing.set(s, found);
    return found;
  }

  /**
   * `, said Ivo Kral.`, `, said Ana Ruiz, an expert at the port.`, `, said the board's director, Ivo Kral, on Monday.`:
   * the speaker after a closing inverted verb, then an appositive or the time and place running to the sentence's end.
   */
  private invertedClosing(tokens: readonly Token[], k: number, last: number, s: number): Resolution {
    const after = phraseAfter(tokens, k + 1, false);
    if (!after) return null;
    if (skipAppositive(tokens, after.to) > last) return namesSomeone(tokens, after) ? this.resolve(tokens, after, s) : null;
    if (tokens[after.to]?.text !== ',') return after.to > last && namesSomeone(tokens, after) ? this.resolve(tokens, after, s) : null;
    // Whatever follows the comma says no more words and opens no clause of its own; but a relative clause inside an
    // appositive, or one set off right after the name, describes the speaker (`, said Wilcox, an Orlando Republican who
    // founded a firm.`, `, said Wilcox, who founded a firm.`).
    const rest = tokens.slice(after.to + 1, last + 1);
    const described = isWord(rest[0]) && ['a', 'an', 'the', 'who'].includes(rest[0].lower);
    if (rest.some((t, i) => t.kind === 'quote' || (isWord(t) && (((t.lower === 'that' || t.lower === 'who' || t.lower === 'which') && !described) || isSpeechVerbAt(tokens, after.to + 1 + i))))) return null;
    if (namesSomeone(tokens, after)) return this.resolve(tokens, after, s);
    // `the board's director, Ivo Kral,`: the name the role goes on to.
    const named = phraseAfter(tokens, after.to + 1, false);
    const closed = named && (named.to > last || tokens[named.to]?.text === ',');
    return named && closed && namesSomeone(tokens, named) && readNamePhrase(tokens, named).name.length >= 2 ? this.resolve(tokens, named, s) : null;
  }

  /**
   * `From Kral's Facebook post: "..."`, `Here's Kral in March: "..."`: the owner of the text a colon introduces, or the
   * person the sentence presents before it (colonIntroductions.ts).
   */
  protected colonIntroduction(tokens: readonly Token[], qi: number, s: number): Resolution {
    const first = this.factsOf(s).firstContent;
    const phrase = ownerOfTextBeforeColon(tokens, qi - 1) ?? presentedBeforeColon(tokens, first, qi - 1) ?? ownerOfOpeningText(tokens, first, qi - 1) ?? namerBeforeColon(tokens, first, qi - 1);
    if (!phrase) return null;
    // `Her pitch: "…"`: the pronoun stands for the person it means before it.
    const owner = tokens[phrase.from].lower;
    if (phrase.to - phrase.from === 1 && (owner === 'his' || owner === 'her')) return this.antecedent(s, tokens[phrase.from].start, owner === 'his' ? 'male' : 'female');
    return this.resolve(tokens, phrase, s);
  }

  /**
   * `Trump's claim that Obama "founded ISIS"`, `Trump's pledge to be "neutral"`: words said by the owner of the
   * noun of speech they stand in.
   */
  protected ownerOfWords(tokens: readonly Token[], qi: number, s: number): Resolution {
    const possessive = possessiveSayingBefore(tokens, qi, SPEECH_NOUNS);
    if (possessive) return this.possessiveOwner(tokens, possessive.at, possessive.want, s);
    for (let k = qi - 1; k >= 0 && k >= qi - 12; k--) {
      const t = tokens[k];
      if (t.kind === 'quote' || (t.kind === 'punct' && t.text !== ',' && t.text !== '-')) return null;
      // `downplayed Ryan's comments, saying they were "..."`: a speech verb between opens its own clause.
      if (isSpeechVerbAt(tokens, k)) return null;
      if (!isWord(t) || !(SPEECH_NOUNS.has(t.lower) || isCatchPhrase(tokens, k))) continue;
      // `played down Kral's remarks as "just campaign talk"`: what follows `as` is the subject's word for the saying,
      // not the saying (`Kral's description of them as "…"` has the owner's, past `of`).
      if (tokens[k + 1]?.lower === 'as' && k + 2 === qi) return null;
      // `Kral's claim that the vote was rigged is "baseless"`: a verb after the saying's own says something of it
      // (`Kral's claim is that it was "..."` states the saying: its copula counts for none).
      const stated = COPULAS.has(tokens[k + 1]?.lower ?? '') && tokens[k + 2]?.lower === 'that' ? 2 : 0;
      if (verbGroups(tokens.slice(k + 1 + stated, qi)) > 1) return null;
      // `the contention of Governor Hal Brooks that ...`, `claims by Ivo Marsh that ...` (speechNounOwners.ts).
      const named = namedOwnerAfter(tokens, k, qi);
      if (named) return this.resolve(tokens, named, s);
      let o = isCatchPhrase(tokens, k) ? k - 2 : k - 1;
      while (o >= 0 && isWord(tokens[o]) && !tokens[o].possessive && !tokens[o].cap && o >= k - 3) o--; // `Trump's controversial pledge`
      const owner = tokens[o];
      if (!isWord(owner) || !owner.possessive || !owner.cap) return null;
      // The owner's name: the capitalised words that end in the possessive (`Donald Trump's`).
      let from = o;
      while (from > 0 && from > o - 4 && isNameWord(tokens[from - 1]) && !tokens[from - 1].possessive) from--;
      return this.resolve(tokens, { from, to: o + 1 }, s);
    }
    return null;
  }

  /**
   * `Critics seized on her remark that "…"`: the person `his` or `her` at `at` means (possessiveSayings.ts), named
   * before it in the sentence, or, when the sentence names no one before it (`She drew fire over her claim that`),
   * the person a `he` or `she` there would mean; no one's when someone else there may be meant.
   */
  private possessiveOwner(tokens: readonly Token[], at: number, want: 'male' | 'female', s: number): Resolution {
    const here = ownerInSentence(tokens, at, want, this.registry, this.p.id);
    // `Kral praised her deputy for his promise to "…"`: words someone else may own are not the subject's either.
    if (here === 'stop') return this.withhold();
    if (here === 'subject') return null;
    if (here !== 'none') {
      const start = tokens[here.from].start;
      const end = tokens[here.to - 1].end;
      return { speaker: this.registry.toSpeaker(here.record), mention: { start, end, text: this.p.text.slice(start, end) } };
    }
    // Only someone the texts show to be of the pronoun's sex: one of no known sex may be a capital misread (a headline).
    const found = this.antecedent(s, tokens[at].start, want);
    const record = found?.speaker.kind === 'person' ? this.registry.record(found.speaker.key) : undefined;
    return found && record && this.registry.gender(record) === want ? found : null;
  }

  /** `Reading the letter that called him "…," Ruiz frowned.`: words of the opening clause's object (frontedClauseQuotes.ts). */
  protected othersInFrontedClause(tokens: readonly Token[], qi: number, s: number): boolean {
    return othersWordsInFrontedClause(tokens, this.factsOf(s).firstContent, qi, this.p.quotes[tokens[qi].quote].text);
  }

  /**
   * Whether the sentence's own subject stands between the token at `k` and the one at `v` (`During a march that
   * Ostrava called "a circus", Ivo Kral spoke for an hour, accusing its owners of "greed"`): a participle after the main clause goes on
   * from that subject, and a verb of saying before it belongs to an opening clause, with a speaker of its own.
   */
  protected mainSubjectBetween(tokens: readonly Token[], s: number, k: number, v: number): boolean {
    const main = this.sentenceSubject(s);
    return main !== null && main.mention.start > tokens[k].end && main.mention.end <= tokens[v].start;
  }

  /**
   * `Cruz blamed the law on "knuckleheaded politicians."`, `Rubio bemoaned a climate in which people "literally hate
   * each other."`: a quote in the predicate of a sentence whose subject is named speaks for that subject, whatever
   * the verb, unless the predicate only says what the subject is (`Reyes is "a fraud"`) or what was done to it
   * (`Reyes was called "a fraud"`).
   */
  protected clauseSubject(tokens: readonly Token[], qi: number, s: number): Resolution {
    // `cats are "cuties"`, `what they see as a "land-grab"`: a word or two that names or labels a thing, with no verb
    // of speech, is a term of the writer's.
    if (tokenizeWords(this.p.quotes[tokens[qi].quote].text).length <= 3) {
      const near = tokens.slice(Math.max(0, qi - 3), qi).filter(isWord);
      // `defended the remark as being "sarcastic"` labels as `as` alone does: the subject's word, unless seen as.
      if (near.some((t, i) => (COPULAS.has(t.lower) && !(t.lower === 'being' && near[i - 1]?.lower === 'as')) || (t.lower === 'as' && i > 0 && /^(?:see|sees|saw|seen|view|views|viewed|regard|regards|regarded)$/.test(near[i - 1].lower)))) return null;
    }
    if (this.othersInFrontedClause(tokens, qi, s)) return this.withhold(); // `Citing the auditor's "…," Brook asked`
    // `Calling it "a disaster," Hale asked...`: the main clause's subject says the opening participle's words (frontedParticiples.ts).
    const fronted = frontedSubjectStart(tokens, this.factsOf(s).firstContent, qi, this.p.quotes[tokens[qi].quote].text);
    const main = fronted >= 0 ? phraseAfter(tokens, fronted, true) : null;
    if (main) {
      const resolved = isVerbLike(tokens[main.to]) && namesSomeone(tokens, main) ? this.resolve(tokens, main, s) : null;
      return resolved && resolved !== 'agency' && resolved.speaker.kind !== 'organisation' ? resolved : null;
    }
    const subject = this.sentenceSubject(s);
    if (!subject || subject.mention.end > tokens[qi].start) return null;
    const from = tokens.findIndex((t) => t.start >= subject.mention.end);
    // A subject this far before the quote is no reading of one sentence a writer builds; it also keeps a sentence of
    // thousands of quotes linear, each read past the words between it and the subject.
    if (from < 0 || from >= qi || qi - from > SUBJECT_REACH) return null;
    // `Varnia absorbed the peninsula after a hastily arranged "referendum"`: the writer's word, not the subject's.
    if (scareQuoteInNarration(this.p.quotes[tokens[qi].quote].text, tokens, qi, from)) return null;
    // `Kral published a "sponsored" article`: a word labelling the noun after it is the writer's too.
    if (modifierInNarration(this.p.quotes[tokens[qi].quote].text, tokens, qi, from)) return null;
    // `Kral cited a study that found the dam "unsafe"`: the study's finding, which the subject only cites.
    if (textFindingBefore(tokens, from, qi)) return this.withhold();
    // `She showed a text from her mother: "…"`: a text the subject holds or passes on (receivedTexts.ts).
    if (receivedTextBefore(tokens, from, qi) || toldInPassiveBefore(tokens, from, qi)) return this.withhold(); // `The coroner was told: "…"`: words heard
    // `Kral studied under Varga; Varga's rule was, "..."`: a semicolon opens a clause with a subject of its own.
    if (tokens.slice(from, qi).some((t) => t.text === ';')) return null;
    if (saysPastReducedClause(tokens, tokens.findIndex((t) => t.start >= subject.mention.start), from, qi)) return null;
    // `The crowd heard Peskar call the ferry "…"`: the object of a verb of perception speaks the bare verb after it.
    const perceived = perceivedSpeaker(tokens, from + 1) ? phraseAfter(tokens, from + 1, false) : null;
    const bare = perceived && perceived.from === from + 1 ? tokens[perceived.to] : undefined;
    if (perceived && isWord(bare) && !bare.cap && SPEECH_VERBS.has(bare.lower) && tokens.slice(perceived.to + 1, qi).every((t) => isWord(t) && !['and', 'but', 'then'].includes(t.lower))) return namesSomeone(tokens, perceived) ? this.resolve(tokens, perceived, s) : null;
    // `Christie calls him "Mr. Trump," while Trump calls the governor "Chris."`: the nearest clause's own subject.
    for (let k = qi - 1; k > from && k >= qi - REACH; k--) {
      if (!isFiniteVerb(tokens, k)) continue;
      const embedded = phraseBefore(tokens, k, from);
      if (!embedded) continue;
      const words = tokens.slice(embedded.from, embedded.to);
      const opener = tokens[embedded.from - 1];
      // `an academic, who worked the crowd, praising "..."`: a relative clause speaks for someone else; who, it does not say.
      if (isWord(opener) && (opener.lower === 'who' || opener.lower === 'which') && tokens[embedded.from - 2]?.text === ',') return null;
      const own = (words.length === 1 && isPronoun(words[0])) || words.every((t) => t.cap && !t.possessive) || DETERMINERS.has(words[0].lower) || isBarePluralSubject(words);
      // A clause of its own (`while Trump...`, `in which Clinton...`, `but the campaign...`), not an object (`chided
      // Trump for`) nor the content of the subject's words (`questioned whether Obama...`, `because he...`). So is a
      // relative clause without its pronoun after a noun (`the sinking, an incident Peskar brought up as "…"`).
      // So is a clause a connective opens after a comma or a dash (`... – hence Cyrus will see "…"`).
      const connected = CONNECTIVES.has(opener?.lower ?? '') && [',', ';', '\u2014', '\u2013', '-'].includes(tokens[embedded.from - 2]?.text ?? '');
      if (!own || !(CLAUSE_OPENERS.has(opener?.lower ?? '') || FREE_RELATIVES.has(opener?.lower ?? '') || connected || reducedRelativeAt(tokens, embedded.from))) continue;
      return this.predicateOf(tokens, embedded.to, qi) ? this.resolve(tokens, embedded, s) : null;
    }
    // `Reid Ribble, who was elected in 2010, casts Trump as...`: past the subject's appositive. `The board was
    // blunt in its findings: "Further discussion is unnecessary."`: a sentence the clause introduces with a colon
    // is the subject's, whatever its verb says of them.
    const text = this.p.quotes[tokens[qi].quote].text;
    // So is a short one after a text of speech the subject gives (`Kral had a one-word answer: "No."`), a sentence of its own.
    const introduced = tokens[qi - 1]?.text === ':' && /^\s*\p{Lu}/u.test(text) && (tokenizeWords(text).length >= 4 || (OWNED_TEXTS.has(tokens[qi - 2]?.lower ?? '') && /[.!?]\s*$/.test(text)));
    // `The foreign minister, Ana Kral, went further: "..."`: a name set off after a description closes with its comma.
    // (Only where no appositive follows the name: `In the call, Rep. Ana Kral, who was elected in 2010, casts ...`.)
    const past = skipAppositive(tokens, from);
    const setOff = past === from && tokens[from].text === ',' && tokens[tokens.findIndex((t) => t.start >= subject.mention.start) - 1]?.text === ',';
    const v = setOff ? from + 1 : past;
    // `The mayor met Ivo Kral, who told the crowd "..."`, `..., who worked the crowd, praising "..."`: a relative clause
    // of the predicate with a verb of speech of its own speaks for the one it describes, not for the subject.
    // So does one set off after an object's appositive or a second relative (`met Ivo Kral, the port chief who once
    // called the plan "..."`, `for a teacher named Lena Wirth, who is running and who worked the crowd, praising
    // "..."`, `praised Kral, whose speech called for "..."`): a verb of its own before the quote, and the quote is
    // likelier its words than the subject's; whose, the sentence does not always say.
    let setOffSince = -1;
    for (let r = v + 1; r < qi; r++) {
      if (tokens[r].text === ',') setOffSince = r;
      if (!RELATIVES.has(tokens[r].lower)) continue;
      const after = tokens[r - 1];
      if (after.text === ',' && tokens[r].lower !== 'whose') {
        for (let k = r + 1; k < qi; k++) if (isSpeechVerbAt(tokens, k)) return null;
      }
      const described = after.text === ',' || after.lower === 'and' || (setOffSince >= 0 && isWord(after) && !after.cap && tokens[r].lower !== 'which');
      // `praising Jeb Bush, who ended his bid on Saturday, as "..."`: a comma closes the clause, and the predicate
      // goes on; a participle after that comma could be either's.
      const closing = tokens.findIndex((t, k) => k > r + 1 && k < qi && t.text === ',' && tokens[r + 1].text !== ',');
      const goesOn = closing > 0 && isWord(tokens[closing + 1]) && !isGerund(tokens[closing + 1]) && tokens[closing + 1].lower !== 'and';
      if (described && !goesOn && tokens.slice(r + 1, qi).some((t) => isWord(t) && !t.cap && (isVerbLike(t) || isGerund(t) || /^(?:calls|says|describes|praises|urges|warns)$/.test(t.lower)))) return null;
      if (after.text === ',') break;
    }
    if (describedNounAt(tokens, v)) return null;
    if (this.predicateOf(tokens, v, qi)) return subject;
    // Only someone named says it so: `The result was clear: "..."` is the writer's.
    return introduced && subject.speaker.kind !== 'description' && this.predicateOf(tokens, v, qi, true) ? subject : null;
  }

  /** Whether the words from `v` begin a predicate that does something (not `is "a fraud"`, not `was called "a fraud"`). */
  private predicateOf(tokens: readonly Token[], v: number, qi: number, introduced = false): boolean {
    // The subject's own verb: past auxiliaries, adverbs and a time (`Kral last week invited`).
    if (opensTimePhrase(tokens, v)) v += 2;
    while (v < qi && isWord(tokens[v]) && !tokens[v].cap && (BETWEEN_VERB.has(tokens[v].lower) || isAdverb(tokens[v]))) {
      // `Kral had a message for the council: "..."`: `have` before a determiner is the verb, not an auxiliary; like
      // `is`, it only says what the subject has (`Kral has the "worst record"`) unless a colon introduces the words.
      if (/^(?:has|have|had)$/.test(tokens[v].lower) && isWord(tokens[v + 1]) && DETERMINERS.has(tokens[v + 1].lower)) return introduced;
      v++;
    }
    const verb = tokens[v];
    if (!isWord(verb) || verb.cap || v >= qi) return false;
    // `is questioning` does something; `is "a fraud"` and `was called "a fraud"` do not.
    if (COPULAS.has(verb.lower)) return introduced || (isWord(tokens[v + 1]) && isGerund(tokens[v + 1]) && v + 1 < qi);
    if (PASSIVE_AUXILIARIES.has(tokens[v - 1]?.lower ?? '')) return false;
    return isVerbLike(verb) || /(?:s|ed)$/.test(verb.lower);
  }
}
