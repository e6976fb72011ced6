// `Adebayo-Wells's husband, a geologist, works in the Pilbara. She says the distances don't bother her.`: a sentence
// whose subject is a relative of the other sex, owned by a named person (`X's husband`, `X's son`), hands a `she`
// (`he`) after it to the owner, the one person of that sex the sentence names. The antecedent search had passed the
// relative by as the wrong sex and reached a woman quoted the paragraph before. So with a part of the owner's body
// (`Sipho Gumede's hands are 83 years old ... He plays in the afternoons.`): the hands are no he, their owner is. And
// with what the owner says aloud (`Daly's speech from the steps will be remembered. "…," he told the crowd.`): the
// speech is no he, its speaker is (the search had passed it and reached the man quoted the paragraph before).
import { genderOfNoun, RELATIVE_NOUNS } from '../text/personNouns';
import { firstTokenFrom, type Token } from '../text/sentenceTokens';
import type { Phrase } from './speakerPhrases';
import { isWord } from './tokenClasses';

/** Parts of a body and voice, which a profile gives its subject's age or acts to (`his hands still find the chords`). */
const BODY_NOUNS: ReadonlySet<string> = new Set(['hands', 'hand', 'eyes', 'face', 'voice', 'fingers', 'hair', 'arms', 'legs', 'feet', 'knees', 'back', 'shoulders']);

/** What someone says aloud, owned by its speaker (`Daly's speech`, `Kral's remarks`); not a text issued (`statement`). */
const SPOKEN_NOUNS: ReadonlySet<string> = new Set(['speech', 'address', 'remarks', 'words', 'comments', 'tribute', 'toast', 'eulogy', 'reply', 'answer', 'response', 'interview']);

/**
 * The owner's name in a subject mention `X's <relative>`, `X's <part of the body>` or `X's <speech>` starting at
 * character offset `start` of `tokens`, when a relative's noun is of the sex other than `want` (a body's part or a
 * speech has none), and the owner's name is capitals alone (one to four words); else null.
 */
export function ownerOfOtherSexRelative(tokens: readonly Token[], start: number, want: 'male' | 'female'): Phrase | null {
  const from = firstTokenFrom(tokens, start);
  let to = from;
  while (to < tokens.length && to - from < 4 && isWord(tokens[to]) && tokens[to].cap && !tokens[to].possessive) to++;
  const owner = tokens[to];
  const noun = tokens[to + 1];
  if (!isWord(owner) || !owner.cap || !owner.possessive || !isWord(noun)) return null;
  if (BODY_NOUNS.has(noun.lower) || SPOKEN_NOUNS.has(noun.lower)) return { from, to: to + 1 };
  if (!RELATIVE_NOUNS.has(noun.lower)) return null;
  const sex = genderOfNoun(noun.lower);
  return sex !== null && sex !== want ? { from, to: to + 1 } : null;
}
