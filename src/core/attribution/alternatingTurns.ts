// An interview told in prose: `"Will the port close?" the Gazette asked.` ¶ `"Not this year," Kral said.` ¶ `"And next
// year?"` ¶ `"That depends on the union."` The pair the writer attributed sets the turns, and the paragraphs of bare
// quotation after it go on alternating: a question asks in the questioner's voice, the words after a question answer
// in the answerer's. Carrying the last voice on (continuedQuotes) had put every later question in the answerer's mouth.
import type { PreparedText } from '../text/prepareText';
import type { Attribution } from './resolvedSpeakers';
import { addressedBy, type PersonNamed } from './vocativeReplies';

/** Words between the marks that end in a question. */
const QUESTION = /\?\W*$/;

/**
 * The turn of the quote `q`, a paragraph of bare quotation whose voice would carry on from quote `k` (the paragraph
 * before): the questioner's for a question after an answer to their question, the answerer's for words after the
 * questioner's next question; `nobody` for a question after an answer whose questioner no one named; null where the
 * paragraphs before do not alternate so.
 */
export function alternatingTurn(p: PreparedText, results: readonly Attribution[], q: number, k: number, personNamed: PersonNamed): Attribution | 'nobody' | null {
  const quote = p.quotes[q];
  const para = paragraphOf(p, q);
  if (quote.unclosed || (q + 1 < p.quotes.length && paragraphOf(p, q + 1) === para) || !fillsParagraph(p, q, para) || paragraphOf(p, k) !== para - 1 || k !== q - 1) return null;
  const j = lastQuoteIn(p, k, para - 2);
  if (j < 0) return null;
  const asks = (n: number) => QUESTION.test(p.quotes[n].text);
  const turnK = results[k], turnJ = results[j];
  // `"Q?"` ¶ `"A," the witness said.` ¶ `"Q?"`: a question after the answer to an earlier question is never the
  // answerer's, though the writer named no one asking.
  if (asks(q) && !asks(k) && asks(j) && turnK?.speaker && !turnJ?.speaker) return 'nobody';
  if (!turnK?.speaker || !turnJ?.speaker || turnK.speaker.key === turnJ.speaker.key) return null;
  const answerer = { speaker: turnJ.speaker, mention: turnJ.mention, method: 'continuation' as const, isTerm: false };
  // `"Tobias, these are burnt," she said.` ¶ `"They're rustic," he said.` ¶ `"They're burnt."`: she named him, he
  // answered, and the words after are hers again (vocativeReplies.ts).
  if (addressedBy(p, personNamed, j)?.key === turnK.speaker.key) return answerer;
  // `"Q?" X asked.` ¶ `"A," Y said.` ¶ `"Q?"`: the questioner's.
  if (asks(q)) return !asks(k) && asks(j) ? answerer : null;
  // `"Q?" X asked.` ¶ `"A," Y said.` ¶ `"Q?"` ¶ `"A."`: the answerer's, where X asked both questions.
  if (!asks(k) || asks(j)) return null;
  const i = lastQuoteIn(p, j, para - 3);
  return i >= 0 && asks(i) && results[i]?.speaker?.key === turnK.speaker.key ? answerer : null;
}

function paragraphOf(p: PreparedText, q: number): number {
  return p.sentences[p.quoteSentence[q]].paragraph;
}

/** The last quote before quote `from`'s paragraph, if it stands in paragraph `para`; else -1. */
function lastQuoteIn(p: PreparedText, from: number, para: number): number {
  let j = from;
  const own = paragraphOf(p, from);
  while (j >= 0 && from - j < 8 && paragraphOf(p, j) === own) j--;
  return j >= 0 && paragraphOf(p, j) === para ? j : -1;
}

/** Whether quote `q` is all its paragraph holds but marks and spaces. */
function fillsParagraph(p: PreparedText, q: number, para: number): boolean {
  const { start, end } = p.paragraphs[para];
  const quote = p.quotes[q];
  return /^\W*$/.test(p.text.slice(start, quote.start)) && /^\W*$/.test(p.text.slice(quote.end, end));
}
