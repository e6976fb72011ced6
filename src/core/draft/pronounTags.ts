// `Molloy broke down on the stand. "Now I plan my day around handrails," he said.` for words the sources give
// Kendra Molloy: the draft's `he` finds nobody it can stand for (Molloy is a woman), so the draft names no speaker;
// yet it says a man said the words, and the sources' speaker is a woman. Whoever the draft's `he` is, he is not her.
// Only where both sides are sure: the pronoun is the quote's own speech tag (`," she said`, `She added: "`), and the
// source's speaker is a person of one sex by a given name the sources' pronouns do not contradict, or by pronouns of
// one sex alone (never `Jordan`, or one sentence's `her` that may be another woman's).
import type { SpeakerRegistry } from '../attribution/speakerRegistry';
import { sexOfGivenName } from '../attribution/givenNameSexes';
import { SPEECH_VERBS } from '../text/newsLexicon';
import type { SourceMatch, Speaker } from '../types';
import { sexWithTags, taggedSex } from './sourcePronounTags';

type Sex = 'male' | 'female';

const PRONOUN_SEX: Readonly<Record<string, Sex>> = { he: 'male', she: 'female' };

/** `," she said` / `," said he` right after the quote's closing mark. */
const TAG_AFTER = /^[\s,.!?\u2014-]*["\u201d\u2019'][\s,\u2014-]*(?:(he|she)\s+(\p{Ll}+)|(\p{Ll}+)\s+(he|she))\b/iu;
/** `She added: "` / `He said, "` right before the quote's opening mark. */
const TAG_BEFORE = /(?:^|[.!?]\s+|\n)(he|she)\s+(\p{Ll}+)\s*[:,]?\s*["\u201c\u2018']$/iu;

/** Words that say a speaker passed on another's words (`quoting`, `reading from`, `echoing`). */
const RELAYED = /\b(?:quot(?:ing|ed)|citing|reading|read (?:out|from|aloud)|echoing|repeating|reciting)\b/iu;

/**
 * The sex of the pronoun that tags the quote as its speaker's (`," she said`), read from the draft's text around
 * the quote (`around`, which ends with the quote's sentence) where the quote's words (`quoteText`) stand last.
 */
export function pronounTagSex(around: string, quoteText: string): Sex | null {
  const at = quoteText ? around.lastIndexOf(quoteText) : -1;
  if (at < 0) return null;
  const rest = around.slice(at + quoteText.length);
  // `," she said, quoting her father`: the words may be another's in her mouth, whoever's they are.
  if (RELAYED.test(rest)) return null;
  const after = TAG_AFTER.exec(rest);
  if (after) {
    const [pronoun, verb] = after[1] ? [after[1], after[2]] : [after[4], after[3]];
    return SPEECH_VERBS.has(verb.toLowerCase()) ? PRONOUN_SEX[pronoun.toLowerCase()] : null;
  }
  const before = TAG_BEFORE.exec(around.slice(0, at));
  return before && SPEECH_VERBS.has(before[2].toLowerCase()) ? PRONOUN_SEX[before[1].toLowerCase()] : null;
}

/** Pronouns that tell a person's sex without a given name of one sex, none saying otherwise. */
const TELLING_PRONOUNS = 2;

/**
 * A source person's sex by sure signs: a given name of one sex the sources' pronouns do not outweigh, or, for a
 * given name of either sex or none known, pronouns of one sex only, more than one. Where the sources tag the person's
 * words among `matches` with a pronoun the engine resolved, those tags decide with the rest (see sourcePronounTags.ts).
 */
function sureSexOf(speaker: Speaker, corpus: SpeakerRegistry, matches: readonly SourceMatch[]): Sex | null {
  if (speaker.kind !== 'person' || speaker.members) return null;
  const record = corpus.record(speaker.key);
  if (!record || record.kind !== 'person' || record.first === null) return null;
  if (taggedSex(speaker, matches) !== null) return sexWithTags(speaker, corpus, matches);
  const named = sexOfGivenName(record.first);
  const told = corpus.gender(record);
  if (told === null) return null;
  if (named !== null) return named === told ? told : null;
  const [same, other] = told === 'male' ? [record.male, record.female] : [record.female, record.male];
  return same >= TELLING_PRONOUNS && other === 0 ? told : null;
}

/**
 * Whether the draft's pronoun tag (`sex`, see pronounTagSex) cannot stand for `source`, the sources' speaker;
 * `matches`: the places the quote's words stand in the sources.
 */
export function pronounApart(sex: Sex | null, source: Speaker | null, corpus: SpeakerRegistry, matches: readonly SourceMatch[] = []): boolean {
  if (sex === null || source === null) return false;
  const theirs = sureSexOf(source, corpus, matches);
  return theirs !== null && theirs !== sex;
}
