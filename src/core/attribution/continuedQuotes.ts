// Quotes with no attribution of their own in their sentence: a quote that goes on in the voice of the quote before
// it (`"...," he said. "..."`), a paragraph of nothing but quotation after someone takes the floor or a sentence
// about them, or signed in the line after it (`- Reyes.`, signedParagraphs.ts), a quote after a sentence that
// introduces it with a colon (`Reyes continued:`, `Reyes issued the following statement:`, `Stated Reyes:`), and the
// second half of a quotation broken by its attribution (`"...," said Ana Ruiz, "but..."`).
import { anotherActsAfter } from './quoteOwnSpeakers';
import { BETWEEN_SUBJECT_AND_VERB, DETERMINERS, OBJECT_SPEECH_VERBS, PERSONAL_PRONOUNS, SPEECH_VERBS } from '../text/newsLexicon';
import { tokenizeWords } from '../text/normalizeText';
import { phraseAfter, phraseBefore } from './speakerPhrases';
import { namesSomeone } from './namePhrases';
import { skipAppositive } from './appositives';
import { pastSetOffName } from './appositiveNames';
import { signatureAfter } from './signedParagraphs';
import { askedPerson, isQuestionParagraph } from './askedAnswers';
import { INTRODUCED_TEXTS, ISSUING_VERBS, ownerIntroducing } from './statementHeadings';
import { nameThenVerb, ownedTextAfter } from './bareAttributions';
import { opensTimePhrase } from './timePhrases';
import { isStageDirectionSentence } from './stageDirections';
import { DASHES, isGerund, isPronoun, isRelayVerb, isSpeechVerbAt, isVerbLike, isWord } from './tokenClasses';
import { ANTECEDENT_QUOTES, REACH, type Attribution, type Resolution, type Resolved } from './resolvedSpeakers';
import { ReturningSubjects } from './returningSubjects';
import { tokenAt, type Token } from '../text/sentenceTokens';
import type { Speaker } from '../types';
import { alternatingTurn } from './alternatingTurns';
import { speaksAcrossNarration } from './narratedPauses';
import { quoteEndSentence } from './quotationParagraphs';
import { isAskedIntroduction } from './askedClauses';
import { questionedSaying } from './questionedSayings';
import { addressedSpeaksAt } from './turnThirdPersons';

/** The attributions of a paragraph's opening quote that name its speaker there, and so the open paragraph's before it. */
const CARRIED_METHODS: ReadonlySet<string> = new Set(['after', 'dash', 'label', 'transcript']);

/** Words opening a clause of its own between two halves of a quote: what follows may be another speaker's. */
const INTERRUPTING_CLAUSE_OPENERS = new Set(['and', 'but', 'though', 'although', 'while', 'whereas', 'because', 'that', 'when', 'after', 'before', 'as', 'if', 'then', 'so']);

/** Verbs of taking the floor: a paragraph of quotation after `X addressed the council` is X speaking; so it is after a gesture in answer (`I put it to him that ... He shrugged.`). */
const ADDRESSING_VERBS = new Set(['addressed', 'addresses', 'spoke', 'speaks', 'testified', 'testifies', 'wrote', 'writes', 'tweeted', 'posted', 'posts', 'told', 'tells', 'responded', 'responds', 'replied', 'replies', 'explained', 'explains', 'continued', 'continues', 'shrugged', 'shrugs', 'nodded', 'nods', 'smiled', 'smiles', 'laughed', 'laughs', 'sighed', 'sighs', 'grinned', 'grins', 'paused', 'pauses']);

/** How many paragraphs a quotation left open is followed to its close (runsUnattributed). */
const MAX_RUN_PARAGRAPHS = 12;

/** The rules that carry a speaker from one sentence or paragraph to the quotes of the next. */
export abstract class ContinuedQuotes extends ReturningSubjects {
  /** Made on first use (see SpeakerResolver's memos). */
  private wordy: Map<number, boolean> | null = null;
  /** Whether a paragraph of quotation ran to the end of the text, where a signature after it could have named its speaker. */
  wantedLaterText = false;
  /** The signature of each paragraph asked about (see signedParagraphs.ts), by paragraph. */
  private signatures: Map<number, Resolved | null> | null = null;

