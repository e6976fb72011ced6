// Who said each quotation of a text. The rules, in the order they are tried:
//   a term, name or title in quotes (`so-called "referendums"`) has no speaker (quotedTerms.ts); after the quote
//   (`..." Putin said`, `..." said Andrii Yermak, head of ...`); a headline dash (`'are our citizens' - Putin`,
//   dashAttributions.ts); before it (`Biden said, "..."`, `Mark told Jacob "..."`); reported speech (`the Russian
//   president said Moscow would use "all available means"`, partialQuotes.ts), never words refused or denied
//   (`declined to say whether it was "..."`, refusedWords.ts); a later attribution (`"I order ..." of the regions,
//   Putin said`); `according to X` (reportedSpeakers.ts); a label (`Reyes: "..."`, `- **Reyes**: "..."`;
//   labelSpeakers.ts; unmarked turns: attributeTranscript); the sentence's build (clauseSpeakers.ts): an attribution
//   closing it, the owner of a noun of speech (`Trump's claim that...`), the subject of the quote's clause (`Cruz
//   blamed it on "..."`); a quote alone in its sentence, then `Those were the words of X` (wordsNamedNext.ts); a
//   quote opening a sentence after another speaker's continues it; a paragraph of nothing but quotation speaks for
//   whoever the paragraph before showed taking the floor or introduced with a colon (continuedQuotes.ts), unless it
//   repeats words the text gives someone (a pull quote: repeatedQuotes.ts). Who a phrase names is speakerResolver.ts's part.
import { quotingClause } from './quotingClauses';
import { wordsOwnedNext } from './wordsNamedNext';
import { turnsAndEmbeddedPosts } from './embeddedPosts';
import { reproducedWordsOwner } from './reproducedWords';
import { onlyStageDirectionsBefore } from './stageDirections';
import { opensAfterConnective } from './connectiveOpenings';
import type { PreparedText } from '../text/prepareText';
import { BETWEEN_SUBJECT_AND_VERB, DETERMINERS, FUNCTION_WORDS, OBJECT_SPEECH_VERBS, PHRASAL_SPEECH_VERBS, SPEECH_VERBS } from '../text/newsLexicon';
import { tokenizeWords } from '../text/normalizeText';
import { tokenAt, type Token } from '../text/sentenceTokens';
import { ReportedSpeakers } from './reportedSpeakers';
import { demandEndsBefore, namesAThing, objectOfParticiple, ownClauseBetween, PARTICIPLE_OBJECT_PREPOSITIONS, perceivedSpeaker, reportedSubjectBefore, subordinateActor, subordinatePersonBetween } from './clauseBoundaries';
import { namedAntecedent } from './namedPeople';
import { nameThenVerb, ownedTextAfter, textAfterQuote, verbThenName } from './bareAttributions';
import { termKind } from './quotedTerms';
import { renamedInClauseAfter, scareQuoteInNarration } from './scareQuotes';
import { bodyReportsItself, reportsOwnWords } from './outletReports';
import { afterPassiveQuoting, caughtSayingSubject, quotedObject } from './quotedAsSaying';
import { shareJoinedSpeakers } from './joinedQuotes';
import { shareRepeatedSpeakers } from './repeatedQuotes';
import { disownedWords, refusedBefore, unsaidAfter } from './refusedWords';
import { inReducedClause, relativeAntecedent, relativeSubjectOf, subjectPastAside, subjectPastObject, subjectPastRelativeClause } from './relativeSpeakers';
import { openingClauseSubjectOf } from './openingClauses';
import { phraseAfter, phraseBefore } from './speakerPhrases';
import { nameAfterLabel } from './labelledTurnSubjects';
import { namesSomeone } from './namePhrases';
import { subjectBeforeVerb } from './openAppositives';
import { skipAppositive } from './appositives';
import { addressedBy } from './vocativeReplies';
import { AUXILIARY_VERBS, DASHES, SUBORDINATORS, isGerund, isPronoun, isRelayVerb, isSpeechVerbAt, isVerbLike, isWord } from './tokenClasses';
import type { SpeakerRegistry } from './speakerRegistry';
import { addressesSomeone, isPersonNoun, issuerOfText, isThing, textInReportedClause } from './phraseKinds';
import { REACH, resolvedOnly, type Attribution, type Resolution } from './resolvedSpeakers';
import { passiveAgent } from './passiveAgents';
import { speakerRelayedAfter } from './relayedSpeakers';
import { laterAttribution } from './laterAttributions';
import type { AttributedQuote, AttributionMethod } from '../types';
export type { Attribution, Mention } from './resolvedSpeakers';

