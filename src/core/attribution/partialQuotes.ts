// A partial quote in someone's reported words (`the Russian president said Moscow would use "all available means"`):
// the speaker of the nearest speech verb before it that speaks for it; not a verb of an opening subordinate clause
// (`After Lee asked about it, the Ortizes became "agitated"`), not a thing inside someone's reported words (`Reyes
// said that fact speaks volumes about who is "ready"`), and the subject of a `with` clause for the verbs inside it.
import { subjectPastTeller } from './tellerAsides';
import { namedOwnerAfter, verbGroups } from './speechNounOwners';
import { OBJECT_SPEECH_VERBS, SPEECH_VERBS } from '../text/newsLexicon';
import { RELATIVE_PRONOUNS, type Token } from '../text/sentenceTokens';
import { TranscriptParagraphs } from './transcriptParagraphs';
import { demandEndsBefore } from './demandVerbs';
import { namedClauseAfterQuote } from './closedClauses';
import { SPEECH_NOUNS } from './possessiveSayings';
import { isThing, namedInFull } from './phraseKinds';
import { phraseAfter, phraseBefore, type Phrase } from './speakerPhrases';
import { namesSomeone } from './namePhrases';
import { isGerund, isNameWord, isPronoun, isRelayVerb, isSpeechVerbAt, isVerbLike, isWord, SUBORDINATORS } from './tokenClasses';
import { REACH, resolvedOnly, type Attribution, type Resolution, type Resolved } from './resolvedSpeakers';
import { gappedSubject } from './gappedClauses';
import { perceivedSpeaker } from './perceptionVerbs';
import { skipAppositive } from './appositives';
import { restrictiveAntecedent } from './restrictiveRelatives';
import { textFindingBefore } from './documentClauses';
import { subordinateInfinitiveSubject } from './subordinateInfinitives';
import { reportingVerbOfForetold } from './foretoldSayings';
import { saidInOwnPiece, subjectEndPastAside } from './outletCommentaries';

/** `his`, `her`: a phrase they open is someone's, never the one who speaks. */
const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'their', 'its', 'my', 'our', 'your']);

/** How many speech verbs before a partial quote are tried for its speaker, nearest first. */
const PARTIAL_VERBS = 3;

/** The partial-quote rule, for the quote attributor built on it. */
export abstract class PartialQuotes extends TranscriptParagraphs {
  /** The outlet a phrase names, as a speaker of its own words (ReportedSpeakers). */
  protected abstract outlet(tokens: readonly Token[], phrase: { from: number; to: number }, s: number): Resolved | null;

  /** Set by a rule that found the quote's speaker in doubt: no rule after it may guess one. */
  protected withheld = false;

  /** No speaker for this quote, and none from the rules after the one that found it in doubt. */
  protected withhold(): null {
    this.withheld = true;
    return null;
  }

  /** Set with `withheld` when the doubt is a lone surname two people of the text share (sharedSurnames.ts). */
  protected doubtedSurname = false;
  /** The quotes no one is given for such a surname, and the quotes that went on with them. */
  private readonly doubtedQuotes = new Set<number>();

  protected doubt(): null {
    this.doubtedSurname = true;
    return this.withhold();
  }

  /** `attribution`, for quote `q`, noted as no one's for a doubted surname when the current quote's doubt was one. */
  protected doubtedQuote(q: number, attribution: Attribution): Attribution {
    if (this.doubtedSurname) this.doubtedQuotes.add(q);
    return attribution;
  }

  /**
   * Whether quote `q`, opening sentence `s`, goes on with a quote just before that was no one's for a doubted surname
   * (the next paragraph of the same voice): then it is no one's too, never the voice of a quote before that one.
   */
  protected continuesDoubt(q: number, s: number): boolean {
    if (q === 0 || !this.doubtedQuotes.has(q - 1)) return false;
    const { sentences, quotes } = this.p;
    let e = this.p.quoteSentence[q - 1]; // the sentence the quote before ends in (it may run on past its first)
    while (e + 1 < s && sentences[e + 1].start < quotes[q - 1].end) e++;
    if (e < s - 1 || sentences[s].paragraph - sentences[e].paragraph > 1) return false;
    this.doubtedQuotes.add(q);
    return true;
  }

