// Where a sentence's subject starts, past what opens it before the subject: `In 2017, ...`, `Then, in 2017, Kerry
// said`, `Instead, the businessman...`, `Last night Mr Kral vowed`. Up to three such openings are passed: time phrases
// without a comma, clauses and intro words up to their comma (a place's region with it: `At a rally in Portland, Maine,
// on Thursday,`), a `where` clause set off after such an opening (`In Bengal, where the party won 18 seats, Ana Kral
// said`: `the party` is no subject of the sentence), and connectives. A clause that opens the sentence but never reaches a comma leaves no subject to read.
import { SUBJECT_CONNECTIVES, SUBJECT_INTRO_WORDS } from '../text/newsLexicon';
import type { Token } from '../text/sentenceTokens';
import { pastRegionAfter } from './appositives';
import { IRREGULAR_PARTICIPLES, opensClause, PARTICIPLE_PREPOSITIONS } from './phraseKinds';
import type { SpeakerRegistry } from './speakerRegistry';
import { afterBareTimeOpening, opensWithTime } from './timePhrases';
import { isWord } from './tokenClasses';

/** The token the subject starts at, from the sentence's first word `i`; -1 when an opening clause has no comma. */
export function pastOpenings(tokens: readonly Token[], i: number, registry: SpeakerRegistry, article: string | null): number {
  for (let n = 0; n < 3; n++) {
    i = afterBareTimeOpening(tokens, i); // `Last night Mr Kral vowed`, `On Monday Kral said`: no comma after the time
    const setOffWhere = n > 0 && tokens[i]?.lower === 'where' && tokens[i - 1]?.text === ',';
    if (isWord(tokens[i]) && (SUBJECT_INTRO_WORDS.has(tokens[i].lower) || setOffWhere || setOffParticiple(tokens, i, n) || opensClause(tokens, i, registry, article) || opensWithTime(tokens, i))) {
      let comma = i + 1;
      while (comma < tokens.length && comma - i <= 25 && tokens[comma].text !== ',') comma++;
      if (tokens[comma]?.text !== ',') return -1;
      i = pastRegionAfter(tokens, comma); // `At a rally in Portland, Maine, on Thursday,` (appositives.ts)
      continue;
    }
    const from = i;
    while ((isWord(tokens[i]) && SUBJECT_CONNECTIVES.has(tokens[i].lower)) || (i > 0 && tokens[i]?.text === ',' && SUBJECT_CONNECTIVES.has(tokens[i - 1].lower))) i++;
    if (i === from) break;
  }
  return i;
}

/**
 * `On the second night, camped by a stock tank, Dub talks`: a participle and its preposition set off after an opening
 * phrase's comma open a clause of their own (lower case, so opensClause, which reads the sentence's first capital,
 * never saw it); the subject comes after its comma. Unread, the sentence had no subject and its `he` went to the
 * paragraph before's speaker.
 */
function setOffParticiple(tokens: readonly Token[], i: number, n: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (n === 0 || tokens[i - 1]?.text !== ',' || !isWord(t) || t.cap || !isWord(next) || !PARTICIPLE_PREPOSITIONS.has(next.lower)) return false;
  return /^[a-z]{3,}(?:ed|ing)$/.test(t.lower) || IRREGULAR_PARTICIPLES.has(t.lower);
}
