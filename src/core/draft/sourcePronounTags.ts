// `Opposition leader Ivo Marek said the road was never finished. ¶ "…," he said.` The registry learns a person's sex
// from the pronouns of the sentence that names them, so Marek, named in one sentence and tagged `he said` in the next,
// had no sex at all; a draft giving his words by `she added` to a woman who shares his surname was then read as
// perhaps meaning him. The source's own tag, which the engine gave Marek with certainty, says he is a man.
// Only a tag the engine resolved (never a pronoun *guess*), only tags of one sex, and only where nothing else the
// sources say of the person (a given name, pronouns in the sentences naming them, a title) says otherwise: a conflict
// means the sex is unknown. A false alarm is worse than a miss.
import type { SpeakerRegistry } from '../attribution/speakerRegistry';
import { sexOfGivenName } from '../attribution/givenNameSexes';
import type { SourceMatch, Speaker } from '../types';

export type Sex = 'male' | 'female';

const TAG_SEX: Readonly<Record<string, Sex>> = { he: 'male', she: 'female' };

/**
 * The sex the sources' pronoun tags give `speaker` among `matches` (the places a draft quote's words stand in them):
 * `null` when no resolved tag names them, `'conflict'` when tags of both sexes do.
 */
export function taggedSex(speaker: Speaker, matches: readonly SourceMatch[]): Sex | 'conflict' | null {
  let sex: Sex | null = null;
  for (const match of matches) {
    const quote = match.sourceQuote;
    if (!quote || quote.method === 'pronoun-guess' || match.speaker?.key !== speaker.key || !quote.mention) continue;
    const told = TAG_SEX[quote.mention.text.trim().toLowerCase()];
    if (told === undefined) continue;
    if (sex !== null && sex !== told) return 'conflict';
    sex = told;
  }
  return sex;
}

/**
 * A source person's sex: the registry's (given name, pronouns, titles, nouns), with the sources' resolved pronoun tags
 * among `matches` as evidence besides. Tags that disagree with each other, or with any sign the registry holds (a given
 * name of the other sex, a pronoun of the other sex however outweighed), leave the sex unknown.
 */
export function sexWithTags(speaker: Speaker, corpus: SpeakerRegistry, matches: readonly SourceMatch[]): Sex | null {
  const record = corpus.record(speaker.key);
  const told = record ? corpus.gender(record) : null;
  const tagged = speaker.kind === 'person' && !speaker.members ? taggedSex(speaker, matches) : null;
  if (tagged === null) return told;
  if (tagged === 'conflict') return null;
  if (told !== null && told !== tagged) return null;
  if (record && record.kind === 'person') {
    const named = record.first !== null ? sexOfGivenName(record.first) : null;
    const other = tagged === 'male' ? record.female : record.male;
    if ((named !== null && named !== tagged) || other > 0) return null;
  }
  return tagged;
}