  /**
   * `Reyes said he expected that voters will say "no"`, `Lee claimed that Judge Ortiz had called it "fair"`: a
   * speaker named in a `that` clause of another speaker's verb of speech, whose words the quote may be either's.
   */
  protected reportedByAnother(tokens: readonly Token[], found: Resolved, s: number, qi: number): boolean {
    // Most mentions do not open with `that`: no search of the tokens for them.
    if (!/^that\s/i.test(found.mention.text)) return false;
    const at = tokens.findIndex((t) => t.start === found.mention.start);
    const next = tokens[at + 1];
    if (at < 1 || tokens[at].lower !== 'that' || !isWord(next) || !(next.cap || isPronoun(next))) return false;
    for (let j = at - 1; j >= 0 && j >= at - REACH; j--) {
      const t = tokens[j];
      if (t.kind === 'quote' || t.text === ';' || t.text === ':') return false;
      if (!isSpeechVerbAt(tokens, j) || isRelayVerb(t)) continue;
      const outer = this.subjectOf(tokens, j, s, qi);
      return outer !== null && outer !== 'agency' && outer.speaker.key !== found.speaker.key;
    }
    return false;
  }

  /**
   * `Hartley mocked Ana Kral's promise to "…"`, `derided Kral's claim that she would "…"`: the owner of a saying named
   * between a speech verb at `v` and the quote at `qi` (see ownerOfSaying); the verb's subject only reports them, so an
   * owner that names no one the texts know (`mocked Harbor's claim that`) leaves the words no one's.
   */
  protected ownerBetween(tokens: readonly Token[], v: number, qi: number, s: number): Resolved | null {
    for (let k = v; k < qi; k++) {
      if (!SPEECH_NOUNS.has(tokens[k].lower)) continue;
      const owner = sayingOwner(tokens, k, qi);
      return owner ? this.ownerOfSaying(tokens, owner, s) ?? this.withhold() : null;
    }
    return null;
  }

  /** The person `owner` names as the owner of a saying (sayingOwner), when the texts know them. */
  private ownerOfSaying(tokens: readonly Token[], owner: Phrase, s: number): Resolved | null {
    // `Harbor's claim`: one word is a person's only when the text names them in full.
    if (owner.to - owner.from === 1 && !namedInFull(this.registry, tokens[owner.from], this.p.id)) return null;
    const found = this.resolve(tokens, owner, s);
    return found && found !== 'agency' && found.speaker.kind === 'person' ? found : null;
  }

  /**
   * `found`, the speaker of the verb at `v`, unless it is a place or a body foretold to speak in another's reported
   * words (`Kral said Harbor would respond "..."`, foretoldSayings.ts): then the reporting verb's speaker, or no one.
   */
  protected unlessForetold(tokens: readonly Token[], v: number, s: number, qi: number, found: Resolution): Resolution {
    if (!found || found === 'agency' || !(found.speaker.kind === 'organisation' || isThing(found))) return found;
    const reporter = reportingVerbOfForetold(tokens, v);
    return reporter < 0 ? found : resolvedOnly(this.subjectOf(tokens, reporter, s, qi)) ?? this.withhold();
  }

  /**
   * The speaker of the speech verb at `v` for a quote at `qi`: its subject (subjectOf), but not a place or a body
   * foretold to speak (unlessForetold), and an outlet speaking in its own commentary (outletCommentaries.ts).
   */
  protected verbSpeaker(tokens: readonly Token[], v: number, s: number, qi: number): Resolution {
    const found = this.unlessForetold(tokens, v, s, qi, this.subjectOf(tokens, v, s, qi));
    if (found !== 'agency' || !saidInOwnPiece(tokens, v)) return found;
    const subject = phraseBefore(tokens, subjectEndPastAside(tokens, v));
    return (subject && this.outlet(tokens, subject, s)) ?? found;
  }

