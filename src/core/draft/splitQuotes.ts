// A quotation a draft splits around its speaker tag (`"We will believe it is open," she said, "when our trucks
// cross it."`), or gives in two short pieces of one sentence (`X said "the tender was lawful" and "will say so again
// if we must"`): each piece alone may be too short to tell whose words they are, but the two together are the
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

/**
 * The most source words a draft may leave out between its two pieces (`the tender was lawful [and we] will say so
 * again`): a partial quote drops a conjunction or a subject; more, and the pieces are two phrases of the speaker's.
 */
const MAX_GAP_WORDS = 4;

/** Whether two quotes of a sentence give one speaker the words. */
function sameSpeakerIn(a: AttributedQuote, b: AttributedQuote): boolean {
  return a.sentence === b.sentence && a.speaker !== null && b.speaker !== null && (a.speaker === b.speaker || a.speaker.key === b.speaker.key);
}

/** The piece that goes on (or begins) quote `i`'s quotation in its sentence, given the same speaker; else null. */
export function otherPieceOf(quotes: readonly AttributedQuote[], i: number): OtherPiece | null {
  const quote = quotes[i];
  const next = quotes[i + 1];
  if (next && !next.isTerm && !quote.isTerm && sameSpeakerIn(quote, next)) return { text: next.text, after: true };
  const previous = quotes[i - 1];
  if (previous && !previous.isTerm && !quote.isTerm && sameSpeakerIn(previous, quote)) return { text: previous.text, after: false };
  return null;
}

/**
 * Whether the other piece's words stand beside the matched passage, on its side, in the same source quotation: right
 * there, or after at most MAX_GAP_WORDS words the draft left out.
 */
export function continuesInSource(match: SourceMatch, piece: OtherPiece): boolean {
  const around = aroundPassage(match);
  const words = tokenizeWords(piece.text).map((t) => t.word);
  if (!around || !words.length) return false;
  for (let gap = 0; gap <= MAX_GAP_WORDS; gap++) {
    const edge = piece.after ? around.after.slice(gap, gap + words.length) : around.before.slice(Math.max(0, around.before.length - gap - words.length), around.before.length - gap);
    if (edge.length === words.length && edge.every((t, k) => t.word === words[k])) return true;
  }
  return false;
}

/** The draft quote's words with the other piece's, in reading order. */
export function joinedText(text: string, piece: OtherPiece): string {
  return piece.after ? `${text} ${piece.text}` : `${piece.text} ${text}`;
}
