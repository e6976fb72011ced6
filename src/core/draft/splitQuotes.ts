// A quotation a draft splits around its speaker tag (`"We will believe it is open," she said, "when our trucks
// cross it."`): each piece alone may be too short to tell whose words they are, but the two together are the
// source's sentence, and are judged as such. The pieces stand in one sentence, so in one paragraph: an edit of either
// judges both again.
import { tokenizeWords } from '../text/normalizeText';
import type { AttributedQuote, SourceMatch } from '../types';
import { aroundPassage } from './movedWords';

/** The other piece of a quotation split around its speaker tag, and whether it comes after this one. */
export interface OtherPiece {
  readonly text: string;
  readonly after: boolean;
}

/** The piece that goes on (or begins) quote `i`'s quotation in its sentence, given the same speaker; else null. */
export function otherPieceOf(quotes: readonly AttributedQuote[], i: number): OtherPiece | null {
  const quote = quotes[i];
  const next = quotes[i + 1];
  if (next && next.method === 'continuation' && next.sentence === quote.sentence && next.speaker === quote.speaker && quote.speaker) return { text: next.text, after: true };
  const previous = quotes[i - 1];
  if (quote.method === 'continuation' && previous && previous.sentence === quote.sentence && previous.speaker === quote.speaker && quote.speaker) return { text: previous.text, after: false };
  return null;
}

/** Whether the other piece's words stand right beside the matched passage, in the same source quotation. */
export function continuesInSource(match: SourceMatch, piece: OtherPiece): boolean {
  const around = aroundPassage(match);
  const words = tokenizeWords(piece.text).map((t) => t.word);
  if (!around || !words.length) return false;
  const edge = piece.after ? around.after.slice(0, words.length) : around.before.slice(-words.length);
  return edge.length === words.length && edge.every((t, k) => t.word === words[k]);
}

/** The draft quote's words with the other piece's, in reading order. */
export function joinedText(text: string, piece: OtherPiece): string {
  return piece.after ? `${text} ${piece.text}` : `${piece.text} ${text}`;
}
