// The speaker the engine reads for each quote of an invented text, in order: the shape most attribution tests assert on.
import { analyzeText } from '../../src/core';

/** Each quote's speaker's name as shown, or null where the engine gives none. */
export function speakers(text: string): Array<string | null> {
  return analyzeText(text).quotes.map((q) => q.speaker?.name ?? null);
}
