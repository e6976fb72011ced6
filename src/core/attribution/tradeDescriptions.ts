// `Prosecutor Tom Berg ... "...," Berg said.` ¶ `"...," the sprinter said.`: sport and wire copy name a person's trade
// to go on from their name (`the winger said`), and a trade the person last named plainly does not practise — the texts
// give them an office and no role with the trade in it — is someone else's, most often the one their question was put
// to. Read as the person last named, such words went to the questioner. A star's roles (`Last Man Standing star`) tell
// no office, so `the actor` may still be them; the arts' nouns are not listed.
import { ROLE_HEADS } from '../text/newsLexicon';

/** Trades and sport's positions a report names a person by (`the goalkeeper`, `the pianist`); not offices or roles. */
const TRADES: ReadonlySet<string> = new Set([
  'footballer', 'winger', 'striker', 'midfielder', 'defender', 'goalkeeper', 'keeper', 'forward', 'cricketer', 'batsman',
  'bowler', 'golfer', 'cyclist', 'swimmer', 'sprinter', 'runner', 'skater', 'skier', 'jockey', 'boxer', 'athlete',
  'electrician', 'plumber', 'carpenter', 'nurse',
  'accountant', 'bookkeeper', 'miner', 'fisherman', 'farmer', 'chef', 'baker', 'pilot',
  // A court's or an inquiry's witnesses by their profession (`Prosecutor Nel called a ballistics expert ... "...," the
  // expert said`): never the prosecutor or the minister last named.
  'expert', 'scientist', 'engineer', 'economist', 'analyst', 'researcher', 'pathologist', 'surgeon', 'doctor',
  'architect', 'mechanic', 'teacher',
]);

/** A court's and a force's people, whose titles the lexicon keeps as nouns for a person, not as roles. */
const COURT_OFFICES: ReadonlySet<string> = new Set(['prosecutor', 'barrister', 'solicitor', 'lawyer', 'attorney', 'counsel', 'detective', 'inspector', 'officer']);

/**
 * Whether the description's `noun` is a trade that the person found (whose roles the texts give: `roles`, lower case)
 * is known by none of: they hold an office (`prosecutor`, `senator`), and no role's words hold the trade.
 */
export function tradeOfAnother(noun: string, roles: Iterable<string> | undefined): boolean {
  if (!TRADES.has(noun) || !roles) return false;
  let office = false;
  for (const role of roles) {
    const words = role.split(' ');
    if (words.includes(noun)) return false;
    office ||= words.some((w) => ROLE_HEADS.has(w) || COURT_OFFICES.has(w));
  }
  return office;
}
