// Speakers given by a label rather than a speech verb: a quoted transcript that opens with its speaker
// (`"CLINTON: I feel..."`), and a name and a colon that open the sentence (`Reyes: "..."`, `- **Reyes**: "..."`,
// `Rep. Trey Gowdy (R-S.C.): "..."`, a headline's `Ryan: ...`).
import type { Token } from '../text/sentenceTokens';
import { ClauseSpeakers } from './clauseSpeakers';
import { nonPersonKind } from './groupNames';
import { DETERMINERS, PERSON_NOUNS } from '../text/newsLexicon';
import { conjuncts, phraseAfter, readNamePhrase, type Phrase } from './speakerPhrases';
import { skipAppositive } from './appositives';
import { isGerund, isRoleWord, isVerbLike, isWord, STOP_WORDS } from './tokenClasses';
import { REACH, type Resolution, type Resolved } from './resolvedSpeakers';

/** A speaker's label opening a quoted transcript: one to four capitalised words and a colon (`CLINTON:`, `Chris Matthews:`). */
const TRANSCRIPT_LABEL = /^\s*((?:\p{Lu}[\p{L}'\u2019.-]*\s){0,3}\p{Lu}[\p{L}'\u2019.-]*):\s/u;

/**
 * `Kremlin spokesman Ivo Peskar:`, `Former secretary of state Ana Ruiz:`: a role in lower case before a name in full,
 * the way transcripts and fact checks label a speaker; its words describe the role (no verb, no clause), and the name
 * ends the label.
 */
function titledName(tokens: readonly Token[], phrase: Phrase): boolean {
  const name = readNamePhrase(tokens, phrase).name;
  if (name.length < 2 || name[name.length - 1] !== tokens[phrase.to - 1]) return false;
  const lower = tokens.slice(phrase.from, phrase.to).filter((t) => isWord(t) && /\p{Ll}/u.test(t.text[0]));
  return lower.some((t) => isRoleWord(t) || PERSON_NOUNS.has(t.lower)) && lower.every((t) => t.lower === 'of' || (!isVerbLike(t) && !isGerund(t) && !STOP_WORDS.has(t.lower) && !DETERMINERS.has(t.lower)));
}

/** The label rules, for the quote attributor built on them. */
export abstract class LabelSpeakers extends ClauseSpeakers {
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
   * `Reyes: "We cannot afford it."`, `- **Reyes**: "..."`, `## Reyes: ...`, `Dana Lee, Harbor Gazette: "..."`, and
   * headlines (`Ryan: Images Have 'No Place' in the Race`): a name and a colon opening the sentence label what
   * follows. Only a person known by name, or named in full or with a title, labels.
   */
  protected label(tokens: readonly Token[], qi: number, s: number): Resolution {
    const start = this.factsOf(s).firstContent;
    if (start > qi || qi - start > REACH) return null;
    let colon = start + 1;
    while (colon < qi && colon - start <= 12 && tokens[colon].text !== ':') colon++;
    if (tokens[colon]?.text !== ':') return null;
    const phrase = phraseAfter(tokens, start, false);
    if (!phrase || phrase.to > colon) return null;
    // `Rep. Trey Gowdy (R-S.C.): "..."`, `Ana Ruiz, the mayor: "..."`: an aside between the name and the colon.
    const aside = skipAppositive(tokens, phrase.to);
    const between = tokens.slice(aside <= colon ? aside : phrase.to, colon);
    const affiliation = between[0]?.text === ',' && between.slice(1).every((t) => (isWord(t) && t.cap) || t.text === '*' || t.text === '_');
    if (!affiliation && !between.every((t) => t.kind === 'punct' && (t.text === '*' || t.text === '_'))) return null;
    const words = tokens.slice(phrase.from, phrase.to);
    if (!words.every((t) => t.cap || !/\p{Ll}/u.test(t.text) || t.lower === 'and') && !titledName(tokens, phrase)) return null;
    const resolved = this.resolve(tokens, phrase, s);
    if (!resolved || resolved === 'agency' || resolved.speaker.kind !== 'person') return null;
    const record = this.registry.record(resolved.speaker.key);
    // `The Latest: Trump delivers...` is a headline's label, not a name: only name words count, and in
    // `Frank Newport and Jim Harter:` every one of the people is named in full.
    const parts = conjuncts(tokens, phrase);
    const named = parts.length > 1 ? parts.every((part) => readNamePhrase(tokens, part).name.length >= 2) : readNamePhrase(tokens, phrase).name.length >= 2 || (record !== undefined && (record.first !== null || record.roles.size > 0));
    return named ? resolved : null;
  }
}
