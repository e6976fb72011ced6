// Small arrays kept with a text's analysis, made exactly as long as they are. An array grown by `push` (or `filter`)
// holds room for 17 elements once it has one: a draft's check keeps about 4,500 such arrays of one to a few elements
// (each paragraph's sentences, quotes, tokens, names and attributions), and their empty room was a quarter of what a
// check keeps. The young generation's collector copies what is kept, empty room and all, once or twice during a check.

/** Arrays at least this long are kept as they are: their empty room is a smaller share, and copying them costs more. */
const SMALL = 16;

/** `list` itself, or a copy of exactly its length when it is short (packed, as `slice` makes it). */
export function trimmed<T>(list: T[]): T[] {
  return list.length < SMALL ? list.slice() : list;
}
