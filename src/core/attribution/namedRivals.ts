// `Ana Kral gave way to Ivo Peskar, and he said: "..."`: a pronoun whose own sentence names, before it and outside
// its subject, someone of its sex has that person near at hand; an antecedent sought in the sentences before (a
// description with no sex, `the harbour master`) is a guess the sentence argues against.
import type { Token } from '../text/sentenceTokens';
import type { SpeakerRegistry } from './speakerRegistry';
import { isWord } from './tokenClasses';

/**
 * Whether `tokens` (a sentence) name, before `offset`, a person the texts know as of sex `want`, other than `except`
 * (the keys the pronoun was already offered): one capitalised word at a time, looked up as a surname.
 */
export function namesRivalOfSex(registry: SpeakerRegistry, tokens: readonly Token[], offset: number, want: string | null, article: string | null, except: ReadonlySet<string>): boolean {
  if (want !== 'male' && want !== 'female') return false;
  for (let i = 1; i < tokens.length && tokens[i].start < offset; i++) {
    const t = tokens[i];
    // A surname ends its name: the capital before a lower-case word or a stop (`Ivo Peskar,`), never a given name.
    if (!isWord(t) || !t.cap || t.possessive || (isWord(tokens[i + 1]) && tokens[i + 1].cap)) continue;
    const record = registry.lookupName([t.text], article);
    if (record && record.kind === 'person' && record.first !== null && !except.has(record.key) && registry.gender(record) === want) return true;
  }
  return false;
}