const NONE: Attribution = { speaker: null, mention: null, method: 'none', isTerm: false };
const TERM: Attribution = { speaker: null, mention: null, method: 'none', isTerm: true };
/**
 * The rules in the order they are tried, each with the method it reports. Two fixed lists, not closures made for
 * each quote: a draft's check attributes every quote again for its window, and the closures were garbage.
 */
type Rule = 'after' | 'dash' | 'before' | 'partial' | 'later' | 'according-to' | 'label' | 'trailing' | 'colon' | 'owner' | 'subject';
const LATER_RULES: ReadonlyArray<readonly [AttributionMethod, Rule]> = [
  ['after', 'later'], ['according-to', 'according-to'], ['label', 'label'], ['after', 'trailing'],
  ['before', 'colon'], ['partial', 'owner'], ['subject', 'subject'],
];
const AFTER_FIRST_RULES = [['after', 'after'], ['dash', 'dash'], ['before', 'before'], ['partial', 'partial'], ...LATER_RULES] as const;
const VERB_FIRST_RULES = [['before', 'before'], ['partial', 'partial'], ['after', 'after'], ['dash', 'dash'], ...LATER_RULES] as const;
class QuoteAttributor extends ReportedSpeakers {
  run(): Attribution[] {
    this.p.quoteSentence.forEach((s, q) => {
      const list = this.quotesOfSentence.get(s);
      if (list) list.push(q);
      else this.quotesOfSentence.set(s, [q]);
    });
    for (let q = 0; q < this.p.quotes.length; q++) this.results.push(this.attribute(q));
    this.carryBack();
    shareJoinedSpeakers(this.results, (q) => {
      const facts = this.factsOf(this.p.quoteSentence[q]);
      return { s: this.p.quoteSentence[q], tokens: facts.tokens, qi: facts.quoteToken.get(q) ?? -1 };
    });
    shareRepeatedSpeakers(this.results, this.p);
    return this.results;
  }

