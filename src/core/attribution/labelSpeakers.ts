// Speakers given by a label rather than a speech verb: a quoted transcript that opens with its speaker
// (`"CLINTON: I feel..."`), and a name and a colon that open the sentence (`Reyes: "..."`, `- **Reyes**: "..."`,
// `Rep. Trey Gowdy (R-S.C.): "..."`, a headline's `Ryan: ...`).
import { opensLine } from './lineOpenings';
import type { Token } from '../text/sentenceTokens';
import { ClauseSpeakers } from './clauseSpeakers';
import { nonPersonKind } from './groupNames';
import { DETERMINERS, ROLE_HEADS } from '../text/newsLexicon';
import { PERSON_NOUNS } from '../text/personNouns';
import { phraseAfter, phraseBefore, type Phrase } from './speakerPhrases';
import { readNamePhrase } from './namePhrases';
import { conjuncts } from './conjunctPhrases';
import { opensAppositive, skipAppositive } from './appositives';
import { DASHES, isAffiliationWord, isGerund, isRoleWord, isSpeechVerbAt, isVerbLike, isWord, STOP_WORDS } from './tokenClasses';
import { REACH, type Resolution, type Resolved } from './resolvedSpeakers';
import { MAX_ROW_CHARS, tableCells, tooLongForRow } from './tableRows';
import { demonymGender } from './demonyms';
import { labelRoleSpeaker } from './roleLabels';
import { speakerOfTitledLabel } from './titledLabelSexes';
import { afterClockTime } from './timePhrases';
import { isBriefAside } from './briefAsides';
import { isMediumAside } from './mediumAsides';
import { findInterviewee, opensAnswer } from './interviewAnswers';
import { headedInterviewee } from './interviewHeadings';
import type { TranscriptTurn, TurnLabel } from './transcriptTurns';
import type { AttributedQuote, Speaker } from '../types';

/** A speaker's label opening a quoted transcript: one to four capitalised words and a colon (`CLINTON:`, `Chris Matthews:`). */
const TRANSCRIPT_LABEL = /^\s*((?:\p{Lu}[\p{L}'\u2019.-]*\s){0,3}\p{Lu}[\p{L}'\u2019.-]*):\s/u;

/** The most tokens a role set off after a name holds (`, Secretary-General of the United Nations`). */
const ROLE_ASIDE_TOKENS = 9;

/** Words the verb test takes for a predicate's that only say when (`on Friday`, `earlier`). */
const CIRCUMSTANCE_WORDS: ReadonlySet<string> = new Set(['on', 'earlier', 'later', 'yesterday', 'today', 'tonight']);

/**
 * Whether the tokens `[k, end)` are only a role or outlet set off after a name: a comma, then a description (`the
 * mayor`), a role (`Kremlin spokesman`, `head of the port`) or capitalised words (`Harbor Gazette`), with no verb or
 * quote; so a label's or a signature's words are still the speaker's, not a sentence going on.
 */
export function isRoleAside(tokens: readonly Token[], k: number, end: number): boolean {
  if (tokens[k]?.text !== ',' || end - k > ROLE_ASIDE_TOKENS) return false;
  // A firm's ampersand between capitalised names (`, Bramwell & Tate`) is part of the name, not a clause.
  const words = tokens.slice(k + 1, end).filter((t, i, all) => t.text !== '*' && t.text !== '_' && t.text !== '-' && t.text !== '.' && !(t.text === '&' && all[i - 1]?.cap && all[i + 1]?.cap));
  // A verb would make it a clause of its own (`, Zelenskyy said`); a time or place (`on Friday`) and a participle
  // (`speaking in Kyiv`) say when and how.
  // A word right after an article is a noun, whatever verb it spells too (`chief executive of the rail company`).
  const afterArticle = (i: number) => i > 0 && DETERMINERS.has(words[i - 1].lower);
  if (!words.length || !words.every(isWord) || words.some((t, i) => !t.cap && isVerbLike(t) && !CIRCUMSTANCE_WORDS.has(t.lower) && !isGerund(t) && !afterArticle(i))) return false;
  // `06.00 – Kral, earlier: '…'`: a live blog's word of when alone, as `, on Friday` is read.
  // `— Dario Vellani, Coravian economy minister`: a nationality before the role, read as the role alone is.
  const placedRole = words.length > 1 && words[0].cap && tokens[k + 1] === words[0] && demonymGender(words[0].text) !== undefined && opensAppositive(tokens, k + 2);
  return opensAppositive(tokens, k + 1) || placedRole || words.every(isAffiliationWord) || (words.length === 1 && CIRCUMSTANCE_WORDS.has(words[0].lower));
}

/** Articles a topic's words may hold (`on the penalty appeal`). */
const TOPIC_ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'their']);

