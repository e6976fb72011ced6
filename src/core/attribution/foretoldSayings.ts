// A saying foretold inside someone's reported words: `Foreign Minister Ana Kral said Harbor would respond "at a time of
// our choosing"`, `Kral said Portland would not comment on "a matter between two cities"`. The verb under `would` or
// `will` names a saying that has not happened yet; the words in quotation marks are the reporter's, who put them into
// the clause (`our choosing` is the minister's government speaking through her). A place or a body as that clause's
// subject is only what the reporter spoke about, so the reporting verb's speaker says the quote. A person as its
// subject (`Kral said Peskar would tell them "..."`) may be a speech announced in advance: that reading is left alone.
import type { Token } from '../text/sentenceTokens';
import { phraseBefore } from './speakerPhrases';
import { isRelayVerb, isSpeechVerbAt, isWord } from './tokenClasses';

/** Modals of a future seen from the reporting verb's time (`would respond`, `will comment`). */
const FUTURE = /^(?:would|will|'d|'ll|wo)$/;
/** Words read over between the modal and the verb (`would not comment`, `will also respond`). */
const BETWEEN = /^(?:not|never|n't|also|only|soon|then|again|further|officially|publicly)$/;

/**
 * The token of the speech verb that reports a clause whose verb of saying at `v` stands under a future modal
 * (`said Harbor would respond`), or -1. The reporting verb stands right before the clause's subject or its `that`.
 */
export function reportingVerbOfForetold(tokens: readonly Token[], v: number): number {
  let j = v - 1;
  while (j > v - 4 && isWord(tokens[j]) && BETWEEN.test(tokens[j].lower)) j--;
  if (!isWord(tokens[j]) || !FUTURE.test(tokens[j].lower)) return -1;
  const subject = phraseBefore(tokens, j);
  if (!subject) return -1;
  let o = subject.from - 1;
  if (tokens[o]?.lower === 'that') o--;
  return o >= 0 && isSpeechVerbAt(tokens, o) && !isRelayVerb(tokens[o]) ? o : -1;
}