  private attribute(q: number): Attribution {
    const s = this.p.quoteSentence[q];
    const facts = this.factsOf(s);
    const tokens = facts.tokens;
    const qi = facts.quoteToken.get(q) ?? -1;
    if (qi < 0) return NONE;
    const term = termKind(this.p.quotes[q].text, tokens, qi);
    if (term === 'term') return TERM;
    if (term === 'title?') {
      // Capitals with the comma inside the marks: a title (`on "Fox and Friends,"`) unless an attribution follows.
      const found = this.after(tokens, qi, s);
      return found && found !== 'agency' ? { speaker: found.speaker, mention: found.mention, method: 'after', isTerm: false } : TERM;
    }
    // `[inaudible] "..."`: a stage direction before the quote is no words of the sentence's (stageDirections.ts); nor is `Instead,` (connectiveOpenings.ts).
    const opensSentence = qi <= facts.firstContent || onlyStageDirectionsBefore(tokens, qi) || opensAfterConnective(tokens, facts.firstContent, qi, facts.lastContent);
    const row = this.tableRow(q, s);
    if (row === 'nobody') return NONE;
    const labelled = row ?? this.transcriptLabel(q);
    if (labelled) return { speaker: labelled.speaker, mention: labelled.mention, method: 'label', isTerm: false };
    if (disownedWords(tokens, qi)) return this.unattributed(q, opensSentence); // `calls it "…", not "…"`, `whoever says "…"`
    const resumed = this.interrupted(tokens, qi);
    if (resumed) return resumed;
    const quoting = quotingClause(tokens, facts.firstContent, qi) ?? reproducedWordsOwner(tokens, qi);
    if (quoting) {
      // The author a person, else a text: the subject who quotes them never says the words.
      const author = quoting.author && this.resolve(tokens, quoting.author, s);
      return author && author !== 'agency' && author.speaker.kind === 'person' ? { speaker: author.speaker, mention: author.mention, method: 'before', isTerm: false } : NONE;
    }
    // A quote inside a clause whose speech verb comes first (`After Putin promised "...", Zelensky said`) belongs to
    // that verb's subject, whatever attribution follows it; but an inverted attribution right after the quote (`When
    // Reyes said..., he "made the right call," said Dana Lee`) is the quote's own, and one that closes a sentence with
    // no opening clause (`Nothing the mayor said "will calm anyone," the senator said.`) is the whole sentence's.
    const follows = opensSentence || facts.firstSpeechVerb >= qi ? null : this.attributionAfter(tokens, qi, facts.lastContent);
    const verbFirst = !opensSentence && facts.firstSpeechVerb < qi && follows !== 'inverted' && !(follows === 'closing' && !SUBORDINATORS.has(tokens[facts.firstContent].lower));
    const rules = verbFirst ? VERB_FIRST_RULES : AFTER_FIRST_RULES;
    let relayed = false;
    let pronoun: { method: AttributionMethod; s: number; want: 'male' | 'female' } | null = null;
    this.takeUnresolvedPronoun();
    this.withheld = this.doubtedSurname = false;
    for (const [method, rule] of rules) {
      // `"...," the Times reported`: an outlet relays the words, so the sentence's subject does not say them.
      if (method === 'subject' && relayed) break;
      const found = this.apply(rule, tokens, qi, s, opensSentence);
      // Withheld: no speaker, and a short quote is a term as when no rule finds one (see the end).
      if (this.withheld) return this.doubtedQuote(q, this.unattributed(q, opensSentence));
      if (found === 'agency') relayed = true;
      else if (found) return { speaker: found.speaker, mention: found.mention, method, isTerm: false };
      const unresolved = this.takeUnresolvedPronoun();
      if (unresolved) pronoun ??= { method, ...unresolved };
    }
    const ownedNext = opensSentence && qi === facts.lastContent && wordsOwnedNext(this.p, s, (next, phrase) => this.resolve(this.p.tokensOf(next), phrase, next));
    if (ownedNext) return { speaker: ownedNext.speaker, mention: ownedNext.mention, method: 'after', isTerm: false };
    const continued = opensSentence && this.continuesDoubt(q, s) ? NONE : this.continuation(q, opensSentence, s);
    if (continued) return continued;
    // `The award went to Ana Kral. "...," she said`: last, a pronoun may mean a person named outside a subject.
    const named = pronoun && namedAntecedent(this.p, this.registry, pronoun.s, pronoun.want, (last) => this.speakingWords().speaking.has(last));
    if (named && addressedBy(this.p, this.personNamed, q)?.key !== named.speaker.key) return { speaker: named.speaker, mention: named.mention, method: 'pronoun-guess', isTerm: false }; // not the one the words address (vocativeReplies.ts)
    const transcribed = this.paragraphLabel(tokens, qi, s);
    if (transcribed) return { speaker: transcribed.speaker, mention: transcribed.mention, method: 'label', isTerm: false };
    return this.unattributed(q, opensSentence);
  }

  private apply(rule: Rule, tokens: readonly Token[], qi: number, s: number, opensSentence: boolean): Resolution {
    if (((rule === 'before' || rule === 'partial' || rule === 'subject') && refusedBefore(tokens, qi)) || (rule === 'after' && (unsaidAfter(tokens, qi) || this.othersInFrontedClause(tokens, qi, s)))) return this.withhold();
    switch (rule) {
      case 'after': return this.after(tokens, qi, s);
      case 'dash': return this.dash(tokens, qi, s);
      case 'before': return this.before(tokens, qi, s);
      case 'partial': return this.partial(tokens, qi, s);
      case 'later': { const later = opensSentence ? laterAttribution(tokens, qi) : null; return later ? this.resolve(tokens, later, s) : null; }
      case 'according-to': return scareQuoteInNarration(this.p.quotes[tokens[qi].quote].text, tokens, qi, 0) ? null : this.accordingTo(tokens, this.factsOf(s).accordingTo, s); // not `During these "referendums," ...`
      case 'label': return this.label(tokens, qi, s);
      case 'trailing': return opensSentence ? null : this.trailing(tokens, qi, s);
      case 'colon': return opensSentence ? null : this.colonIntroduction(tokens, qi, s);
      case 'owner': return opensSentence ? null : this.ownerOfWords(tokens, qi, s);
      case 'subject': return opensSentence ? null : this.clauseSubject(tokens, qi, s);
    }
  }

