// `said the Italian`, `the Texan said`, `added the Frenchman`: a word for where someone comes from, after `the`, is a
// description of a person the text has named (sports and wire copy use it to avoid repeating a name), never a person
// called `Italian`. Told by its ending, so that the nationalities of the world need no list; the endings' few
// capitalised nouns that are no nationality (`the Vatican`, `the Taliban`) are listed.
import type { SpeakerRegistry } from './speakerRegistry';

const ENDINGS = /^\p{Lu}\p{Ll}+(?:ian|ean|an|ese|i|ot)$/u;
/** Nationalities and townspeople with none of the endings (`the Briton`, `the Croat`, `the Londoner`), or with `-man` (`the German`). */
const OTHERS = new Set([
  'dane', 'swede', 'finn', 'pole', 'scot', 'brit', 'briton', 'greek', 'turk', 'thai', 'czech', 'argentine', 'filipino', 'kiwi', 'aussie', 'swiss', 'spaniard', 'german',
  'croat', 'serb', 'slovak', 'slovene', 'uzbek', 'kazakh', 'tajik', 'kurd', 'basque', 'icelander', 'luxembourger', 'monegasque', 'muscovite', 'londoner', 'berliner',
]);
/** `-man`, `-woman` only after the words that make a nationality of them (`the Chairman`, `the Statesman` are none). */
const PEOPLE = /^(?:french|dutch|english|irish|welsh|scots|cornish|manx)(man|woman)$/;
/**
 * Capitalised nouns with a nationality's ending that are a place, a group, a book or a newspaper: `the Guardian said`
 * is the paper, and read as a nationality it gave the paper's words to the person named before.
 */
const NOT_PEOPLE = new Set(['vatican', 'taliban', 'koran', 'quran', 'sudan', 'yemen', 'lebanon', 'ottoman', 'pentagon', 'kremlin', 'divan', 'caravan', 'mani', 'hindi', 'urdu', 'nasdaq', 'dow', 'guardian', 'khan', 'sultan']);

/** The gender a nationality's word gives (`Frenchwoman`), or null when it gives none; undefined when `word` is none. */
export function demonymGender(word: string): 'male' | 'female' | null | undefined {
  const lower = word.toLowerCase();
  if (NOT_PEOPLE.has(lower)) return undefined;
  const compound = PEOPLE.exec(lower);
  if (compound) return compound[1] === 'woman' ? 'female' : 'male';
  return OTHERS.has(lower) || (ENDINGS.test(word) && !lower.endsWith('man')) ? null : undefined;
}

/**
 * Trades with a nationality's ending, capitalised (`the Paralympian said`, `the Olympian`): a description of someone,
 * never a nationality to give the person named last (the prosecutor whose question the words answered had them), nor
 * a body.
 */
const CAPITALISED_TRADES = new Set(['olympian', 'paralympian', 'comedian', 'librarian', 'musician', 'politician', 'physician', 'historian', 'technician', 'electrician', 'magician', 'civilian', 'custodian', 'veterinarian', 'academician', 'tactician']);

/** Whether `word` is a trade that ends like a nationality (`Paralympian`). */
export function isCapitalisedTrade(word: string): boolean {
  return CAPITALISED_TRADES.has(word.toLowerCase());
}

/** Whether this text names a person with given name and surname `word` (`Marco Italian`): then `the Italian` is no nationality. */
export function namedInText(registry: SpeakerRegistry, id: string | null, word: string): boolean {
  const known = registry.lookupName([word], id);
  return known?.kind === 'person' && known.first !== null && (id === null || known.articles.has(id));
}

/** Nationalities that one person may be called by besides another (`the Scot`, later `the Briton`). */
const ALSO_BRITISH = new Set(['briton', 'brit', 'englishman', 'englishwoman', 'scot', 'scotsman', 'scotswoman', 'welshman', 'welshwoman', 'irishman', 'irishwoman']);

/**
 * Whether `mention`, the words the one found was last called by, is another nationality than `word` (`The Slovenian
 * finished ahead of Vingegaard. "...," the Dane said`): the Slovenian is not the Dane, whom the search had made him.
 */
export function calledByAnotherNationality(mention: string, word: string): boolean {
  const called = /^the\s+(\p{Lu}\p{L}+)$/iu.exec(mention)?.[1];
  if (!called || demonymGender(called) === undefined || isCapitalisedTrade(called)) return false;
  const [a, b] = [called.toLowerCase(), word.toLowerCase()];
  return a !== b && !(ALSO_BRITISH.has(a) && ALSO_BRITISH.has(b));
}
