// Places news names as often as people: US states and countries (with the regions news writes like them). A
// capitalised run made of one (`New Hampshire`, `South Carolina`) is never a person, and one that ends in one
// (`Progress Iowa`, `Breitbart California`) is never a person whose surname is the place.
//
// Left out on purpose: places that are as often a person's name (`Washington`, `Jordan`, `Israel`, `Chad`,
// `Georgia`), so that `Rep. Steve Israel` or `Jim Jordan` stays a person.

const US_STATES = [
  'alabama', 'alaska', 'arizona', 'arkansas', 'california', 'colorado', 'connecticut', 'delaware', 'florida', 'hawaii',
  'idaho', 'illinois', 'indiana', 'iowa', 'kansas', 'kentucky', 'louisiana', 'maine', 'maryland', 'massachusetts',
  'michigan', 'minnesota', 'mississippi', 'missouri', 'montana', 'nebraska', 'nevada', 'new hampshire', 'new jersey',
  'new mexico', 'new york', 'north carolina', 'north dakota', 'ohio', 'oklahoma', 'oregon', 'pennsylvania',
  'rhode island', 'south carolina', 'south dakota', 'tennessee', 'texas', 'utah', 'vermont', 'virginia',
  'west virginia', 'wisconsin', 'wyoming', 'puerto rico',
];

const COUNTRIES_AND_REGIONS = [
  'afghanistan', 'albania', 'algeria', 'angola', 'argentina', 'armenia', 'australia', 'austria', 'azerbaijan',
  'bahrain', 'bangladesh', 'belarus', 'belgium', 'bolivia', 'bosnia', 'brazil', 'britain', 'great britain', 'bulgaria',
  'cambodia', 'cameroon', 'canada', 'chile', 'china', 'colombia', 'croatia', 'cuba', 'cyprus', 'czechia', 'denmark',
  'ecuador', 'egypt', 'england', 'eritrea', 'estonia', 'ethiopia', 'finland', 'france', 'germany', 'ghana', 'greece',
  'guatemala', 'haiti', 'honduras', 'hungary', 'iceland', 'india', 'indonesia', 'iran', 'iraq', 'ireland', 'italy',
  'japan', 'kazakhstan', 'kenya', 'kosovo', 'kuwait', 'latvia', 'lebanon', 'libya', 'lithuania', 'luxembourg',
  'malaysia', 'mali', 'mexico', 'moldova', 'mongolia', 'morocco', 'mozambique', 'myanmar', 'nepal', 'netherlands',
  'new zealand', 'nicaragua', 'niger', 'nigeria', 'north korea', 'norway', 'oman', 'pakistan', 'palestine', 'panama',
  'paraguay', 'peru', 'philippines', 'poland', 'portugal', 'qatar', 'romania', 'russia', 'rwanda', 'saudi arabia',
  'scotland', 'senegal', 'serbia', 'sierra leone', 'singapore', 'slovakia', 'slovenia', 'somalia', 'south africa', 'south korea',
  'south sudan', 'spain', 'sri lanka', 'sudan', 'sweden', 'switzerland', 'syria', 'taiwan', 'tajikistan', 'tanzania',
  'thailand', 'tunisia', 'turkey', 'turkmenistan', 'uganda', 'ukraine', 'united kingdom', 'united states', 'uruguay',
  'uzbekistan', 'venezuela', 'vietnam', 'wales', 'yemen', 'zambia', 'zimbabwe',
  'america', 'europe', 'asia', 'africa', 'latin america', 'central america', 'south america', 'north america',
  'middle east', 'new england', 'crimea', 'gaza', 'donbas',
];

/**
 * Capitals that world news writes for their governments (`Moscow said`, `Beijing warned`, `Kyiv denied`): a place,
 * never the person a later `he said` means. Not those that are as often a person's name (`Paris`, `London`,
 * `Berlin`, `Rome`, `Washington`).
 */
const GOVERNMENT_CAPITALS = [
  'moscow', 'beijing', 'kyiv', 'kiev', 'tehran', 'ankara', 'pyongyang', 'seoul', 'tokyo', 'riyadh', 'damascus',
  'baghdad', 'kabul', 'islamabad', 'new delhi', 'brussels', 'canberra', 'ottawa', 'jerusalem', 'minsk', 'caracas',
  'havana', 'hanoi', 'manila', 'jakarta', 'bangkok', 'taipei', 'warsaw', 'budapest', 'doha', 'beirut', 'tripoli',
  'khartoum', 'nairobi', 'pretoria', 'tel aviv', 'abu dhabi', 'tbilisi', 'yerevan', 'baku', 'belgrade',
];

/** Lower-case place names, each one or two words. */
const PLACE_NAMES: ReadonlySet<string> = new Set([...US_STATES, ...COUNTRIES_AND_REGIONS, ...GOVERNMENT_CAPITALS]);

/**
 * How many of the last words of a name (normalised, lower case) spell a place: 2 for `progress new york`, 1 for
 * `breitbart california`, 0 for `ana kral`.
 */
export function trailingPlaceWords(words: readonly string[]): number {
  const n = words.length;
  if (n >= 2 && PLACE_NAMES.has(`${words[n - 2]} ${words[n - 1]}`)) return 2;
  return n >= 1 && PLACE_NAMES.has(words[n - 1]) ? 1 : 0;
}