  /** No speaker: four words or fewer inside a sentence are taken for a term (`called it a "sham"`). */
  private unattributed(q: number, opensSentence: boolean): Attribution {
    const words = tokenizeWords(this.p.quotes[q].text).length;
    return { ...NONE, isTerm: words <= 4 && !opensSentence };
  }

  /**
   * What stands right after a quote: a speech verb and its speaker (`," said Dana Lee`), an attribution that
   * ends the sentence (`," the senator said.`), or neither.
   */
  private attributionAfter(tokens: readonly Token[], qi: number, lastContent: number): 'inverted' | 'closing' | null {
    let i = qi + 1;
    if (tokens[i]?.kind === 'punct' && (tokens[i].text === ',' || DASHES.has(tokens[i].text))) i++;
    if (!isWord(tokens[i])) return null;
    if (isSpeechVerbAt(tokens, i)) {
      if (isGerund(tokens[i]) || isRelayVerb(tokens[i])) return null;
      // `"terrible," denounced her record`: a verb going on with its object is the sentence's next predicate.
      const phrase = phraseAfter(tokens, i + 1, false);
      const head = phrase ? tokens[phrase.to - 1] : undefined;
      const next = phrase ? tokens[phrase.to] : undefined;
      const someone = phrase !== null && (namesSomeone(tokens, phrase) || isPronoun(head) || (isWord(head) && isPersonNoun(head.lower)));
      return someone && (!next || next.kind === 'punct') ? 'inverted' : null;
    }
    const phrase = phraseAfter(tokens, i, true);
    if (!phrase || !isSpeechVerbAt(tokens, phrase.to) || isGerund(tokens[phrase.to]) || isRelayVerb(tokens[phrase.to])) return null;
    return phrase.to === lastContent ? 'closing' : null;
  }