  /** The speaker of a speech verb at `v` (the sentence rules' reading, see attributeSpeaker.ts). */
  protected abstract subjectOf(tokens: readonly Token[], v: number, s: number, quoteAt: number): Resolution;

  /** A quote opening the sentence right after a sentence with another quote goes on in that speaker's voice. */
  protected continuation(q: number, opensSentence: boolean, s: number): Attribution | null {
    if (!opensSentence) return null;
    const answered = this.answeredAfter(q, s);
    if (answered) return { speaker: answered.speaker, mention: answered.mention, method: 'after', isTerm: false };
    const introduced = this.introducedBefore(s);
    if (introduced) return { speaker: introduced.speaker, mention: introduced.mention, method: 'before', isTerm: false };
    const signed = this.signed(s);
    if (signed) return { speaker: signed.speaker, mention: signed.mention, method: 'dash', isTerm: false };
    if (q === 0) {
      if (s === 0) this.wantedEarlierText = true; // a quote opening the text may continue one before it
      return this.quoteParagraph(q, s);
    }
    // The quote before, passing over titles and terms quoted after it (`"...," Perez said on "Meet the Press." "..."`).
    let k = q - 1;
    while (k > 0 && q - k < ANTECEDENT_QUOTES && this.results[k]?.isTerm && this.p.quoteSentence[k] >= s - 1) k--;
    const previous = this.results[k];
    const ps = quoteEndSentence(this.p, k);
    // `"..." (Applause.) "..."`: a stage direction between the two, even a paragraph of its own, breaks no voice.
    const stage = ps === s - 2 && (isStageDirectionSentence(this.p.tokensOf(s - 1)) || isQuestionParagraph(this.p, s - 1));
    // `"...," Lind said. They sit far off. "..."`: one sentence of narration between, that gives no other voice a chance (narratedPauses.ts).
    if (!previous?.speaker || (ps !== s && ps !== s - 1 && !stage)) return this.quoteParagraph(q, s) ?? (previous?.speaker && ps === s - 2 && speaksAcrossNarration({ p: this.p, facts: (i) => this.factsOf(i), subject: (i) => this.sentenceSubject(i), hasWords: (i) => this.hasWords(i), speaking: () => this.speakingWords().speaking, sexOf: (sp) => [this.registry.record(sp.key)].map((r) => (r ? this.registry.gender(r) : null))[0] }, s, k, previous.speaker) ? { speaker: previous.speaker, mention: previous.mention, method: 'continuation', isTerm: false } : null);
    const stagePara = stage && this.p.sentences[s - 1].paragraph !== this.p.sentences[ps].paragraph && this.p.sentences[s - 1].paragraph !== this.p.sentences[s].paragraph ? 1 : 0;
    if (this.p.sentences[s].paragraph - this.p.sentences[ps].paragraph - stagePara > 1) return null;
    if (ps === s - 1 && isAskedIntroduction(this.p.tokensOf(ps))) return null; // `Asked about X, who said "…":` ¶ `"…"`: the one asked's (askedClauses.ts)
    if (this.answeredByAnother(s, previous.speaker) || this.pronounOfOtherSex(q, s, previous.speaker) || this.namedBeforeVerb(q, s, previous.speaker) || this.signedByAnother(q, s, previous.speaker) || this.anotherActsAfter(q, s, previous.speaker)) return null;
    const turn = alternatingTurn(this.p, this.results, q, k, this.personNamed);
    return turn === 'nobody' ? null : turn ?? { speaker: previous.speaker, mention: previous.mention, method: 'continuation', isTerm: false };
  }

  /** `"...," he said.` ¶ `**Next?**` ¶ `"Sleep," she said.`: a `he` or `she` speaking right after quote `q` of the other sex than `speaker` (a few words: a sentence of many quotes is read once a quote, not whole). */
  private pronounOfOtherSex(q: number, s: number, speaker: Speaker): boolean {
    const { tokens, quoteToken } = this.factsOf(s), at = quoteToken.get(q) ?? 0, record = this.registry.record(speaker.key);
    const sex = record ? this.registry.gender(record) : null;
    return sex !== null && tokens.slice(at + 1, at + 5).some((t, i) => isPronoun(t) && (isSpeechVerbAt(tokens, at + i + 2) || isSpeechVerbAt(tokens, at + i)) && PERSONAL_PRONOUNS.get(t.lower) === (sex === 'male' ? 'female' : 'male'));
  }