  /** `the Russian president said Moscow would use "all available means"`: the nearest speech verb before. */
  protected partial(tokens: readonly Token[], qi: number, s: number): Resolution {
    // `Kral calls it "a swindle"; Peskar, "a bargain."`: a gapped clause's subject says its words (gappedClauses.ts).
    const gap = gappedSubject(tokens, qi);
    const gapped = gap && this.resolve(tokens, gap, s);
    if (gapped && gapped !== 'agency' && !isThing(gapped)) return gapped;
    const clauseEnd = this.openingClauseEnd(tokens, qi, s);
    let verbs = 0;
    let thing: Resolved | null = null;
    let thingAt = -1;
    for (let k = qi - 1; k >= 0 && k >= qi - REACH && verbs < PARTIAL_VERBS; k--) {
      // `the board denied it, with Lee taking to Twitter to call Berg "delusional"`: a `with` clause has a subject of
      // its own, which the verbs inside it speak for; the verbs before it never reach into it.
      const own = tokens[k].lower === 'with' ? this.withClauseSubject(tokens, k, qi, s) : null;
      if (own) return own;
      if (namedClauseAfterQuote(tokens, k, (q) => /,\s*$/.test(this.p.quotes[q]?.text ?? ''))) return thing;
      // `…, calling it "naive," while Ostrova defended it as "realistic"`: a contrast clause with a named subject of
      // its own holds its words; the verbs before it never reach into it (the clause's subject may: clauseSpeakers).
      if (contrastClauseAt(tokens, k, qi)) return thing;
      // `disputing Ana Kral's claim that it was "a mess"`: the words are the owner's of what was said, not the verb's
      // subject's before it.
      const saying = verbs === 0 && SPEECH_NOUNS.has(tokens[k].lower) ? sayingOwner(tokens, k, qi) : null;
      if (saying) return this.ownerOfSaying(tokens, saying, s) ?? this.withhold();
      // `Kral said, and Peskar agreed, that it was "..."`: a verb in an aside that `and` opens joins the clause around
      // it, whose speaker the words are (an aside with `as`, `as he later explained,`, is the words' own attribution).
      // `a day after the president went on television to call it "..."`: the subordinate clause's subject speaks (subordinateInfinitives.ts).
      const clause = verbs === 0 && k >= clauseEnd && SPEECH_VERBS.has(tokens[k].lower) ? subordinateInfinitiveSubject(tokens, k) : null;
      const inClause = clause ? this.resolve(tokens, clause, s) : null;
      if (inClause && inClause !== 'agency' && !isThing(inClause)) return inClause;
      if (!isSpeechVerbAt(tokens, k) || joiningAside(tokens, k) || demandEndsBefore(tokens, k, qi)) continue;
      if (isRelayVerb(tokens[k])) return thing;
      // `After Dana Lee asked about it, the Ortizes became "agitated"`: a verb in an opening clause speaks for that
      // clause, not for a quote in the main clause after it.
      if (k < clauseEnd) return thing;
      verbs++;
      // `The problem, said Ana Kral, is that "..."`: a speech verb set off before its name speaks for that name, not
      // for the phrase before the commas.
      // (Not `telling his colleagues, "..."`: who is told is no speaker.)
      const setOff = tokens[k - 1]?.text === ',' && !isGerund(tokens[k]) && !OBJECT_SPEECH_VERBS.has(tokens[k].lower) ? phraseAfter(tokens, k + 1, true) : null;
      const setOffSpeaker = setOff && tokens[setOff.to]?.text === ',' && !isPronoun(tokens[setOff.from]) && !POSSESSIVE_DETERMINERS.has(tokens[setOff.from].lower) ? this.resolve(tokens, setOff, s) : null;
      if (setOffSpeaker && setOffSpeaker !== 'agency' && !isThing(setOffSpeaker)) return setOffSpeaker;
      // `said in a note that …, while a survey by X found households "…"`: the text's finding, not the verb's subject's.
      if (textFindingBefore(tokens, k + 1, qi)) return this.withhold();
      const told = subjectPastTeller(tokens, k, qi); // `Vell, he says, ... told him: "…"` (tellerAsides.ts)
      if (told !== undefined) return told ? resolvedOnly(this.resolve(tokens, told, s)) ?? this.withhold() : this.withhold();
      const found = this.verbSpeaker(tokens, k, s, qi);
      // `Kral called Peskar "a menace," and he called her "a liar."`: a verb whose own subject is a pronoun no one
      // answers holds its words; an earlier verb's subject (Kral) never says them.
      const pronounSubject = found || isGerund(tokens[k]) ? null : phraseBefore(tokens, k);
      if (pronounSubject && pronounSubject.to - pronounSubject.from === 1 && isPronoun(tokens[pronounSubject.from])) return thing;
      // `Okafor recalled reporters asking "…"`: a participle whose subject is what is perceived holds the words, found
      // or not; the rememberer's verb before it never speaks them.
      if (!found && isGerund(tokens[k]) && perceivedSpeaker(tokens, phraseBefore(tokens, k)?.from ?? -1)) return thing;
      // `heard from voters who told her they were "…"`: the people of a restrictive `who` clause speak, or no one
      // named; never the subject of a verb before them (restrictiveRelatives.ts).
      const people = found ? undefined : restrictiveAntecedent(tokens, k, qi);
      if (people !== undefined) return (people && resolvedOnly(this.resolve(tokens, people, s))) || this.withhold();
      if (!found) continue;
      if (found !== 'agency' && this.reportedByAnother(tokens, found, s, qi)) return this.withhold();
      // `Reyes said that fact speaks volumes about who is "ready"`: a thing as the subject of a verb inside someone's
      // reported words says nothing of its own; the words are the reporting verb's speaker's. Not across a clause of
      // its own (`Cruz said as the heckler yelled: "..."`).
      if (thing) return found !== 'agency' && !isThing(found) && reportsInto(tokens, k, thingAt) ? found : thing;
      if (found === 'agency' || !isThing(found)) return found;
      thing = found;
      thingAt = k;
    }
    return thing;
  }