/** The most words of a body or topic a label carries (`of the Climate Council`, `on the penalty appeal`). */
const QUALIFIER_WORDS = 6;

/**
 * Whether the tokens `[k, end)` are only what a label adds after a name: the body the speaker is of (`of the Climate
 * Council`, capitalised words) or, as live blogs head a quote, its topic (`on the penalty appeal`, lower-case words with
 * no verb). A clause's words (`on the budget was firm`) make it prose, not a label.
 */
function isLabelQualifier(tokens: readonly Token[], k: number, end: number): boolean {
  const words = tokens.slice(k, end).filter((t) => t.text !== '*' && t.text !== '_');
  if (words.length < 2 || words.length > QUALIFIER_WORDS + 1 || !words.every(isWord)) return false;
  const [head, ...rest] = words;
  if (head.lower === 'of' && !head.cap) {
    const body = rest[0]?.lower === 'the' ? rest.slice(1) : rest;
    return body.length > 0 && body.every((t, i) => t.cap || (i > 0 && i < body.length - 1 && (t.lower === 'of' || t.lower === 'and' || t.lower === 'for')));
  }
  // `Renko at the harbour gates tonight:`, as threads and live blogs head a quote with where it was said: lower-case
  // words with no verb, and a word of when after them (`Kral in reply to Dobos:` names another, and is no place).
  if ((head.lower === 'at' || head.lower === 'in') && !head.cap) {
    const place = TOPIC_ARTICLES.has(rest[0].lower) ? rest.slice(1) : rest;
    const when = place.length > 1 && CIRCUMSTANCE_WORDS.has(place[place.length - 1].lower) ? place.slice(0, -1) : place;
    return when.length > 0 && when.every((t) => !t.cap && !isVerbLike(t) && !STOP_WORDS.has(t.lower) && !DETERMINERS.has(t.lower));
  }
  if (head.lower === 'on' && !head.cap) {
    const topic = TOPIC_ARTICLES.has(rest[0].lower) ? rest.slice(1) : rest;
    return topic.length > 0 && topic.every((t) => !t.cap && !isVerbLike(t) && !STOP_WORDS.has(t.lower) && !DETERMINERS.has(t.lower));
  }
  return false;
}

/**
 * `Kremlin spokesman Ivo Peskar:`, `Former secretary of state Ana Ruiz:`: a role in lower case before a name in full,
 * the way transcripts and fact checks label a speaker; its words describe the role (no verb, no clause), and the name
 * ends the label.
 */
function titledName(tokens: readonly Token[], phrase: Phrase): boolean {
  return endsInFullName(tokens, phrase) && isLowerCaseTitle(tokens, phrase.from, phrase.to);
}

/**
 * Whether what the role is of, from `of` at `at` to the name, is a portfolio (`of defence`, `of state`), not a person
 * (`Mother of Ana Ruiz:`, `Lawyer of former president Ana Ruiz:` label someone the label does not name).
 */
