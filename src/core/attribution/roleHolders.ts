// Who holds the role a phrase names without a name (`the harbour chief`, `the mayor's spokesman`): the one person
// the texts give that role, or that role of an owner they name. A role many people hold, given only in another
// article, is not taken as this text's holder.
import { MANY_HOLDER_ROLES } from '../text/newsLexicon';
import type { Token } from '../text/sentenceTokens';
import { roleKey } from './nameMatching';
import type { SpeakerRecord, SpeakerRegistry } from './speakerRegistry';
import type { Mention, Resolved } from './resolvedSpeakers';
import type { PreparedText } from '../text/prepareText';
import { bareRoleIsOtherThan } from './unnamedRoleCounterparts';
import { officeForms } from './officeForms';

/**
 * Offices of two words that every country, company, force or team has one of, as it has a `president` or a `mayor`
 * (`the prime minister said` in a story about Britain is not the prime minister another article of the corpus names).
 */
const ONE_A_PLACE_OFFICES: ReadonlySet<string> = new Set(['prime minister', 'first minister', 'chief minister', 'chief executive', 'chief constable', 'police chief', 'head coach']);

/** How many sentences after a role's own its holder may first be named with it as a title (`the judge ... Judge Kral`). */
const CATAPHORA_SENTENCES = 2;

/**
 * The holder of `title`, the role words of a phrase that reads from `from` to `to` in `tokens`, for the text `article`.
 * `the senior Ortiz adviser` in a text that names no such adviser: a campaign has many advisers, and the one another
 * article names is a guess. So is a role of one word (`the mayor`, `the CFO`, `the coach`): every city, company and
 * team has one, and another article's is most often another place's; so is an office of two words every place has
 * (`the prime minister`, `the chief executive`). A role its words narrow (`the port mayor`, `the harbour master`) is
 * taken from another article; a role whose place the look-up did not read (`the former senator from Maine`, looked up
 * as `former senator`) is not.
 */
export function roleHolder(registry: SpeakerRegistry, article: string | null, tokens: readonly Token[], title: readonly Token[], from: number, to: number, namedOnlyLater?: (record: SpeakerRecord, ahead: number) => boolean, text?: PreparedText): SpeakerRecord | null {
  const looked = registry.lookupRole(title.map((t) => t.text), article);
  const record = looked ?? executiveHolder(registry, article, title) ?? ownedRole(registry, article, title);
  if (!record) return null;
  // `The President spoke with President Kral.`: the text shows its bare role to be someone other than Kral.
  if (text && title.length === 1 && tokens[from]?.lower === 'the' && bareRoleIsOtherThan(text, registry, title[0].text, record.key)) return null;
  const elsewhere = article !== null && !record.articles.has(article);
  // `X said the Prime Minister had told him ... Estonia's prime minister, Kristen Michal,`: a role refers back to
  // someone the text named before it (or in its own sentence), never to one it names only later. One it never names
  // (another article's, or a draft's sources') is read as before. A court report's `"...," the judge told him` ahead
  // of `Judge Ana Kral said` is the exception: the role alone, given to the person as a title within the next
  // sentences (never `the mayor's office`, which speaks for itself; an owned role, `Varnia's prime minister`, tells of
  // another country's; a role named paragraphs on, of someone else: `The candidate also ...` two paragraphs before
  // `Donald Trump`).
  if (namedOnlyLater?.(record, 0) && !(title.length === 1 && !title[0].possessive && record.roles.has(roleKey([title[0].text])) && !namedOnlyLater(record, CATAPHORA_SENTENCES))) return null;
  const last = title[title.length - 1];
  const unread = tokens.indexOf(last, from) < to - 1;
  // `the representative of the Russian Federation`: the role's head stands before what it is of.
  const ofAt = title.findIndex((t) => t.lower === 'of');
  const head = ofAt > 0 ? title[ofAt - 1] : last;
  const oneWord = title.length === 1 || ONE_A_PLACE_OFFICES.has(title.map((t) => t.lower).join(' '));
  return elsewhere && (MANY_HOLDER_ROLES.has(head.lower) || unread || oneWord || (looked !== null && ownedElsewhere(record, title))) ? null : record;
}

/**
 * `the mayor's spokesman`, `Ortiz's deputy`: the owner found by name or role, then whoever the texts give that role
 * of theirs (`Ortiz's spokesman, Ivo Kral`). Null when the sources name no one for it.
 */
function ownedRole(registry: SpeakerRegistry, article: string | null, title: readonly Token[]): SpeakerRecord | null {
  const at = title.findIndex((t) => t.possessive);
  if (at < 0 || at === title.length - 1) return null;
  const owner = title.slice(0, at + 1).map((t) => t.text);
  const record = (title[at].cap ? registry.lookupName(owner, article) : null) ?? registry.lookupRole(owner, article);
  if (!record) return null;
  const role = title.slice(at + 1).map((t) => t.text);
  return registry.lookupRole([record.last, ...role], article);
}

