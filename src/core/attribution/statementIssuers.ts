// `The Kremlin issued a statement on Friday. "...," the statement said`, `The G7 said in a joint statement that ...
// "...," the statement said`: `the statement` (or `the communique`, `the readout`) speaks for whoever the sentences
// just before showed issuing one. Only a sentence that says the text was issued (`issued`, `released`, `said in a
// statement`) counts: `Ana Kral read the statement aloud` names a reader, not its author. `the letter` too: its
// writer (`In a letter posted online, Ana Kral urged`, `wrote a letter`), or its sender (`a letter from Tomas Vell`).
import type { PreparedText } from '../text/prepareText';
import type { Token } from '../text/sentenceTokens';
import { resolvedOnly, type Resolution, type Resolved } from './resolvedSpeakers';
import { phraseAfter, type Phrase } from './speakerPhrases';
import { isWord } from './tokenClasses';

/** How many sentences back the issuing may be told. */
const ISSUER_SENTENCES = 3;
/** Verbs that put out a text in the issuer's name. */
const ISSUING_VERBS: ReadonlySet<string> = new Set(['issued', 'released', 'published', 'posted', 'circulated', 'put', 'sent', 'issues', 'releases', 'publishes', 'wrote', 'signed']);
/** Words that may stand between `in` or an issuing verb and the text (`in a joint statement`, `issued a brief statement`). */
const BETWEEN: ReadonlySet<string> = new Set(['a', 'an', 'its', 'their', 'his', 'her', 'the', 'out', 'joint', 'written', 'brief', 'short', 'separate', 'later', 'new', 'lengthy', 'formal', 'official']);

/** Whether `tokens` tell of the text `noun` being issued by the sentence's subject. */
function tellsIssuing(tokens: readonly Token[], noun: string): boolean {
  for (let j = 0; j < tokens.length; j++) {
    const t = tokens[j];
    if (!isWord(t) || t.lower !== noun) continue;
    let k = j - 1;
    while (k >= 0 && j - k <= 3 && isWord(tokens[k]) && BETWEEN.has(tokens[k].lower)) k--;
    const before = tokens[k];
    if (isWord(before) && (before.lower === 'in' || ISSUING_VERBS.has(before.lower))) return true;
  }
  return false;
}

/**
 * The issuer of the text `noun` that `the <noun>` in sentence `s` refers to: the subject (`subjectOf`) of the nearest
 * sentence before that tells of one being issued, when it names a person or a body; else null.
 */
export function issuerBefore(p: PreparedText, s: number, noun: string, subjectOf: (k: number) => Resolved | null, resolveIn?: (k: number, phrase: Phrase) => Resolution): Resolved | null {
  for (let k = s - 1; k >= 0 && s - k <= ISSUER_SENTENCES; k--) {
    const tokens = p.tokensOf(k);
    if (!tokens.some((t) => isWord(t) && t.lower === noun)) continue;
    // `The speaker read out a letter from Tomas Vell`: a letter is its sender's, whoever reads or shows it.
    const sender = resolveIn ? senderAfter(tokens, noun) : null;
    if (sender) {
      const found = resolvedOnly(resolveIn!(k, sender));
      return found && found.speaker.kind !== 'description' ? found : null;
    }
    if (!tellsIssuing(tokens, noun)) return null;
    // `Stables have struggled; the Sumo Association said in a statement that ...`: the clause after a semicolon has
    // its own subject, who issued the text (the sentence's first subject had been given the statement's words).
    const clause = resolveIn ? issuingClauseSubject(tokens, noun) : null;
    if (clause) {
      const found = resolvedOnly(resolveIn!(k, clause));
      return found && found.speaker.kind !== 'description' ? found : null;
    }
    const subject = subjectOf(k);
    return subject && subject.speaker.kind !== 'description' ? subject : null;
  }
  return null;
}

/** The sender named after `<noun> from` (`a letter from Tomas Vell`), or null. */
function senderAfter(tokens: readonly Token[], noun: string): Phrase | null {
  const at = tokens.findIndex((t, j) => isWord(t) && t.lower === noun && isWord(tokens[j + 1]) && tokens[j + 1].lower === 'from');
  const sender = at >= 0 && tokens[at + 2]?.cap ? phraseAfter(tokens, at + 2, true) : null;
  return sender && tokens.slice(sender.from, sender.to).some((t) => t.cap) ? sender : null;
}

/** The subject opening the clause after the last semicolon before the text `noun` is issued, or null when none comes before it. */
function issuingClauseSubject(tokens: readonly Token[], noun: string): Phrase | null {
  const at = tokens.findIndex((t) => isWord(t) && t.lower === noun);
  let semicolon = -1;
  for (let j = 0; j < at; j++) if (tokens[j].text === ';') semicolon = j;
  if (semicolon < 0) return null;
  const subject = phraseAfter(tokens, semicolon + 1, true);
  return subject && tokens.slice(subject.from, subject.to).some((t) => t.cap) ? subject : null;
}