function portfolioBefore(tokens: readonly Token[], at: number, name: Phrase): boolean {
  const nameStart = tokens.indexOf(readNamePhrase(tokens, name).name[0], name.from);
  const words = tokens.slice(at + 1, nameStart);
  return words.length > 0 && words.every((t) => isWord(t) && !ROLE_HEADS.has(t.lower) && !PERSON_NOUNS.has(t.lower));
}

/** Whether a phrase ends in a name of two words or more (`Ana Ruiz`, `Former port director Ana Ruiz`). */
function endsInFullName(tokens: readonly Token[], phrase: Phrase): boolean {
  const name = readNamePhrase(tokens, phrase).name;
  return name.length >= 2 && name[name.length - 1] === tokens[phrase.to - 1];
}

/**
 * Whether the lower-case words of `[from, to)` are a role's: a role word or noun for a person among them, and no verb,
 * determiner or function word, but for the portfolio after `of` (`secretary of state`, where `state` is also a verb).
 */
function isLowerCaseTitle(tokens: readonly Token[], from: number, to: number): boolean {
  let role = false;
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (!isWord(t)) return false;
    if (!/\p{Ll}/u.test(t.text[0])) continue;
    // `Chief engineer Sanne Odell:`: the lower-case head of a title a capitalised role word opens.
    if (isRoleWord(t) || PERSON_NOUNS.has(t.lower) || (k === from + 1 && isRoleWord(tokens[from]) && tokens[from].cap && !STOP_WORDS.has(t.lower))) role = true;
    if (t.lower === 'of' || STOP_WORDS.has(t.lower) || DETERMINERS.has(t.lower)) {
      if (t.lower !== 'of') return false;
    } else if ((isVerbLike(t) || isGerund(t)) && tokens[k - 1]?.lower !== 'of') return false;
  }
  return role;
}

/**
 * `Vladimir Putin: I will quote the words of Ivan Ilyin: "..."`, `Putin: They say, "..."`: in a transcript's paragraph
 * the label's words run on unquoted, and a quote after a speech verb or a second colon is someone the speaker quotes,
 * not the speaker; their own earlier words (`As I have said, "..."`) stay theirs.
 */
function anotherVoice(tokens: readonly Token[], colon: number, qi: number): boolean {
  // `Isaiah 45:1 reads: "..."`: a reference's colon, with no space after it, is the label's own words going on.
  if (tokens[colon + 1]?.start === tokens[colon].end) return false;
  for (let k = colon + 1; k < qi; k++) {
    if (tokens[k].text === ':') return true;
    if (!isSpeechVerbAt(tokens, k)) continue;
    if (!selfBefore(tokens, Math.max(colon + 1, k - 3), k)) return true;
  }
  return false;
}

/** `I would describe it as`, `We have said many times that`: the speaker (or those they speak for) before a speech verb. */
export function selfBefore(tokens: readonly Token[], from: number, k: number): boolean {
  return tokens.slice(from, k).some((t) => isWord(t) && (t.text === 'I' || t.lower === 'we'));
}

/** The most words of an item's emphasised topic before a label (`**Evacuations and roads:**`). */
const TOPIC_WORDS = 5;

/**
 * The token after an emphasised topic and its colon opening the line at `start` (`**The founder:** Vera Kral:`), where a
 * label of its own follows before the quote at `qi`; null when the line does not open so. `text` is the unmasked
 * text, which keeps the emphasis marks.
 */
function afterEmphasisedTopic(tokens: readonly Token[], text: string, start: number, qi: number): number | null {
  let colon = start;
  while (colon < qi && colon - start <= TOPIC_WORDS && tokens[colon].text !== ':') colon++;
  if (tokens[colon]?.text !== ':' || colon === start || colon + 1 >= qi) return null;
  // Only emphasis that opens before the topic and closes right after its colon marks one; a plain `Kral: Dorn: "…"` is
  // no item's heading.
  const opens = /^(\*\*|__)$/.test(text.slice(Math.max(0, tokens[start].start - 2), tokens[start].start));
  const closes = /^(\*\*|__)\s/.test(text.slice(tokens[colon].end, tokens[colon].end + 3));
  // Plain text keeps the marks as tokens of their own; markdown masks them.
  let next = colon + 1;
  while (next < qi && (tokens[next].text === '*' || tokens[next].text === '_')) next++;
  return opens && closes && tokens.slice(next, qi).some((t) => t.text === ':') ? next : null;
}

