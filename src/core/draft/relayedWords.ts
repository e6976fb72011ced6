// Words a source speaker relays from someone else inside their own quote: a spokesman's `She asked me to say that if
// even one game was sold, every fan was betrayed`, an aide's `The minister wants me to tell you: …`. What follows such
// a frame is the other person's message, put in the speaker's mouth only as its bearer, so a draft that gives those
// words to the person who sent them (`Ishida said that "if even one game was sold…"`) is not shown to be wrong by the
// bearer's quote. Only words that start right after the frame count: the rest of the quote is the bearer's own.
import type { SourceMatch } from '../types';

/** How far back from the matched words the frame is sought (bounds the work; a frame is a few words). */
const FRAME_REACH = 80;

/**
 * `asked me to say that`, `told us to tell you`, `wants me to pass on`, `has asked me to convey`, ending right where
 * the matched words begin; after `that`, the message's own subject may stand between (up to three words: `has asked
 * me to say that the company will pay`, quoted from `will pay`, is still the sender's message). Anchored at the end
 * of a short slice, with no nested repetition (the words of the gap hold no space): linear.
 */
const RELAY_FRAME = /\b(?:asked|told|wants|wanted|has\s+asked|instructed|authori[sz]ed|would\s+like)\s+(?:me|us)\s+to\s+(?:say|tell\s+(?:you|everyone|reporters|the\s+public)|pass\s+on|convey|repeat|make\s+clear)(?:\s+that(?:\s+[\p{L}\p{M}'\u2019-]+){0,3})?[\s,:\u2014-]*$/iu;

/** True when the matched words start right after a frame by which the source's speaker relays another's message. */
export function relayedWithinQuote(match: SourceMatch): boolean {
  const q = match.sourceQuote;
  if (!q) return false;
  const offset = match.location.start - q.textStart;
  if (offset <= 0) return false;
  return RELAY_FRAME.test(q.text.slice(Math.max(0, offset - FRAME_REACH), offset));
}