  /**
   * `"...," the prosecutor, Marsh, said.`: the quote's own sentence goes on to a speech verb, and names someone before
   * it whom the rules could not read as its subject. That attribution is the quote's, so carrying the voice before
   * would give it to whoever spoke last, a wrong speaker where no speaker is only a miss; a name of the speaker
   * before (`..., Reyes, 54, said`) keeps it.
   */
  private namedBeforeVerb(q: number, s: number, speaker: Speaker): boolean {
    const facts = this.factsOf(s);
    const at = facts.quoteToken.get(q);
    if (at === undefined || facts.firstSpeechVerb <= at || facts.firstSpeechVerb >= facts.tokens.length) return false;
    const named = facts.tokens.slice(at + 1, facts.firstSpeechVerb).filter((t) => isWord(t) && t.cap && !isPronoun(t));
    // By its start: a name's spelling may differ in its ending (`Sarukhán` read from damaged text as `Sarukhã`).
    const own = speaker.key.split(/\s+/).filter((w) => w.length >= 3);
    return named.length > 0 && !named.some((t) => own.some((w) => t.lower.startsWith(w) || w.startsWith(t.lower)));
  }

  /**
   * `"..." — Dale Ruiz, 67, retired`: a quote signed after a dash by a name the rules could not read with what follows
   * it is that name's; carrying the voice of the quote before gives it to another signer.
   */
  private signedByAnother(q: number, s: number, speaker: Speaker): boolean {
    const facts = this.factsOf(s);
    const at = facts.quoteToken.get(q);
    const dash = at === undefined ? undefined : facts.tokens[at + 1];
    if (!dash || dash.kind !== 'punct' || !DASHES.has(dash.text)) return false;
    const name = facts.tokens.slice(at! + 2, at! + 4);
    const own = speaker.key.split(/\s+/).filter((w) => w.length >= 3);
    return name.length === 2 && name.every((t) => isWord(t) && t.cap && !isPronoun(t)) && !name.some((t) => own.some((w) => t.lower.startsWith(w) || w.startsWith(t.lower)));
  }

  /** See anotherActsAfter (quoteOwnSpeakers.ts): a known person acting right after the quote's comma. */
  private anotherActsAfter(q: number, s: number, speaker: Speaker): boolean {
    const facts = this.factsOf(s);
    const at = facts.quoteToken.get(q);
    return at !== undefined && anotherActsAfter(facts.tokens, at, this.p.quotes[q].text, speaker, (phrase) => this.resolve(facts.tokens, phrase, s));
  }

  /**
   * `"Would it open in May?" Kral pressed.`: a quote that ends its sentence, and a next sentence in its paragraph of
   * nothing but a name and a verb (bareAttributions.ts), which says who spoke it.
   */
  private answeredAfter(q: number, s: number): Resolved | null {
    const facts = this.factsOf(s);
    const next = s + 1;
    if (facts.quoteToken.get(q) !== facts.lastContent || next >= this.p.sentences.length) return null;
    if (this.p.sentences[next].paragraph !== this.p.sentences[s].paragraph || this.factsOf(next).quoteToken.size > 0) return null;
    const tokens = this.p.tokensOf(next);
    const phrase = nameThenVerb(tokens, 0) ?? ownedTextAfter(tokens, 0); // `That was Kral's answer.`
    const found = phrase ? this.resolve(tokens, phrase, next) : null;
    return found && found !== 'agency' && found.speaker.kind === 'person' ? found : null;
  }