/** How many sentences a table row's line is read for on each side of its quote's. */
const MAX_ROW_SENTENCES = 8;

/** The label rules, for the quote attributor built on them. */
export abstract class LabelSpeakers extends ClauseSpeakers {
  /** The interviewee of a Q&A text, read on its first answer (undefined: not read yet). */
  private answerer: Resolved | null | undefined;

  /** `A: "..."` in a Q&A: the person its introduction is about (interviewAnswers.ts), read once. */
  private interviewee(): Resolved | null {
    if (this.answerer === undefined) {
      const fullPerson = (found: Resolved) => found.speaker.kind === 'person' && (this.registry.record(found.speaker.key)?.first ?? null) !== null;
      const resolve = (s: number, owner: Phrase) => this.resolve(this.p.tokensOf(s), owner, s);
      this.answerer = findInterviewee(this.p, (s) => this.sentenceSubject(s), resolve, fullPerson) ?? headedInterviewee(this.p, resolve, fullPerson);
    }
    return this.answerer;
  }

  /**
   * A transcript's turns as quotations of their labels' speakers (transcriptTurns.ts): `HALE: Every reasonable
   * expense ...` is Hale's, `A: ...` the interviewee's; `HOST: ...`, `Q: ...` and `UNIDENTIFIED MALE: ...` are
   * quotations of no one named.
   */
  transcriptQuotes(turns: readonly TranscriptTurn[]): AttributedQuote[] {
    const quotes: AttributedQuote[] = [];
    // An explainer's `Q:` and `A:` are its own words: only an interview whose introduction names who answers has turns.
    if (turns.some((t) => t.needsInterviewee) && !this.interviewee()) return quotes;
    // `AMY GOODMAN:`, then `GOODMAN:`: a lone surname is first the one the transcript's own labels give in full, as
    // a registry's choice among people of that surname may be another (`I'm Amy Goodman` learnt as a name).
    const inFull = new Map<string, Speaker>();
    for (const turn of turns) {
      const label = turn.speaker;
      if (label.kind !== 'name' || label.words.length < 2) continue;
      const speaker = this.turnSpeaker(label);
      const surname = label.words[label.words.length - 1].toLowerCase();
      if (speaker && !inFull.has(surname)) inFull.set(surname, speaker);
    }
    // The turns and their spans come in the text's order: each span's sentence is found walking on from the last.
    let s = 0;
    for (const turn of turns) {
      const label = turn.speaker;
      const lone = label.kind === 'name' && label.words.length === 1 ? inFull.get(label.words[0].toLowerCase()) : undefined;
      const speaker = speakerOfTitledLabel(this.registry, turn.label.text, lone ?? this.turnSpeaker(label)); // `MR KIPTOO:` is no woman
      const mention = speaker ? turn.label : null;
      // A label of a name no text has named yet (`none`) is read again once every source's names are known.
      const method = speaker === null && label.kind === 'name' ? 'none' : 'transcript';
      for (const span of turn.spans) {
        while (s + 1 < this.p.sentences.length && this.p.sentences[s + 1].start <= span.start) s++;
        quotes.push({ ...span, sentence: s, speaker, mention, method, isTerm: false });
      }
    }
    return quotes;
  }