  /** The subject of `with Lee taking ... "..."`, when a speech verb stands between its participle and the quote at `qi`. */
  private withClauseSubject(tokens: readonly Token[], w: number, qi: number, s: number): Resolution {
    // Only a clause set off by a comma (`..., with Lee taking`), never a complement (`a source familiar with Lee's
    // thinking said`).
    const read = tokens[w - 1]?.text === ',' ? phraseAfter(tokens, w + 1, true) : null;
    if (!read) return null;
    // The phrase read may run on over the participle (`Lee taking`): it ends where the participle stands.
    let p = read.from + 1;
    while (p < read.to && !(isWord(tokens[p]) && !tokens[p].cap && isGerund(tokens[p]))) p++;
    const subject = { from: read.from, to: p };
    // `with Ivo Kral, head of the harbour group, telling a channel: "..."`: the participle past the name's appositive.
    if (p === read.to) p = skipAppositive(tokens, p);
    const participle = tokens[p];
    if (!isWord(participle) || participle.cap || !isGerund(participle) || tokens[p - 1].possessive || !namesSomeone(tokens, subject)) return null;
    // `to call`: after `to` a noun-like form (`call`, `claim`) is the verb.
    const speaks = (k: number) => isSpeechVerbAt(tokens, k) || (tokens[k - 1]?.lower === 'to' && isWord(tokens[k]) && !tokens[k].cap && SPEECH_VERBS.has(tokens[k].lower));
    for (let k = subject.to; k < qi; k++) if (speaks(k)) return this.resolve(tokens, subject, s);
    return null;
  }

  /**
   * The comma closing a subordinate clause that opens the sentence before the quote at `qi` (`While Chen proclaims
   * ..., Reyes fixates on the "pivot" line`), or -1. `As Reyes told reporters, ...` attributes what follows, so `as`
   * opens no such clause.
   */
  private openingClauseEnd(tokens: readonly Token[], qi: number, s: number): number {
    const f = this.factsOf(s).firstContent;
    const opener = tokens[f];
    if (!isWord(opener) || !SUBORDINATORS.has(opener.lower) || opener.lower === 'as') return -1;
    for (let c = f + 1; c < qi && c <= f + REACH; c++) {
      const t = tokens[c];
      // The comma may close the clause's own quote: `While Chen calls it "a terrific piece," Reyes...`.
      if (t.text === ',' || (t.kind === 'quote' && /,\s*$/.test(this.p.quotes[t.quote]?.text ?? ''))) return c;
    }
    return -1;
  }
}

/** Whether the words from the speech verb at `outer` to the one at `inner` are its reported words, with no clause of their own. */
function reportsInto(tokens: readonly Token[], outer: number, inner: number): boolean {
  return tokens.slice(outer + 1, inner).every((t) => t.kind !== 'quote' && t.text !== ';' && t.text !== ':' && !(isWord(t) && (SUBORDINATORS.has(t.lower) || RELATIVE_PRONOUNS.has(t.lower))));
}

