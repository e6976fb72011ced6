// Outlets a text names by one word of their own (`Politico`, `Axios`): a leaf that the predicate of names that are no
// person's (groupNames.ts) reads, both when a text's names are learnt and when a speaker phrase is resolved.
/**
 * News outlets known by one word that is no one's name (`Politico said`, `Axios reported`, `Breitbart wrote`). Not
 * those that are surnames as well (`Fox`, `Forbes`, `Bloomberg`, `Drudge`), which the text's own people decide.
 */
const OUTLET_BRANDS: ReadonlySet<string> = new Set([
  'politico', 'breitbart', 'axios', 'buzzfeed', 'huffpost', 'mediaite', 'politifact', 'newsmax', 'vox', 'salon', 'slate',
  'gawker', 'tmz', 'msnbc', 'cnbc', 'cnn', 'nbc', 'cbs', 'npr', 'pbs', 'bbc', 'newsweek', 'mashable', 'thinkprogress',
  'techcrunch', 'semafor', 'propublica', 'bustle', 'upworthy', 'townhall', 'newsday', 'c-span',
]);

/** Whether a name is a known outlet's, as the text writes it (normalised, lower case): one word, `Politico`. */
export function isOutletBrand(norm: readonly string[]): boolean {
  return norm.length === 1 && OUTLET_BRANDS.has(norm[0]);
}