  /** `..." Putin said`, `..." said Andrii Yermak`, `..." he said`, `..." Richmond police said in a release`. */
  private after(tokens: readonly Token[], qi: number, s: number): Resolution {
    let i = qi + 1 + (tokens[qi + 1]?.kind === 'punct' && (tokens[qi + 1].text === ',' || DASHES.has(tokens[qi + 1].text)) ? 1 : 0);
    if (i >= tokens.length) return null;
    // `"...," reads a Wednesday editorial`: a text reads what it says.
    const reads = isWord(tokens[i]) && (tokens[i].lower === 'reads' || tokens[i].lower === 'read') && isWord(tokens[i + 1]) && !PHRASAL_SPEECH_VERBS.get('reads')!.has(tokens[i + 1].lower);
    if (isSpeechVerbAt(tokens, i) || reads) {
      // `"...," telling Fox 35 that...`: a participle's noun is whom it speaks to; its speaker is further back.
      if (isGerund(tokens[i])) return null;
      const phrase = phraseAfter(tokens, i + 1, false);
      // `," said Putin.`, not `, said Ukraine would...` (there the verb's subject came before the quote).
      const next = phrase ? tokens[phrase.to] : undefined;
      if (!phrase || (isWord(next) && (isVerbLike(next) || AUXILIARY_VERBS.has(next.lower)))) return null;
      if (inReducedClause(tokens, phrase)) return this.withhold(); // `"...," said the lawyer Ana Kral hired.`
      return this.describedOrNamedAfter(tokens, phrase, s);
    }
    // `"...," remembered Ana Kral, a former chief.`: a bare verb and a name to the sentence's end, whatever the verb;
    // `"...," came the reply from Kral.`: the text's owner, and never the one who spoke before (`came the reply.`).
    const utterance = tokens[qi + 1]?.text === ',' || /[,?!]\s*$/.test(this.p.quotes[tokens[qi].quote]?.text ?? '');
    const text = utterance ? textAfterQuote(tokens, i) : null;
    const inverted = (utterance ? (verbThenName(tokens, i) ?? text?.owner) : null) ?? ownedTextAfter(tokens, i);
    if (inverted || text) return inverted ? this.resolve(tokens, inverted, s) : this.withhold();
    // `"is a dead heat," as Cruz said on Monday`: `as` brings the attribution.
    if (isWord(tokens[i]) && tokens[i].lower === 'as' && (tokens[i - 1]?.text === ',' || /,\s*$/.test(this.p.quotes[tokens[qi].quote]?.text ?? '')) && isWord(tokens[i + 1]) && (tokens[i + 1].cap || isPronoun(tokens[i + 1]) || DETERMINERS.has(tokens[i + 1].lower))) i++;
    const start = tokens[i];
    if (isWord(start) && start.lower === 'it') return this.organisationBehindIt(tokens, i, s);
    const opener = isWord(start) && (start.cap || isPronoun(start) || DETERMINERS.has(start.lower) || !/\p{Ll}/u.test(start.text));
    const phrase = isWord(start) ? phraseAfter(tokens, i, true) : null;
    // `Despite his "...," public defender Ana Kral wrote, ...`: a lower-case role opens a phrase that names someone.
    if (!phrase || !(opener || (!FUNCTION_WORDS.has(start.lower) && namesSomeone(tokens, phrase)))) return null;
    let k = skipAppositive(tokens, phrase.to);
    while (k < tokens.length && isWord(tokens[k]) && !isSpeechVerbAt(tokens, k) && k - phrase.to < 3 && /^(has|have|had|also|later|then|again|once|simply|flatly|quickly|immediately|reportedly)$/.test(tokens[k].lower)) k++;
    // `"...," Kral is quoted as saying.`, `"...," Kral was cited as saying by RIA`: the person quoted speaks.
    k = afterPassiveQuoting(tokens, k);
    // `"...," Kral's office quoted him as saying.`: whom the quoting names speaks, not who quotes.
    const quoted = quotedObject(tokens, k);
    if (quoted?.pronoun && quoted.phrase) {
      const found = this.antecedent(s, tokens[quoted.phrase.from].start, quoted.pronoun);
      return found ? { speaker: found.speaker, mention: this.mentionOf(tokens, quoted.phrase) } : null;
    }
    if (quoted) return quoted.phrase ? this.resolve(tokens, quoted.phrase, s) : this.withhold();
    // `"...," the Defence Ministry reported.`: a state's body reports its own words (outletReports.ts).
    const bodyReport = bodyReportsItself(tokens, k, phrase.from);
    if (isRelayVerb(tokens[k]) && !bodyReport) return (qi <= this.factsOf(s).firstContent && reportsOwnWords(tokens, k, this.p.quotes[tokens[qi].quote].text) && this.outlet(tokens, phrase, s)) || 'agency';
    if (!bodyReport && !isSpeechVerbAt(tokens, k)) {
      // `"Would it open in May?" she pressed.`: a name and a bare verb to the sentence's end, whatever the verb.
      const bare = utterance ? nameThenVerb(tokens, i) : null;
      return bare ? this.resolve(tokens, bare, s) : null;
    }
    // `Asked about "...", Zelensky said Ukraine would fight on`: a quote in an opening clause, and a verb whose
    // words follow it (a name, `that`, `the`...), not this quote.
    const next = tokens[k + 1];
    if (renamedInClauseAfter(tokens, qi, i, k)) return this.withhold(); // `a "vote" that Kyiv called illegal` (scareQuotes)
    // `For example: "...," he told CNN`: a quote after a colon opens what is said, as one opening the sentence does.
    const opensSentence = qi <= this.factsOf(s).firstContent || tokens[qi - 1]?.text === ':';
    const when = isWord(next) && BETWEEN_SUBJECT_AND_VERB.has(next.lower); // `Ben Carson said Monday`
    if (!opensSentence && isWord(next) && !when && (next.cap || next.lower === 'that' || DETERMINERS.has(next.lower) || isPronoun(next))) return null;
    const relayed = opensSentence ? speakerRelayedAfter(tokens, k) : null; // `"...," Kral said Peskar told her.`
    return this.resolve(tokens, relayed ?? phrase, s);
  }