  /**
   * `"...," Reyes said. "..."` ¶ `"Would it open in May?" Kral pressed.`: a sentence of nothing but a name and a verb
   * right after the quote, in its paragraph, answers it with an attribution whose verb the lexicon may lack. Someone
   * else named there makes carrying the voice before on a guess that is often wrong, and no speaker is better than a
   * wrong one; the same speaker named there confirms it.
   */
  private answeredByAnother(s: number, speaker: Speaker): boolean {
    const next = s + 1;
    if (next >= this.p.sentences.length || this.p.sentences[next].paragraph !== this.p.sentences[s].paragraph) return false;
    if (this.factsOf(next).quoteToken.size > 0) return false;
    const tokens = this.p.tokensOf(next);
    const phrase = phraseAfter(tokens, 0, true);
    if (!phrase || !tokens[0]?.cap || isPronoun(tokens[0]) || !namesSomeone(tokens, phrase)) return false;
    const verb = tokens[phrase.to];
    if (!isWord(verb) || !isVerbLike(verb)) return false;
    // Up to two words after the verb (`pressed again`, `shot back`), then the end of the sentence.
    let k = phrase.to + 1;
    while (k < tokens.length && k <= phrase.to + 2 && isWord(tokens[k]) && !tokens[k].cap) k++;
    if (k !== tokens.length - 1 || tokens[k].text !== '.') return false;
    const found = this.resolve(tokens, phrase, next);
    return !found || found === 'agency' || found.speaker.key !== speaker.key;
  }

  /**
   * `Ortiz addressed the council on Friday.` ¶ `"We start Monday. No more delays."`, `Greene added that the Fed wants
   * out. "They don't like to talk about it."`: a sentence that is nothing but a quotation, with no attribution of its
   * own, speaks for the person the sentence before has speak or take the floor, or is about (isAbout).
   */
  protected quoteParagraph(q: number, s: number): Attribution | null {
    const paragraph = this.p.sentences[s].paragraph;
    if (s === 0) return null;
    const before = this.p.sentences[s - 1].paragraph;
    if (before !== paragraph && before !== paragraph - 1) return null;
    // Nothing but quotations in the sentence, and in the rest of the paragraph when it opens one: an attribution
    // there is the quote's own.
    for (let k = s; k < this.p.sentences.length && k < s + 12 && this.p.sentences[k].paragraph === paragraph; k++) {
      if (this.hasWords(k)) return null;
      if (before === paragraph) break;
    }
    // A quotation left open is the floor's only where the sentence before has someone speak (never merely is about
    // them: a pull quote signed inside its marks, `"…` ¶ `Former mayor Ana Kral."`, would go to whoever it was about).
    const open = this.p.quotes[q].unclosed;
    if (open && !this.runsUnattributed(q)) return null;
    const facts = this.factsOf(s - 1);
    // A sentence with quotes of its own hands on no floor, unless they are only terms (`What "go after them" means
    // is unclear, since Kral spoke only in slogans.`).
    if (facts.quoteToken.size > 0) return [...facts.quoteToken.keys()].every((k) => this.results[k]?.isTerm) ? this.tookTheFloorIn(facts.tokens, s - 1, q) : null;
    // `Greene added that the Fed wants out. "They don't like to talk about it."`: whoever the sentence before has speak.
    const tokens = facts.tokens;
    const asked = askedPerson(tokens, (at, sex) => this.antecedent(s - 1, at, sex), (phrase) => this.resolve(tokens, phrase, s - 1), /\?\W*$/.test(this.p.quotes[q].text));
    if (asked) return { speaker: asked.speaker, mention: asked.mention, method: 'continuation', isTerm: false };
    const v = facts.firstSpeechVerb;
    if (v < tokens.length && (addressedSpeaksAt(tokens, v) || questionedSaying(tokens, v))) return null; // `You replied at 7:43.` (turnThirdPersons.ts), `What does X say?` (questionedSayings.ts)
    if (v < tokens.length && !isRelayVerb(tokens[v]) && !isGerund(tokens[v])) {
      const speaker = this.subjectOf(tokens, v, s - 1, tokens.length - 1);
      if (speaker && speaker !== 'agency' && speaker.speaker.kind === 'person' && !speaker.speaker.members) return { speaker: speaker.speaker, mention: speaker.mention, method: 'continuation', isTerm: false };
    }
    const subject = this.sentenceSubject(s - 1);
    if (!subject || subject.speaker.kind !== 'person' || subject.speaker.members) return this.tookTheFloorIn(tokens, s - 1, q);
    // A sentence about their speaking (`Ortiz addressed the council`, `Reyes spoke next`) hands them the floor.
    const at = pastSetOffName(tokens, tokens.findIndex((t) => t.start >= subject.mention.end)); // `The chairman, Ivo Kral, spoke`
    const spoke = at >= 0 && tokens.slice(at, at + 4).some((t, i) => isSpeechVerbAt(tokens, at + i) || ADDRESSING_VERBS.has(t.lower));
    if (!spoke && (open || !this.isAbout(tokens, at, subject, q))) return null;
    return { speaker: subject.speaker, mention: subject.mention, method: 'continuation', isTerm: false };
  }