  /** Who a transcript's label names: a person the texts know by that name, or one it names in full or by surname. */
  private turnSpeaker(label: TurnLabel): Speaker | null {
    const { registry } = this;
    switch (label.kind) {
      // A host's or a reporter's question is theirs, no guest's: a quotation, but of no one a draft could name.
      case 'question':
      case 'nobody':
        return null;
      case 'role':
        return labelRoleSpeaker(registry, this.p, label.role);
      case 'answer':
        return this.interviewee()?.speaker ?? null;
      case 'name': {
        // A lone surname (`QUISPE:`) is someone the texts name in full, here or in another source; it is never
        // registered alone, which would key the person by it before the text that names them in full is read.
        const known = registry.lookupName(label.words, this.p.id);
        const record = known ?? (label.words.length >= 2 || label.titled ? registry.addPerson(label.words, this.p.id) : null);
        return record?.kind === 'person' ? registry.toSpeaker(record) : null;
      }
    }
  }

  /**
   * `"CLINTON: I feel a great deal of sympathy..."`, `"Chris Matthews: Seriously..."`: a quoted transcript whose words open
   * with their speaker's label; only a person the texts know, or named in full, labels.
   */
  protected transcriptLabel(q: number): Resolved | null {
    const quote = this.p.quotes[q];
    const label = TRANSCRIPT_LABEL.exec(quote.text);
    // `"Clinton: 'I come from the 60s.' Marco: '...'"`: a label before quoted words is someone quoting them.
    if (!label || /^["'\u201C\u2018]/.test(quote.text.slice(label.index + label[0].length))) return null;
    const words = label[1].split(/\s+/);
    const known = this.registry.lookupName(words, this.p.id);
    const named = words.length >= 2 && words.every((w) => /^\p{Lu}\p{Ll}/u.test(w)) && nonPersonKind(words, false) === null;
    const record = known ?? (named ? this.registry.addPerson(words, this.p.id) : null);
    if (!record || record.kind !== 'person') return null;
    const start = quote.textStart + label.index + label[0].indexOf(label[1]);
    return { speaker: this.registry.toSpeaker(record), mention: { start, end: start + label[1].length, text: label[1] } };
  }

  /**
   * `Reyes: "We cannot afford it."`, `- **Reyes**: "..."`, `## Reyes: ...`, `Dana Lee, Harbor Gazette: "..."`, `Reyes — "..."`, and
   * headlines (`Ryan: Images Have 'No Place' in the Race`): a name and a colon opening the sentence label what
   * follows. Only a person known by name, or named in full or with a title, labels.
   */
  protected label(tokens: readonly Token[], qi: number, s: number): Resolution {
    const first = this.factsOf(s).firstContent;
    // `**14:05** Kral: "..."`: a live blog's clock time opening the line stamps the label.
    const start = first < tokens.length && opensLine(this.p.masked, tokens[first].start) ? afterClockTime(tokens, first) : first;
    const found = this.labelFrom(tokens, qi, s, start);
    if (found || start >= tokens.length || !opensLine(this.p.masked, tokens[start].start)) return found;
    // `- **Evacuations:** Sheriff Hadley: "…"`: an explainer's item heads the label with its topic, emphasised with its
    // colon; the speaker's label follows it.
    const topic = afterEmphasisedTopic(tokens, this.p.text, start, qi);
    return topic === null ? null : this.labelFrom(tokens, qi, s, topic);
  }

  private labelFrom(tokens: readonly Token[], qi: number, s: number, start: number): Resolution {
    if (start > qi || qi - start > REACH) return null;
    if (opensAnswer(tokens, start) && qi === start + 2) return this.interviewee();
    let colon = start + 1;
    while (colon < qi && colon - start <= 12 && tokens[colon].text !== ':') colon++;
    // `Kral — "We cannot afford it."`: a dash right before the quote labels it as a colon does.
    if (tokens[colon]?.text !== ':' && qi - start <= 13 && DASHES.has(tokens[qi - 1]?.text ?? '')) colon = qi - 1;
    if (tokens[colon]?.text !== ':' && colon !== qi - 1) return null;
    let phrase = phraseAfter(tokens, start, false);
    // `Former minister of defence Ana Ruiz:`: a role in lower case runs through what it is of, where reading forward
    // stops; read back from the colon, as before `said`, the name is the phrase when the words before it are a title.
    if (phrase && phrase.to < colon && tokens[phrase.to].lower === 'of') {
      const back = phraseBefore(tokens, colon, start);
      if (back && back.to === colon && endsInFullName(tokens, back) && isLowerCaseTitle(tokens, start, colon) && portfolioBefore(tokens, phrase.to, back)) phrase = back;
    }
    if (!phrase || phrase.to > colon) return null;
    // `Rep. Trey Gowdy (R-S.C.): "..."`, `Ana Ruiz, the mayor: "..."`, `**Kral** (Tuesday):`: an aside between the
    // name (and its emphasis) and the colon.
    let emphasised = phrase.to;
    while (tokens[emphasised]?.text === '*' || tokens[emphasised]?.text === '_') emphasised++;
    const aside = skipAppositive(tokens, emphasised);
    const from = aside <= colon ? aside : phrase.to;
    const between = tokens.slice(from, colon);
    // `Dana Lee, Harbor Gazette:`, `Ivo Kral, Kremlin spokesman:`, `Ivo Kral, head of the port:`: an outlet or a role.
    // `Ana Kral of the Climate Council:`, `Kral on the penalty appeal:`: a body or a topic, only on a label's own line.
    const qualified = colon < qi && isLabelQualifier(tokens, from, colon) && opensLine(this.p.masked, tokens[start].start);
    const affiliation = qualified || isRoleAside(tokens, from, colon) || (colon < qi && isMediumAside(tokens, from, colon)) || (colon < qi && isBriefAside(tokens, phrase, from, colon) && opensLine(this.p.masked, tokens[start].start));
    if (!affiliation && !between.every((t) => t.kind === 'punct' && (t.text === '*' || t.text === '_'))) return null;
    // Name words, and the role words of a title before the name (`Kremlin spokesman Ivo Kral:`); no other lower-case
    // word, so a sentence's clause before a colon labels nothing.
    const words = tokens.slice(phrase.from, phrase.to);
    // `President of Russia Vladimir Putin:`, `Minister of Foreign Affairs Ana Lopes:`: a title runs through what it is of,
    // as official transcripts head their speakers.
    // Not a role of a role's holder (`Spokesman of President Ana Ruiz:` is the spokesman's label, not the president's).
    const titleOf = (t: Token, i: number) => t.lower === 'of' && isRoleWord(words[i - 1]) && words[i - 1].cap && words[i + 1]?.cap === true && !ROLE_HEADS.has(words[i + 1].lower);
    if (!words.every((t, i) => t.cap || !/\p{Ll}/u.test(t.text) || t.lower === 'and' || isRoleWord(t) || titleOf(t, i)) && !titledName(tokens, phrase)) return null;
    const resolved = this.resolve(tokens, phrase, s);
    if (!resolved || resolved === 'agency' || resolved.speaker.kind !== 'person') return null;
    const record = this.registry.record(resolved.speaker.key);
    // `The Latest: Trump delivers...` is a headline's label, not a name: only name words count, and in
    // `Frank Newport and Jim Harter:` every one of the people is named in full.
    const parts = conjuncts(tokens, phrase);
    // `Premier Xi:`, `Mr Park:`: a title before a lone name makes it a person's, as it does before `said`.
    const read = readNamePhrase(tokens, phrase);
    const titled = read.name.length === 1 && read.title.length > 0 && read.determiner === null && read.title.every((t) => t.cap);
    const named = parts.length > 1 ? parts.every((part) => readNamePhrase(tokens, part).name.length >= 2) : read.name.length >= 2 || titled || (record !== undefined && (record.first !== null || record.roles.size > 0));
    // A dash is also a sentence's aside (`Port Aldis — "…"`): only a person some text speaks of, or titled, labels with it.
    if (colon === qi - 1 && tokens[colon].text !== ':' && !titled && !(record && record.articles.size > 0 && record.first !== null)) return null;
    return named && !anotherVoice(tokens, colon, qi) ? resolved : null;
  }

  /**
   * `| Kral | "We cannot afford it." |`, `| "…" | Ana Kral, mayor | Friday |`: a table row whose one cell is the quote
   * and exactly one other only a person's name (or a name and a role after a comma). The row is its line: a quote
   * closing with a full stop ends a sentence, so the row's sentences on that line are read as one. `'nobody'`: the
   * quote is a cell of its own and no other cell is only one person's name, so no rule reads a speaker across the
   * cells (`| Ortiz said it | "…" |` is two cells, not a sentence).
   */
  protected tableRow(q: number, s: number): Resolved | 'nobody' | null {
    const own = this.factsOf(s).tokens;
    if (own[0]?.text !== '|' || tooLongForRow(own)) return null;
    const { sentences, masked } = this.p;
    let first = s;
    let last = s;
    // Sentence `b` goes on the line of sentence `a` just before it. Bounded, so that a hostile line of thousands of
    // quoted cells costs each quote a few sentences' reading, not the line's.
    const sameLine = (a: number, b: number): boolean => {
      if (sentences[a].paragraph !== sentences[b].paragraph || sentences[b].start - sentences[a].start > MAX_ROW_CHARS) return false;
      for (let i = sentences[a].start; i < sentences[b].start; i++) if (masked.charCodeAt(i) === 10) return false;
      return true;
    };
    while (first > 0 && s - first < MAX_ROW_SENTENCES && sameLine(first - 1, first)) first--;
    while (last + 1 < sentences.length && last - s < MAX_ROW_SENTENCES && sameLine(last, last + 1)) last++;
    const tokens = first === last ? own : Array.from({ length: last - first + 1 }, (_, k) => this.factsOf(first + k).tokens).flat();
    if (tooLongForRow(tokens)) return null;
    const qi = tokens.findIndex((t) => t.kind === 'quote' && t.quote === q);
    const row = tableCells(tokens, qi);
    if (!row) return null;
    // A cell reached by a role alone (`| Ana Kral | Prime minister | "…" |`) describes the person another cell names:
    // the named cell tells the speaker, and two cells naming two people tell none.
    let found: Resolved | null = null;
    let foundNamed = false;
    for (const [c, cell] of row.cells.entries()) {
      if (c === row.quoteCell || cell.to === cell.from) continue;
      let from = cell.from;
      while (tokens[from]?.text === '*' || tokens[from]?.text === '_') from++;
      const phrase = phraseAfter(tokens, from, false);
      if (!phrase || phrase.to > cell.to) continue;
      let end = phrase.to;
      while (tokens[end]?.text === '*' || tokens[end]?.text === '_') end++;
      if (end < cell.to && !isRoleAside(tokens, end, cell.to)) continue;
      const words = tokens.slice(phrase.from, phrase.to);
      if (!words.every((t) => t.cap || !/\p{Ll}/u.test(t.text) || isRoleWord(t)) && !titledName(tokens, phrase)) continue;
      const resolved = this.resolve(tokens, phrase, s);
      if (!resolved || resolved === 'agency' || resolved.speaker.kind !== 'person') continue;
      const record = this.registry.record(resolved.speaker.key);
      if (readNamePhrase(tokens, phrase).name.length < 2 && !(record !== undefined && (record.first !== null || record.roles.size > 0))) continue;
      const named = record !== undefined && words.some((t) => t.lower === record.last || t.lower === record.first);
      if (found) {
        // Two cells naming people, or reaching them by role alone: the row does not say which of them speaks.
        if (named === foundNamed) {
          if (found.speaker.key !== resolved.speaker.key) return 'nobody';
          continue;
        }
        if (!named) continue;
      }
      found = resolved;
      foundNamed = named;
    }
    return found ?? 'nobody';
  }
}
