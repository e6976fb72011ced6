// `Kral, unlike Peskar, who called it "a bargain", described it as "a swindle".`, `Ruiz, like Hale, who said "…",
// voted no`: a name set off by `unlike` or `like` after the subject is only held up against it; a relative clause
// after that name speaks of it, but the verb after the clause has the subject before the comparison.
import { tokenAt, type Token } from '../text/sentenceTokens';
import { phraseBefore, type Phrase } from './speakerPhrases';
import { namesSomeone } from './namePhrases';
import { isWord } from './tokenClasses';

const COMPARING: ReadonlySet<string> = new Set(['unlike', 'like']);
/** Lower-case words read over between `unlike` and the name (`unlike his rival Peskar`), at most. */
const ROLE_WORDS = 3;

/**
 * The subject a phrase before a verb stands compared with (`Kral, unlike Peskar,`), `phrase` itself where no
 * comparison sets it off, or null where one does and no name stands before it. `like` only before a relative clause
 * (`Ruiz, like Hale, who said`): `Kral's allies, like Peskar, said` may be Peskar's words as one of the allies.
 */
export function pastComparedName(tokens: readonly Token[], phrase: Phrase): Phrase | null {
  // `unlike his rival Peskar`: a few words of a role or an owner may stand between.
  let at = phrase.from - 1;
  while (at > phrase.from - 1 - ROLE_WORDS && isWord(tokenAt(tokens, at)) && !tokens[at].cap && !COMPARING.has(tokens[at].lower)) at--;
  const word = tokenAt(tokens, at);
  const comma = at - 1;
  if (!isWord(word) || tokens[comma]?.text !== ',') return phrase;
  const relative = tokens[phrase.to]?.text === ',' && /^(?:who|whom|whose)$/.test(tokens[phrase.to + 1]?.lower ?? '');
  if (word.lower !== 'unlike' && !(word.lower === 'like' && relative)) return phrase;
  const subject = phraseBefore(tokens, comma);
  const head = subject ? tokens[subject.to - 1] : undefined;
  return subject && subject.to === comma && head?.cap && !head.possessive && namesSomeone(tokens, subject) ? subject : null;
}