  /**
   * `She spoke.` ¶ `"I was slow.` ¶ `"So I watched."`, `Ortega said it was all he had. "I took …` ¶ `"…"`: a quotation
   * left open runs on through paragraphs of nothing but quotation (the first from the quote on) to its close, naming no
   * one; only then is it the floor's (else carryBack's). Open at the text's end, a draft read a paragraph at a time reads on.
   */
  private runsUnattributed(q: number): boolean {
    const { quotes, quoteSentence, sentences } = this.p;
    for (let k = q; k < quotes.length && k - q < MAX_RUN_PARAGRAPHS; k++) {
      const paragraph = sentences[quoteSentence[k]].paragraph;
      let first = quoteSentence[k];
      if (k !== q) while (first > 0 && sentences[first - 1].paragraph === paragraph) first--;
      for (let j = first; j < sentences.length && sentences[j].paragraph === paragraph; j++) if (this.hasWords(j)) return false;
      if (!quotes[k].unclosed) return true;
      const next = quoteSentence[k + 1];
      if (next === undefined || sentences[next].paragraph !== paragraph + 1) return next === undefined ? !(this.wantedLaterText = true) : false;
    }
    return false;
  }

  /**
   * `Kral is upbeat about the vote.`, `Reyes praised the crews.` ¶ `"..."`: a sentence about what a person does hands
   * them the floor too, as a reporter leaves a quotation unattributed only where its speaker is the one the
   * sentence before is about. Only a person named in full somewhere (not a capitalised word taken for a name),
   * with a verb right after the name (never a name alone, `Pause.`), and a sentence said, not a section's title in
   * quotes (`'A change warrior.'`).
   */
  private isAbout(tokens: readonly Token[], at: number, subject: Resolved, q: number): boolean {
    const verb = at >= 0 ? tokens[skipAppositive(tokens, at)] : undefined;
    if (!isWord(verb) || verb.cap) return false;
    return this.registry.record(subject.speaker.key)?.first != null && tokenizeWords(this.p.quotes[q].text).length >= 5;
  }

  /**
   * `What the plan means is unclear, since Kral spoke only in slogans at the meeting.` ¶ `"We will win."`: a person
   * named in full who takes the floor in a clause of the sentence before (its subject says nothing) speaks the
   * quotation paragraph after it; a quote of five words or more, as for isAbout.
   */
  private tookTheFloorIn(tokens: readonly Token[], s: number, q: number): Attribution | null {
    if (tokenizeWords(this.p.quotes[q].text).length < 5) return null;
    for (let k = 1; k < tokens.length; k++) {
      if (!isWord(tokens[k]) || tokens[k].cap || !ADDRESSING_VERBS.has(tokens[k].lower) || !tokens[k - 1].cap) continue;
      const phrase = phraseBefore(tokens, k);
      const found = phrase ? this.resolve(tokens, phrase, s) : null;
      if (!found || found === 'agency' || found.speaker.kind !== 'person' || found.speaker.members || this.registry.record(found.speaker.key)?.first == null) return null;
      return { speaker: found.speaker, mention: found.mention, method: 'continuation', isTerm: false };
    }
    return null;
  }

