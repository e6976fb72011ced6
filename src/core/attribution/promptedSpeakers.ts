// `"It is dead," Kral said, prompting Peskar to reply: "It is alive."`, `Kral's remark led Peskar to say the plan was
// "alive"`: a verb of saying after `to` whose subject is the object of a causative before it (prompting, leading,
// forcing). The one prompted says the words; the sentence's subject, who had been given them, only caused them. Words
// only asked for (`urged Kral to say "…"`) are no one's yet (refusedWords.ts).
import type { Token } from '../text/sentenceTokens';
import { phraseBefore, type Phrase } from './speakerPhrases';
import { namesSomeone } from './namePhrases';
import { isPronoun, isWord } from './tokenClasses';
import { isPeopleTogether, isPersonNoun, isPluralPersonNoun } from './phraseKinds';

/** Verbs whose object does what the infinitive after it says (`prompting Peskar to reply`). */
const CAUSING = /^(?:prompting|prompted|prompts|prompt|leading|led|leads|causing|caused|causes|forcing|forced|forces|spurring|spurred|spurs|provoking|provoked|provokes|moving|moved|inspiring|inspired|inspires|getting|got)$/;

/** The one a causative prompts to the verb of saying at `v` (`prompting Ivo Peskar to reply`), or null. */
export function promptedSpeaker(tokens: readonly Token[], v: number): Phrase | null {
  if (tokens[v - 1]?.lower !== 'to') return null;
  const object = phraseBefore(tokens, v - 1);
  // A person, named or not (`prompting his lawyer to say`): whoever it is, not the sentence's subject, speaks. Not a
  // thing (`got the floor to say`): there the subject speaks.
  if (!object || object.to !== v - 1) return null;
  const head = tokens[object.to - 1];
  const person = namesSomeone(tokens, object) || (object.to - object.from === 1 && isPronoun(tokens[object.from])) || isPersonNoun(head.lower) || isPluralPersonNoun(head.lower) || isPeopleTogether(head.lower);
  if (!person) return null;
  const verb = tokens[object.from - 1];
  return isWord(verb) && !verb.cap && CAUSING.test(verb.lower) ? object : null;
}