  /** `Biden said, "..."`, `Putin said: "..."`, `Mark told Jacob "..."`, `by stating, "..."`. */
  private before(tokens: readonly Token[], qi: number, s: number): Resolution {
    const labelled = this.dashLabel(tokens, qi, s) ?? this.chanters(tokens, qi, s);
    if (labelled) return labelled;
    let i = qi - 1;
    while (i >= 0 && tokens[i].kind === 'punct' && [',', ':', '\u2014', '\u2013', '-'].includes(tokens[i].text)) i--;
    let v = -1;
    for (let k = i; k >= 0 && k >= i - 5; k--) {
      if (tokens[k].kind !== 'word' || (k === i && (tokens[k].lower === 'read' || tokens[k].lower === 'reads'))) break;
      if ((isSpeechVerbAt(tokens, k) && !demandEndsBefore(tokens, k, qi)) || bodyReportsItself(tokens, k)) {
        v = k;
        break;
      }
    }
    // `Said Comey, "..."`: the verb opening the sentence, its speaker after it.
    const f = this.factsOf(s).firstContent;
    const opening = tokens[f];
    if (v < 0 && f < i && isWord(opening) && opening.cap && SPEECH_VERBS.has(opening.lower) && !OBJECT_SPEECH_VERBS.has(opening.lower)) {
      const after = phraseAfter(tokens, f + 1, false);
      // `Said Dorothy Poynter, who grew up with Ali, "..."`: the speaker's appositive may stand before the quote.
      const adjacent = after && (after.to === i + 1 || skipAppositive(tokens, after.to) === qi);
      return after && adjacent && tokens[f + 1].cap ? this.resolve(tokens, after, s) : null;
    }
    // `A Palmeiras statement read: "..."`: a text reads out what its issuer says.
    if (v < 0 && i < qi - 1 && isWord(tokens[i]) && (tokens[i].lower === 'read' || tokens[i].lower === 'reads')) {
      const text = phraseBefore(tokens, i);
      const issuer = text ? issuerOfText(tokens, text) : null;
      return issuer ? this.issuerOf(tokens, issuer, s) : text && textInReportedClause(tokens, text.from) ? this.withhold() : null;
    }
    if (v < 0 || (isRelayVerb(tokens[v]) && !bodyReportsItself(tokens, v))) return null;
    if (tokens[v - 1]?.lower === 'it') return this.organisationBehindIt(tokens, v - 1, s);
    const found = this.ownerBetween(tokens, v, qi, s) ?? this.verbSpeaker(tokens, v, s, qi);
    if (found && found !== 'agency' && this.reportedByAnother(tokens, found, s, qi)) return this.withhold();
    // A thing as the verb's subject (`the plan should reiterate its support for its "allies"`): the words are those
    // of the verb that reports them, if there is one (partial reads on to it).
    if (!found || found === 'agency' || !isThing(found) || addressesSomeone(tokens, v, qi)) return found;
    const reported = this.partial(tokens, qi, s);
    return reported && reported !== 'agency' && !isThing(reported) ? reported : found;
  }