/** Whether the verb at `v` closes an aside set off by commas and opened by `and` (`, and Peskar agreed,`). */
function joiningAside(tokens: readonly Token[], v: number): boolean {
  if (tokens[v + 1]?.text !== ',') return false;
  for (let c = v - 1; c > 0 && c >= v - 6; c--) {
    if (tokens[c].kind !== 'punct') continue;
    return tokens[c].text === ',' && tokens[c + 1].lower === 'and';
  }
  return false;
}

/**
 * `Ana Kral's claim that it was "a mess"`, `Kral's description of "a mess"`: the phrase naming the owner before the
 * noun of saying at `k`, when the quote at `qi` is inside what the noun says: right after `of` (and an article) or
 * `to`, or in a `that` clause with one verb or none (`mocked Kral's claim that "…"` quotes the whole claim; `Kral's
 * claim that it was a lie is "simply not true"` says something of the claim).
 */
function sayingOwner(tokens: readonly Token[], k: number, qi: number): Phrase | null {
  const owner = tokens[k - 1];
  const next = tokens[k + 1];
  // `denied claims by Ivo Marsh that it was "…"`, `the charge of Ana Kral that the vote had been "…"`: the owner named
  // after the noun (speechNounOwners.ts), then the `that` clause of the words, with one verb at most (`had been` one).
  const named = namedOwnerAfter(tokens, k, qi);
  if (named) return tokens[named.to]?.lower === 'that' && verbGroups(tokens.slice(named.to + 1, qi)) <= 1 ? named : null;
  if (!isWord(owner) || !owner.possessive || CONTRACTION.test(owner.text)) return null;
  // Not a colon: `dismissed Kral's remarks: "…"` gives the reply (colonIntroductions.ts reads `Kral's remarks:` alone).
  if (!isWord(next)) return null;
  const between = tokens.slice(k + 2, qi);
  if (between.some((t) => t.kind === 'quote')) return null;
  if (next.lower === 'of' || next.lower === 'to' ? between.length > 1 : next.lower !== 'that' || between.filter(isVerbLike).length > 1) return null;
  let from = k - 1;
  if (owner.cap) {
    while (from > 0 && k - 1 - from < 3 && isNameWord(tokens[from - 1]) && !tokens[from - 1].possessive) from--;
    return { from, to: k };
  }
  // `mocked the mayor's promise that "…"`: an owner known by a role is someone too, the verb's subject only reports
  // the words; the phrase runs back to its determiner (`the foreign minister's`).
  for (let d = k - 2; d >= 0 && d >= k - 4 && isWord(tokens[d]) && !tokens[d].possessive; d--) {
    if (OWNER_DETERMINERS.has(tokens[d].lower)) return { from: d, to: k };
  }
  return { from, to: k };
}

/** `it's`, `that's`: a pronoun and a verb, never an owner. */
const CONTRACTION = /^(?:it|he|she|that|there|here|who|what|where|how|let)['\u2019]s$/i;
/** Words that open a phrase naming someone by a role (`the mayor's`, `her rival's`). */
const OWNER_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'this', 'that']);

/** Words that open a clause set against the one before it, with a subject of its own. */
const CONTRASTING = new Set(['while', 'whereas', 'whilst']);

/** Verbs that only link a subject to what it is: `said Rubio was "…" while Cruz is "…"` goes on with the report. */
const LINKING = /^(?:is|are|was|were|be|been|has|have|had|will|would|could|can|may|might|must|should|seems|seemed|remains|remained)$/;

/**
 * Whether `while` at `k` opens a clause set off by a comma whose own named subject and verb (no copula: a report
 * goes on through `while Cruz is "…"`) stand before the quote at `qi`.
 */
function contrastClauseAt(tokens: readonly Token[], k: number, qi: number): boolean {
  if (!isWord(tokens[k]) || !CONTRASTING.has(tokens[k].lower) || (tokens[k - 1]?.text !== ',' && !(tokens[k - 1]?.kind === 'quote' && /,\W*$/.test(tokens[k - 1].text)))) return false;
  const subject = phraseAfter(tokens, k + 1, true);
  const verb = subject ? tokens[subject.to] : undefined;
  return subject !== null && subject.to < qi && (namesSomeone(tokens, subject) || isPronoun(tokens[subject.from])) && isWord(verb) && !verb.cap && isVerbLike(verb) && !LINKING.test(verb.lower);
}