/** The words a chief officer's initials stand for: `the CFO` is who the texts call `Chief Financial Officer Ana Kral`. */
const EXECUTIVE_TITLES: ReadonlyMap<string, readonly string[]> = new Map([
  ['ceo', ['chief', 'executive', 'officer']], ['cfo', ['chief', 'financial', 'officer']], ['coo', ['chief', 'operating', 'officer']],
  ['cto', ['chief', 'technology', 'officer']], ['cio', ['chief', 'information', 'officer']], ['cmo', ['chief', 'marketing', 'officer']],
]);

/**
 * Whoever the texts give a chief officer's role under another of its forms: `the CFO`, `the chief financial officer`
 * and `the chief financial` are one role (`Chief Executive Officer Ana Kral ... the chief executive said`).
 */
function executiveHolder(registry: SpeakerRegistry, article: string | null, title: readonly Token[]): SpeakerRecord | null {
  const lower = title.map((t) => t.lower);
  for (const words of [...executiveForms(lower), ...officeForms(lower)]) {
    const record = registry.lookupRole(words, article);
    if (record) return record;
  }
  return null;
}

/** The other forms of a chief officer's title `words` (lower case), or none for any other title. */
export function executiveForms(words: readonly string[]): (readonly string[])[] {
  for (const [initials, full] of EXECUTIVE_TITLES) {
    const forms = [[initials], full, full.slice(0, 2)];
    const at = forms.findIndex((form) => form.length === words.length && form.every((word, i) => word === words[i]));
    if (at >= 0) return forms.filter((_, i) => i !== at);
  }
  return [];
}

/**
 * Whether the texts give the role `noun` (`prosecutor`, `doorman`) to someone other than the person `key` a definite
 * description would otherwise stand for (the person last named): `District Judge Ana Kral said ... "…," the prosecutor
 * said` speaks of the prosecutor the sources name, not of the judge (a draft's quote had gone to her, and a right
 * one been called hers wrongly). Only where the person last named is known by other roles (`district judge`): one the
 * texts give no role (`Tim Allen ... the actor said`) may hold it, and a person who holds the role too is still meant.
 */
export function heldByAnother(registry: SpeakerRegistry, article: string | null, noun: string, key: string): boolean {
  const holder = registry.lookupRole([noun], article);
  // A source's own text says who holds it there; a draft (no article) is read against all of its sources.
  if (!holder || holder.key === key || (article !== null && !holder.articles.has(article))) return false;
  const own = registry.record(key);
  return own !== undefined && own.roles.size > 0 && ![...own.roles.keys()].some((role) => role.split(' ').includes(noun));
}

/**
 * A draft's `the prosecutor said` with no one before it the noun stands for: the one person its sources give that role
 * (`Prosecutor Ana Kral`), as `the judge` finds the sources' one judge; a noun for a person (`prosecutor`, `doorman`)
 * is read as a role word is. Never in a source (another article's holder is most often another story's), nor for a
 * role many hold at once (`the lawyer`).
 */
export function draftRoleHolder(registry: SpeakerRegistry, article: string | null, mention: Mention): Resolved | null {
  // Only `the` and the noun: `the American president` is not whoever the sources call `president`.
  const words = mention.text.split(/\s+/);
  if (article !== null || words.length !== 2 || words[0].toLowerCase() !== 'the' || MANY_HOLDER_ROLES.has(words[1].toLowerCase())) return null;
  const holder = registry.lookupRole([words[1]], null);
  // A holder only the draft names (later on: `Candidate Tomas Rudd spoke later`) is not one its sources name.
  return holder && holder.kind === 'person' && holder.articles.size > 0 ? { speaker: registry.toSpeaker(holder), mention } : null;
}

/** Words that rank a role within its own office (`chief port director`), not say whose office it is. */
const RANKS: ReadonlySet<string> = new Set([
  'chief', 'deputy', 'senior', 'acting', 'former', 'assistant', 'executive', 'principal', 'interim', 'vice', 'associate',
  'general', 'lead', 'head', 'junior', 'first', 'second', 'joint', 'co', 'new', 'longtime', 'veteran',
]);

/**
 * `Ivo Kral, Kessland's transport minister,` holds `kessland transport minister`, `Clinton's 2008 campaign manager`
 * holds `clinton 2008 campaign manager`: another article's `the transport minister` is most often another country's,
 * its `Clinton's campaign manager` another year's. Whether `record` holds the role `title` names only with more words
 * that say whose or when it is (not a rank: `chief port director` is still the port director).
 */
function ownedElsewhere(record: SpeakerRecord, title: readonly Token[]): boolean {
  const key = roleKey(title.map((t) => t.text));
  if (record.roles.has(key)) return false;
  // The roles of the same head (`... campaign manager`), and the words each has that the title has not.
  const words = new Set(key.split(' '));
  const head = key.split(' ').pop();
  const wider = [...record.roles.keys()].map((role) => role.split(' ')).filter((role) => role[role.length - 1] === head);
  return wider.length > 0 && wider.every((role) => role.some((w) => !words.has(w) && !RANKS.has(w)));
}