  /** The speaker of a speech verb at `v`: before it, or after it (`said Putin:`), or the sentence's subject. */
  protected subjectOf(tokens: readonly Token[], v: number, s: number, quoteAt: number): Resolution {
    const verb = tokens[v];
    // `was asked by host Bill Maher, "..."`: the agent speaks; `Trump was asked, "..."`: someone unnamed did.
    const agent = passiveAgent(tokens, v, quoteAt);
    if (agent !== undefined) return agent ? this.resolve(tokens, agent, s) : null;
    // `The Gazette quoted Ortiz as saying "..."`: the person quoted speaks, not the outlet.
    if (isGerund(verb) && tokens[v - 1]?.lower === 'as') {
      const quoted = phraseBefore(tokens, v - 1);
      if (quoted && isWord(tokens[quoted.from - 1]) && /^(quot|cit)(ed|es|ing)$/.test(tokens[quoted.from - 1].lower)) return this.resolve(tokens, quoted, s);
    }
    // `Ana Ruiz, who said she would "..."`: the relative pronoun's name.
    const antecedent = relativeAntecedent(tokens, v);
    const relative = antecedent ? this.resolve(tokens, antecedent, s) : null;
    if (relative) return relative;
    // `attacked Trump, with whom he clashed, calling him...`: a participle's subject stands right before it or nowhere.
    // `wrote a letter to Lynch asking...`: after a preposition's object it goes on from the clause's subject; only `with` gives it one.
    const before = isGerund(verb) && tokens[v - 1]?.kind === 'punct' ? null : subjectPastRelativeClause(tokens, subjectPastObject(tokens, caughtSayingSubject(tokens, v) ?? subjectBeforeVerb(tokens, v, (name) => { const r = this.resolve(tokens, name, s); return !!r && r !== 'agency' && r.speaker.kind === 'person'; }) ?? subjectPastAside(tokens, v)));
    if (!before && !isGerund(verb) && inReducedClause(tokens, phraseBefore(tokens, v))) return this.withhold(); // `The lawyer Ana Kral hired said`
    const governor = before ? tokenAt(tokens, before.from - 1) : undefined;
    const subject = before && isGerund(verb) && isWord(governor) && PARTICIPLE_OBJECT_PREPOSITIONS.has(governor.lower) ? null : before;
    // `White voters embracing Kral announced "..."`, `The crowd cheering for Kral shouted`: the name is the object of
    // a participle inside the subject, which no phrase here reads whole.
    if (subject && !isGerund(verb) && tokens[v - 1]?.lower !== 'to' && objectOfParticiple(tokens, subject.from)) return null; // not `prompting Kral to say`
    if (subject) {
      const named = subject.to - subject.from >= 1 && tokens.slice(subject.from, subject.to).some((t) => t.cap || isPronoun(t));
      if (!isGerund(verb) || named || perceivedSpeaker(tokens, subject.from)) {
        const resolved = this.resolve(tokens, subject, s);
        if (resolved || perceivedSpeaker(tokens, subject.from)) return resolved; // `heard neighbours yelling`: theirs or no one's
      }
    } else if (quoteAt > v + 1 && !OBJECT_SPEECH_VERBS.has(verb.lower)) {
      // `وقال لقمان "..."`, `said Putin: "..."`: the speaker after the verb, right before the quote.
      // `insisting that the United States "must stop..."`: what follows `that` is what was said, not who said it.
      const after = tokens[v + 1]?.lower === 'that' ? null : phraseAfter(tokens, v + 1, false);
      const adjacent = after && after.to <= quoteAt && tokens.slice(after.to, quoteAt).every((t) => t.kind === 'punct');
      if (after && adjacent && namesSomeone(tokens, after)) {
        const resolved = this.resolve(tokens, after, s);
        if (resolved) return resolved;
      }
    }
    const left = tokens[v - 1];
    const coordinated = !subject && (left === undefined || left.kind === 'punct' || ['and', 'but', 'by', 'while', 'before', 'after', 'also'].includes(left.lower));
    if (!isGerund(verb) && !coordinated) return null;
    // `Hollande said Tuesday, noting the nominee "..."`, `Spicer said, adding, "..."`: the speech verb's subject; never one past the sentence's own subject (mainSubjectBetween).
    for (let k = v - 1; k >= 0 && k >= v - REACH && !(isGerund(verb) && this.mainSubjectBetween(tokens, s, k, v)); k--) {
      if (!isSpeechVerbAt(tokens, k) || isRelayVerb(tokens[k]) || namesAThing(tokens, k)) continue;
      if (isGerund(tokens[k])) {
        // `with Chen tweeting that ... and asking, "..."`: a participle whose own subject follows `with`.
        const own = phraseBefore(tokens, k);
        const resolved = own && tokens[own.from - 1]?.lower === 'with' ? this.resolve(tokens, own, s) : null;
        if (resolved && resolved !== 'agency') return resolved;
        continue;
      }
      // `when Varga testified ..., and Sen. Ana Kral kept asking him`: past a clause with a subject of its own, a participle
      // may go on from either subject; a verb (`She recalls ... when a director leaned over and told her:`), the director.
      if (isGerund(verb) ? ownClauseBetween(tokens, k + 1, v) || reportedSubjectBefore(tokens, k + 1, v) : subordinatePersonBetween(tokens, k + 1, v)) return this.withhold();
      // `"...," said Joe Biden, urging...`: an inverted verb's speaker stands after it.
      const inverted = tokens[k - 1]?.kind === 'quote' && !OBJECT_SPEECH_VERBS.has(tokens[k].lower);
      const after = inverted ? phraseAfter(tokens, k + 1, false) : null;
      // `"...," said a former official who ... and described it as "..."`: the inverted verb's speaker, named or
      // not, goes on through the verbs joined to it; never the sentence's subject before the first quote.
      // `a motion that would have declared ... and urged "..."`: the relative's name speaks, else no one (relativeSpeakers.ts).
      const relative = inverted ? undefined : relativeSubjectOf(tokens, k);
      if (relative !== undefined) return (relative && resolvedOnly(this.resolve(tokens, relative, s))) || this.withhold();
      const earlier = phraseBefore(tokens, k) ?? after;
      const resolved = earlier ? this.resolve(tokens, earlier, s) : null;
      if (resolved && resolved !== 'agency') return resolved;
      if (after) return null;
      break;
    }
    // The sentence's subject speaks through a participle only from before the quote: in `Asked about Putin's "all
    // available means", Zelensky said...` the quote is not Zelensky's. Never across a semicolon: `he studied under
    // Varga; Varga's rule (repeated to me often) was, "..."` has a clause of its own, whose verb is not the first's.
    const opening = coordinated ? openingClauseSubjectOf(tokens, v) : null;
    const labelled = opening ? null : nameAfterLabel(tokens, this.factsOf(s).firstContent); // `Chastain: Tony came up and said`
    const main = opening ? resolvedOnly(this.resolve(tokens, opening, s)) : (labelled && resolvedOnly(this.resolve(tokens, labelled, s))) || this.sentenceSubject(s);
    const closed = main !== null && tokens.some((t, k) => k < v && t.text === ';' && t.start >= main.mention.end);
    // `Kral is assuring voters ... after a woman in Dover, Delaware, told him "..."`: a finite verb after a comma, past
    // a clause with a subject of its own, is that subject's, whom the commas hide from the phrase reader: no speaker.
    if (main !== null && !isGerund(verb) && subordinatePersonBetween(tokens, tokens.findIndex((t) => t.start >= main.mention.end), v)) return this.withhold();
    const actor = main && isGerund(verb) && isThing(main) ? subordinateActor(tokens, v) : null; // `The vote came after Sarin signed …, declaring`
    return actor ? this.resolve(tokens, actor, s) : main && !closed && main.mention.start < tokens[quoteAt].start ? main : null;
  }
}

/** Attributes every quote of a prepared text; the registry must already know the text's names. */
export function attributeQuotes(prepared: PreparedText, registry: SpeakerRegistry): Attribution[] {
  return new QuoteAttributor(prepared, registry).run();
}

/** A source's transcript turns and embedded posts (words without quotation marks), as quotations of their speakers. */
export function attributeTranscript(prepared: PreparedText, registry: SpeakerRegistry): AttributedQuote[] {
  const turns = turnsAndEmbeddedPosts(prepared);
  return turns.length ? new QuoteAttributor(prepared, registry).transcriptQuotes(turns) : [];
}

/**
 * Attributes the quotes of a text that is part of a longer one, and says whether the text before it could
 * have changed the answer (a pronoun, a description or a continued quote that found nothing in this text).
 */
export function attributeQuotesInContext(prepared: PreparedText, registry: SpeakerRegistry): { attributions: Attribution[]; wantedEarlierText: boolean; wantedLaterText: boolean } {
  const attributor = new QuoteAttributor(prepared, registry);
  const attributions = attributor.run();
  return { attributions, wantedEarlierText: attributor.wantedEarlierText, wantedLaterText: attributor.wantedLaterText };
}
