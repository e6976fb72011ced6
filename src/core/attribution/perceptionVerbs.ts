// Verbs of memory and perception whose object a participle or bare verb after it has for its subject (`remembers her
// father saying`, `heard Peskar call`). A leaf of its own so that the clause rules and the clause boundaries both
// read it without importing each other.
import { tokenAt, type Token } from '../text/sentenceTokens';
import { isWord } from './tokenClasses';

/** Verbs of memory and perception whose object a participle after it has for its subject (`remembers her father saying`). */
const PERCEPTION_VERBS = new Set([
  'remember', 'remembers', 'remembered', 'remembering', 'recall', 'recalls', 'recalled', 'recalling', 'heard', 'hear', 'hears',
  'overheard', 'saw', 'see', 'sees', 'seen', 'watched', 'watch', 'watches', 'imagine', 'imagines', 'imagined', 'caught', 'pictured',
  // `who let Varga speak`, `made him say`: a causative's object is the subject of the bare verb after it, as well.
  'let', 'lets', 'made', 'make', 'makes', 'helped',
]);

/**
 * `Ana Kral remembers her father saying, "…"`, `heard the old man shouting`: the phrase from `from` is the object of
 * a verb of memory or perception, and the subject of the participle after it (the sentence's subject had been given
 * her father's words). After any other verb (`attacked the plan, saying`) the object is no participle's subject.
 */
export function perceivedSpeaker(tokens: readonly Token[], from: number): boolean {
  const verb = tokenAt(tokens, from - 1);
  return isWord(verb) && PERCEPTION_VERBS.has(verb.lower);
}
