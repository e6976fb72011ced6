// `Ashby Mayor Helen Quist ... Corlett Mayor Ivan Pell ... "…," the mayor said`: where a text gives one office to two
// people by title, the bare office is either of them, and the person last named is a guess (the reader cannot tell
// either). Such a description is left no one's: a wrong speaker is worse than none.
import { ROLE_HEADS } from '../text/newsLexicon';
import type { PreparedText } from '../text/prepareText';
import type { Token } from '../text/sentenceTokens';
import { ofOtherRank } from './nameMatching';
import { isNameWord, isWord } from './tokenClasses';

/** For each text, the surnames each office's title (`Mayor`, lower case) comes before; read once per text. */
const holdersOfText = new WeakMap<PreparedText, Map<string, Set<string>>>();

/**
 * Whether the phrase of `tokens` from `from` to `to` is the bare office `the <noun>` and the text `p` puts the title
 * `noun` before the names of two or more people (`Mayor Helen Quist`, `Corlett Mayor Ivan Pell`). A title with a
 * rank before it (`Deputy Mayor`, `former Mayor`) is another office, and the same surname twice one person. A bare
 * title in capitals (a readout's `the President`) is the house's own holder, whom the text tells apart (unnamedRoleCounterparts.ts).
 */
export function titleHeldByTwo(p: PreparedText, tokens: readonly Token[], from: number, to: number, noun: string): boolean {
  if (to - from !== 2 || tokens[from]?.lower !== 'the' || tokens[from + 1]?.cap !== false || !ROLE_HEADS.has(noun)) return false;
  let holders = holdersOfText.get(p);
  if (!holders) holdersOfText.set(p, (holders = titledSurnames(p)));
  return (holders.get(noun)?.size ?? 0) >= 2;
}

/** The surnames after each capitalised office title of `p`, by the title's word; one pass over its sentences. */
function titledSurnames(p: PreparedText): Map<string, Set<string>> {
  const holders = new Map<string, Set<string>>();
  for (let s = 0; s < p.sentences.length; s++) {
    const tokens = p.tokensOf(s);
    for (let i = 0; i < tokens.length - 1; i++) {
      const t = tokens[i];
      if (!isWord(t) || !t.cap || t.possessive || !ROLE_HEADS.has(t.lower)) continue;
      const before = tokens[i - 1];
      if (isWord(before) && ofOtherRank(before.lower, [t.lower])) continue;
      let j = i + 1;
      while (j < tokens.length && isNameWord(tokens[j]) && tokens[j].cap && !ROLE_HEADS.has(tokens[j].lower)) j++;
      if (j === i + 1) continue;
      const surname = tokens[j - 1].lower.replace(/['’]s$/, '');
      let set = holders.get(t.lower);
      if (!set) holders.set(t.lower, (set = new Set()));
      set.add(surname);
    }
  }
  return holders;
}