  /** `"We will rebuild every road."` ¶ `- Dana Reyes.`: who signs the paragraph of quotation of sentence `s`. */
  private signed(s: number): Resolved | null {
    const paragraph = this.p.sentences[s].paragraph;
    const signatures = (this.signatures ??= new Map());
    let found = signatures.get(paragraph);
    if (found !== undefined) return found;
    let first = s;
    while (first > 0 && this.p.sentences[first - 1].paragraph === paragraph) first--;
    const signature = signatureAfter(this.p, first, (k) => !this.hasWords(k));
    if (signature === 'end') this.wantedLaterText = true;
    const resolved = signature && signature !== 'end' ? this.resolve(this.p.tokensOf(signature.s), signature.phrase, signature.s) : null;
    found = resolved && resolved !== 'agency' && resolved.speaker.kind !== 'description' ? resolved : null;
    signatures.set(paragraph, found);
    return found;
  }

  /**
   * `"We start Monday.` ¶ `"No more delays," Reyes said.`: a paragraph of nothing but quotation left open (no closing
   * mark: the convention for a quotation that goes on in the next paragraph) speaks in the voice of the quotation
   * that opens the next paragraph, where that paragraph's own attribution names its speaker. Walked from the last
   * quote back, after every quote has its own reading, so a quotation over three paragraphs takes the voice of its last.
   */
  protected carryBack(): void {
    const carried = new Set<number>();
    for (let q = this.results.length - 2; q >= 0; q--) {
      const own = this.results[q];
      if (own.speaker || own.isTerm || !this.p.quotes[q].unclosed) continue;
      const next = this.results[q + 1];
      if (!next.speaker || !(CARRIED_METHODS.has(next.method) || carried.has(q + 1))) continue;
      const sentences = this.p.sentences;
      const s = this.p.quoteSentence[q];
      const ns = this.p.quoteSentence[q + 1];
      const paragraph = sentences[s].paragraph;
      // The next quote opens the next paragraph.
      if (sentences[ns].paragraph !== paragraph + 1 || sentences[ns - 1].paragraph === paragraph + 1) continue;
      if (this.factsOf(ns).quoteToken.get(q + 1) !== this.factsOf(ns).firstContent) continue;
      // Nothing but quotation from the open quote's sentence on (`Kral spoke first. "…` may open it); a sentence before it
      // in its paragraph whose subject is someone else (`Peskar said the barn was all he had. "…`) holds the floor.
      if (this.hasWords(s)) continue;
      let k = s - 1;
      while (k >= 0 && sentences[k].paragraph === paragraph && [this.sentenceSubject(k)].every((t) => t?.speaker.kind !== 'person' || t.speaker.key === next.speaker?.key)) k--;
      if (k >= 0 && sentences[k].paragraph === paragraph) continue;
      this.results[q] = { speaker: next.speaker, mention: next.mention, method: 'continuation', isTerm: false };
      carried.add(q);
    }
  }

  /** Whether sentence `s` has words outside its quotations (read once a sentence). */
  protected hasWords(s: number): boolean {
    const wordy = (this.wordy ??= new Map());
    let has = wordy.get(s);
    if (has === undefined) wordy.set(s, (has = this.factsOf(s).tokens.some((t) => t.kind === 'word')));
    return has;
  }

  /** `Reyes continued:` ¶ `"The numbers do not add up."`: the sentence before ends with a speech verb and a colon. */
  protected introducedBefore(s: number): Resolved | null {
    if (s === 0) {
      this.wantedEarlierText = true;
      return null;
    }
    const tokens = this.p.tokensOf(s - 1);
    const last = tokens.length - 1;
    if (last < 1 || this.factsOf(s - 1).quoteToken.size > 0) return null;
    // `From Kral's Facebook post:`, `Here's Kral in March:`, a heading `Statement by Ana Kral` (statementHeadings.ts).
    const owner = ownerIntroducing(this.p, s, tokens, this.factsOf(s - 1).firstContent);
    if (owner) {
      const at = owner.sentence ?? s - 1, own = this.p.tokensOf(at)[owner.from], pronoun = owner.to - owner.from === 1 && (own.lower === 'his' || own.lower === 'her');
      const found = pronoun ? this.antecedent(at, own.start, own.lower === 'his' ? 'male' : 'female') : this.resolve(this.p.tokensOf(at), owner, at); // `from his speech`
      return found && found !== 'agency' && found.speaker.kind !== 'description' ? found : null;
    }
    if (tokens[last].text !== ':') return null;
    for (let k = last - 1; k >= 0 && k >= last - 6; k--) {
      if (!isSpeechVerbAt(tokens, k)) continue;
      const found = this.subjectOf(tokens, k, s - 1, last);
      return found && found !== 'agency' ? found : null;
    }
    return this.statementIntroduced(tokens, s - 1, last) ?? this.invertedIntroduction(tokens, s - 1, last);
  }

