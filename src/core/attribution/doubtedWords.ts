// Words someone is only said, by others, perhaps to have said: `Whether Kral said "…" is disputed`, `It is unclear
// whether Kral said "…"`, `Peskar denies that he said "…"`, `Dorn doubts Kral ever said "…"`, `Did Kral say "…"?`.
// The sentence puts the saying itself in doubt, so the person named is not the words' speaker: a draft giving them to
// that person would match a claim the source does not make. Words said and then judged (`Kral said "…", and it was a
// joke`) were said.
import { tokenAt, type Token } from '../text/sentenceTokens';
import { phraseBefore } from './speakerPhrases';
import { isWord } from './tokenClasses';

/** Verbs that put a clause in doubt or deny it (`denies that she said`, `doubted Kral said`). */
const DOUBTING = /^(?:deny|denies|denied|denying|doubt|doubts|doubted|doubting|dispute|disputes|disputed|disputing|question|questions|questioned|questioning)$/;
/** Auxiliaries that open a yes-or-no question when they come first in their sentence (`Did Kral say`). */
const ASKING = /^(?:did|does|do)$/;
/** Base forms a question's auxiliary takes (`Did Kral say`, `Does Peskar call it`). */
const BASE_SAYING = /^(?:say|tell|call|write|use)$/;
/** Words read over between a subject and its verb in doubt (`Kral ever said`, `actually said`). */
const BETWEEN = /^(?:ever|actually|really|once)$/;

/** Whether the verb of saying at `k` has a subject whose saying the sentence doubts. */
export function doubtedAt(tokens: readonly Token[], k: number): boolean {
  let end = k;
  while (end > 0 && isWord(tokens[end - 1]) && BETWEEN.test(tokens[end - 1].lower)) end--;
  const subject = phraseBefore(tokens, end);
  if (!subject) return false;
  const first = tokens[subject.from];
  // The phrase reader takes a capital `Whether` or `Did` opening the sentence into the name.
  const o = subject.to - subject.from > 1 && isWord(first) && first.cap && /^(?:whether|did|does|do)$/.test(first.lower) ? subject.from : subject.from - 1;
  const opener = tokenAt(tokens, o);
  if (!isWord(opener)) return false;
  if (opener.lower === 'whether') return true;
  // `Whether or not Kral said "…"`.
  if (opener.lower === 'not' && tokens[o - 1]?.lower === 'or' && tokens[o - 2]?.lower === 'whether') return true;
  if (ASKING.test(opener.lower)) {
    // Only at the sentence's start (`Did Kral say "…"?`): `what did Kral say` asks about words said.
    const before = tokens[o - 1];
    return BASE_SAYING.test(tokens[k].lower) && (before === undefined || (before.kind === 'punct' && before.text !== '"' && before.text !== ','));
  }
  if (DOUBTING.test(opener.lower)) return true;
  return opener.lower === 'that' && isWord(tokens[o - 1]) && DOUBTING.test(tokens[o - 1].lower);
}
