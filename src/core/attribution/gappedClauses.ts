// `Kral calls it "a swindle"; Peskar, "a bargain."`, `Kral called the year "a miracle," Peskar "a fluke."`: a clause
// that leaves out the verb the one before gave (gapping), with a subject of its own. The quote is that subject's,
// never the first clause's speaker, whose verb the partial-quote rule would otherwise reach back to.
import { tokenAt, type Token } from '../text/sentenceTokens';
import { phraseAfter, type Phrase } from './speakerPhrases';
import { isWord } from './tokenClasses';

/** The most words of a gapped clause's subject (`and the harbour master`). */
const SUBJECT_WORDS = 4;

/**
 * The subject of a gapped clause that ends right before the quote at `qi`: after a semicolon, set off by a comma
 * (`; Peskar, "…"`, `; and the mayor, "…"`), or a name in capitals right after the quote before it (`"…," Peskar
 * "…"`). Null where the words before the quote are no such clause. The caller keeps the phrase only when it resolves
 * to someone (not `; worse, "…"`, which goes on with the first clause's words).
 */
export function gappedSubject(tokens: readonly Token[], qi: number): Phrase | null {
  const comma = tokenAt(tokens, qi - 1)?.text === ',';
  const end = comma ? qi - 1 : qi;
  let from = end;
  while (from > 0 && end - from < SUBJECT_WORDS && isWord(tokens[from - 1])) from--;
  if (from === end) return null;
  const before = tokenAt(tokens, from - 1);
  const semicolon = comma && before?.text === ';';
  // After a quote, only capitals: `"…," Peskar "…"`; never `"…," said Peskar "…"` (no verb is left out there). The quote
  // before is a verb's object inside the clause (`called the year "…"`), not words said after a comma (`said, "Instead
  // of reassuring us," Kral "opted for …"`: there the name is the subject of the quoted verb, in the speaker's words).
  const previous = before?.kind === 'quote' ? from - 1 : before?.text === ',' && tokens[from - 2]?.kind === 'quote' ? from - 2 : -1;
  const afterQuote = !comma && previous > 0 && isWord(tokens[previous - 1]) && tokens.slice(from, end).every((t) => t.cap);
  if (!semicolon && !afterQuote) return null;
  const start = semicolon && tokens[from].lower === 'and' ? from + 1 : from;
  const phrase = start < end ? phraseAfter(tokens, start, true) : null;
  return phrase && phrase.from === start && phrase.to === end ? phrase : null;
}