  /**
   * `Mayor Dana Reyes released the following statement:`: a named subject that issues a text of speech (a
   * statement, remarks) right before the colon introduces it.
   */
  private statementIntroduced(tokens: readonly Token[], s: number, colon: number): Resolved | null {
    const noun = tokens[colon - 1];
    if (!isWord(noun) || noun.cap || !INTRODUCED_TEXTS.has(noun.lower)) return null;
    let k = colon - 2;
    while (k >= 0 && isWord(tokens[k]) && !tokens[k].cap && !DETERMINERS.has(tokens[k].lower) && colon - k <= 4) k--;
    if (!isWord(tokens[k]) || !DETERMINERS.has(tokens[k].lower) || tokens[k].possessive) return null;
    const verb = tokens[k - 1];
    if (!isWord(verb) || !ISSUING_VERBS.has(verb.lower)) return null;
    const subject = this.sentenceSubject(s);
    if (!subject || subject.speaker.kind === 'description' || subject.mention.end > verb.start) return null;
    // The subject's own verb: past an appositive, a time and auxiliaries (`Ivo Kral, the chairman, on Friday issued`).
    let v = skipAppositive(tokens, tokens.findIndex((t) => t.start >= subject.mention.end));
    if (opensTimePhrase(tokens, v)) v += 2;
    while (v < k - 1 && isWord(tokens[v]) && (BETWEEN_SUBJECT_AND_VERB.has(tokens[v].lower) || (!tokens[v].cap && !isVerbLike(tokens[v]))) && k - 1 - v <= 3) v++;
    return v === k - 1 ? subject : null;
  }

  /** `Stated Kral:`, `Said Mayor Reyes:`: a sentence of an opening speech verb and its speaker, then the colon. */
  private invertedIntroduction(tokens: readonly Token[], s: number, colon: number): Resolved | null {
    const f = this.factsOf(s).firstContent;
    const verb = tokens[f];
    if (!isWord(verb) || !verb.cap || !SPEECH_VERBS.has(verb.lower) || OBJECT_SPEECH_VERBS.has(verb.lower)) return null;
    const phrase = phraseAfter(tokens, f + 1, false);
    if (!phrase || phrase.to !== colon) return null;
    const found = this.resolve(tokens, phrase, s);
    return found && found !== 'agency' && found.speaker.kind !== 'description' ? found : null;
  }

  /**
   * `"...," said Ana Ruiz, director of the port, "but it is moving."`, `"...," Kral said on Monday, "and..."`: a
   * quotation broken by its attribution goes on after it in the same voice. Only when what stands between the
   * halves is that one attribution: a second speech verb or a clause of its own (`, though Ruiz told...`) may bring
   * another speaker.
   */
  protected interrupted(tokens: readonly Token[], qi: number): Attribution | null {
    const comma = tokenAt(tokens, qi - 1);
    if (!comma || comma.kind !== 'punct' || comma.text !== ',') return null;
    let j = qi - 2;
    while (j >= 0 && tokens[j].kind !== 'quote') j--;
    if (j < 0 || qi - j > REACH) return null;
    const first = this.results[tokens[j].quote];
    if (!first?.speaker || !first.mention || first.method !== 'after') return null;
    if (first.mention.start < tokens[j].end || first.mention.end > comma.start) return null;
    let verbs = 0;
    for (let k = j + 1; k < qi - 1; k++) {
      const t = tokens[k];
      if (isSpeechVerbAt(tokens, k)) verbs++;
      if (t.kind === 'punct' && t.text !== ',' && t.text !== '(' && t.text !== ')' && t.text !== '.') return null;
      if (isWord(t) && !t.cap && INTERRUPTING_CLAUSE_OPENERS.has(t.lower)) return null;
    }
    return verbs === 1 ? { speaker: first.speaker, mention: first.mention, method: 'continuation', isTerm: false } : null;
  }
}
