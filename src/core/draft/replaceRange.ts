// Replacing a range of a long array in place: an edit's entries go in, and the rest of the document's entries stay
// where they are in memory (a move, not a copy into a new array the collector must then find room for).

/** Replaces `deleteCount` entries of `array` from `start` with `items`, in place. */
export function replaceRange<T>(array: T[], start: number, deleteCount: number, items: readonly T[]): void {
  if (items.length <= 4096 && deleteCount <= 4096) {
    array.splice(start, deleteCount, ...items);
    return;
  }
  // Many entries (a paste, the draft's people changed): no spread of that many arguments.
  const rest = array.slice(start + deleteCount);
  array.length = start;
  for (const item of items) array.push(item);
  for (const item of rest) array.push(item);
}
