// What a match in the sources proves about a draft quote. A false alarm is worse than a miss, so a quote is
// put in someone else's mouth only on evidence that identifies one utterance: enough content words, or a
// short phrase that several sources give to the same speaker and no source uses as ordinary words.
import type { SpeakerRegistry } from '../attribution/speakerRegistry';
import { nameWithin } from '../attribution/nameMatching';
import { sexOfGivenName } from '../attribution/givenNameSexes';
import { apartBySex } from './speakerSexes';
import { COURTESY_TITLES, FUNCTION_WORDS, NAME_PARTICLES as SOURCE_NAME_PARTICLES, ROLE_HEADS, ROLE_WORDS } from '../text/newsLexicon';
import { isSpellingVariant, normalizePhrase, tokenizeWords } from '../text/normalizeText';
import type { SourceMatch, Speaker } from '../types';
import { MAX_EXCHANGE_GAP, MAX_EXCHANGED_WORDS, movedRuns, sharesWord } from './movedWords';
import { addressingRuns } from './addressWords';
import { droppedInRendering } from './freshRenderings';
import { diffQuote, type DiffOptions, type QuoteDifference, type SamePerson } from './quoteDiff';
import { spelledOtherwise } from './nameSpellings';
import { isOccupationTitle } from './occupationTitles';
import { innerMarkAt } from './innerQuoteMarks';

/**
 * Quoted words identify an utterance on their own when they are at least five words with three content words
 * among them, or eight words with two: fewer could be anyone's (`numbers don't add up`, `take on the cartel`).
 * A run of twelve words in the same order is no stock phrase even when all but one are small words (`we had the
 * boats to do it and we did it and we would do it all again`).
 */
const IDENTIFYING: ReadonlyArray<{ readonly words: number; readonly content: number }> = [
  { words: 5, content: 3 },
  { words: 8, content: 2 },
  { words: 12, content: 1 },
];
/** A shorter phrase identifies an utterance only when this many sources give it to the same speaker. */
const CORROBORATING_SOURCES = 2;

export function isContentWord(word: string): boolean {
  return !FUNCTION_WORDS.has(word) && /[\p{L}\p{N}]/u.test(word) && (word.length > 1 || /\d/.test(word));
}

/** The content words among normalised words. */
export function contentWords(words: readonly string[]): string[] {
  return words.filter(isContentWord);
}

/**
 * True when the matched passage lies within the words of a source quotation (not the reporter's narration), or a
 * shortened quote's fragments each lie in one of its speaker's quotations.
 */
export function liesInQuote(match: SourceMatch): boolean {
  if (match.joinedQuotes) return true;
  const q = match.sourceQuote;
  return q !== null && match.location.start >= q.textStart && match.location.end <= q.textEnd;
}

/**
 * True when the matched passage stands inside a quotation within the source quote: words its speaker quotes
 * from someone else (`"Crooked Hillary and her team 'were extremely careless,'" Trump tweeted`), not their own.
 */
export function quotedWithinQuote(match: SourceMatch): boolean {
  const q = match.sourceQuote;
  if (!q) return false;
  // A quotation within a quote is short: the last 2,000 characters before the match tell (and bound the work).
  const offset = Math.max(0, match.location.start - q.textStart);
  const before = q.text.slice(Math.max(0, offset - 2000), offset);
  let depth = 0;
  for (let i = 0; i < before.length; i++) {
    const mark = innerMarkAt(before, i, 'x');
    if (mark?.opens) depth++;
    else if (mark?.closes && depth > 0) depth--;
  }
  return depth > 0;
}

/** True when every name word the draft gives a speaker (`Khan`, `Calderon`) is a word of the source speaker's name. */
export function nameFits(mention: string, source: Speaker): boolean {
  const words = tokenizeWords(mention).filter((t) => /^\p{Lu}/u.test(mention.slice(t.start, t.end)) && !ROLE_WORDS.has(t.word) && !FUNCTION_WORDS.has(t.word));
  // `Baker Tamm`: an occupation before a surname is no given name (see occupationTitles.ts).
  const named = words.length >= 2 && isOccupationTitle(words[0].word) ? words.slice(1) : words;
  if (named.length === 0) return false;
  const theirs = new Set(tokenizeWords(source.name).map((t) => t.word));
  return named.every((t) => theirs.has(t.word));
}

/**
 * Small words within a name (`Lula da Silva`, `Virgil van Dijk`, `Mohammed bin Salman`), lower-case: the source side's
 * and three more a draft's name may hold (`Conceição do Carmo`), read here only between a name's capitals.
 */
const NAME_PARTICLES: ReadonlySet<string> = new Set([...SOURCE_NAME_PARTICLES, 'do', 'des', 'ter']);

/** The capitalised words of a name and a particle right before the draft's words for a speaker (`Lula da ` of `Lula da Silva`). */
const NAME_CUT_AT_PARTICLE = new RegExp(`((?:\\p{Lu}[\\p{L}'’-]*\\s+)+)(?:${[...NAME_PARTICLES].join('|')})\\s+$`, 'u');

const PARTICLE_WITHIN = new RegExp(`\\p{Lu}[\\p{L}'’-]*\\s+(?:${[...NAME_PARTICLES].join('|')})\\s+\\p{Lu}`, 'u');
const PARTICLE_BEFORE = new RegExp(`(?:^|\\s)(?:${[...NAME_PARTICLES].join('|')})\\s+$`);

/**
 * The whole name the draft gives a speaker whose words its reading kept only after a name's particle (`Marcelo
 * Rebelo de Sousa` for `Sousa`): the name's normalised words without the particle, back from it to a title or a
 * possessive (`Brazil's President Lula da Silva`: `lula`, `silva`); or the words themselves when they hold a name
 * across a particle (`Lobo de Castro`). Null when no name goes on across a particle.
 * `draftContext`: the draft's sentence around the words.
 */
export function nameBeforeParticle(mention: string, draftContext: string): string[] | null {
  // The reading may also keep the whole name (`said Lobo de Castro`) and find a person by its last word alone.
  // A surname alone that opens with a capitalised particle (`Van den Broeck`) holds one name word: no whole name.
  const within = PARTICLE_WITHIN.test(mention) ? nameWordsOf(mention) : null;
  if (within && within.length >= 2) return within;
  const at = draftContext.indexOf(mention);
  // Most names follow no particle: the few characters before them tell, before the whole name is sought.
  if (at <= 0 || !PARTICLE_BEFORE.test(draftContext.slice(Math.max(0, at - 6), at))) return null;
  const cut = NAME_CUT_AT_PARTICLE.exec(draftContext.slice(Math.max(0, at - 80), at));
  if (!cut) return null;
  const capitalised = cut[1].trim().split(/\s+/);
  const before: string[] = [];
  for (let i = capitalised.length - 1; i >= 0 && !ROLE_WORDS.has(capitalised[i].toLowerCase()) && !/['’]s?$/.test(capitalised[i]); i--) before.unshift(capitalised[i]);
  if (before.length === 0) return null;
  return nameWordsOf(`${before.join(' ')} ${mention}`);
}

function nameWordsOf(name: string): string[] {
  return tokenizeWords(name).map((t) => t.word).filter((w) => !ROLE_WORDS.has(w) && !NAME_PARTICLES.has(w));
}

/** Whether every word of `some` is one of `all`, or spelt a little otherwise there. */
function wordsWithin(some: readonly string[], all: readonly string[]): boolean {
  return some.every((w) => all.some((n) => isSpellingVariant(n, w)));
}

/** Whether a source speaker's name shares a word with a whole name (see nameBeforeParticle): they may be one person. */
export function sharesNameWord(whole: readonly string[], source: Speaker): boolean {
  return tokenizeWords(source.name).some((t) => !NAME_PARTICLES.has(t.word) && whole.some((w) => isSpellingVariant(w, t.word)));
}


/**
 * Whether a speaker was found by a courtesy title alone: the draft's words give a title and a name (`Mr al-Jubeir`,
 * its `al-` not read as a name), and no word of that name is the speaker's (a source's `Mr Sunak` had made `mr` a
 * role of Rishi Sunak). The name is then not read, and nothing can rest on who it was taken for.
 */
function foundByCourtesyTitle(mention: string, speaker: Speaker): boolean {
  const words = tokenizeWords(mention);
  if (!words.some((t) => COURTESY_TITLES.has(t.word))) return false;
  const named = words.filter((t) => /^\p{Lu}/u.test(mention.slice(t.start, t.end)) && !ROLE_WORDS.has(t.word) && !FUNCTION_WORDS.has(t.word));
  if (named.length === 0) return false;
  const theirs = tokenizeWords(speaker.name).map((t) => t.word);
  return !named.some((t) => theirs.some((w) => isSpellingVariant(w, t.word)));
}

/**
 * Whether the draft's words for a speaker are the name of the speaker they were read as. The draft's reading may keep
 * only what follows a name's particle (`Silva` of `President Lula da Silva`) and find another person by it (`Marina
 * Silva`): then neither name holds the other, and no misattribution rests on it.
 */
export function namesItsSpeaker(mention: string, speaker: Speaker, draftContext = ''): boolean {
  if (foundByCourtesyTitle(mention, speaker)) return false;
  const whole = nameBeforeParticle(mention, draftContext);
  if (!whole) return true;
  const theirs = tokenizeWords(speaker.name).map((t) => t.word).filter((w) => !NAME_PARTICLES.has(w));
  return wordsWithin(theirs, whole) || wordsWithin(whole, theirs);
}

/**
 * A person or organisation the sources can tell apart from others: a person known by a full name or a role,
 * or a speaker the draft names in full or with a title (`mention`: the draft's words for them). A lone capitalised word (`Washington`, `Norway`, a dateline) may be a
 * place, a country or a surname the sources never gave in full: no misattribution rests on it.
 */
export function isIdentified(speaker: Speaker, corpus: SpeakerRegistry, mention: string | null = null): boolean {
  if (speaker.kind === 'description') return false;
  if (speaker.members) return true;
  const record = corpus.record(speaker.key);
  if (record) return record.kind === 'organisation' ? record.last.includes(' ') : record.first !== null || record.roles.size > 0;
  // Someone only the draft names: in full, or with a title (`Mayor Renn`).
  // An initial counts as a name's word (`J K Rowling`, `JK Rowling`, `J.K. Rowling`).
  const capitalised = (text: string) => (text.match(/(?:^|\s)(?:\p{Lu}\p{Ll}|\p{Lu}{1,2}(?=[\s.]))/gu) ?? []).length;
  return capitalised(speaker.name) >= 2 || (mention !== null && capitalised(mention) >= 2);
}

/** True when the draft's speaker and the source's are the same person, or one of a pair. */
export function sameSpeaker(claimed: Speaker, source: Speaker): boolean {
  if (claimed.key === source.key) return true;
  if (source.members?.includes(claimed.key) || claimed.members?.includes(source.key)) return true;
  return normalizePhrase(claimed.name) === normalizePhrase(source.name) || initialsJoined(claimed.name) === initialsJoined(source.name);
}

/** A name with its initials written together and lower-cased (`J.K. Rowling`, `J K Rowling`, `JK Rowling`: `jk rowling`). */
function initialsJoined(name: string): string {
  const words: string[] = [];
  let initials = '';
  for (const part of name.split(/[\s.]+/)) {
    if (!part) continue;
    if (/^\p{Lu}{1,2}$/u.test(part)) initials += part;
    else {
      if (initials) words.push(initials);
      initials = '';
      words.push(part);
    }
  }
  if (initials) words.push(initials);
  return words.join(' ').toLowerCase();
}

/**
 * Whether two speakers could have said the same words: the same person (or a name and a form of it, see nameWithin:
 * a source that read `De Bruyne` apart from `Kevin De Bruyne` does not make them two; or one spelt otherwise, see
 * nameSpellings.ts), or an organisation, country or government and someone who may speak for it (its minister, its
 * spokesman), or a speaker not identified well enough to tell (a lone surname or place name). `claimedIdentified`:
 * whether the first is (see isIdentified), asked only if needed.
 */
export function compatibleSpeakers(claimed: Speaker, source: Speaker, corpus: SpeakerRegistry, claimedIdentified = () => isIdentified(claimed, corpus)): boolean {
  if (sameSpeaker(claimed, source)) return true;
  if (claimed.kind === 'person' && source.kind === 'person' && (nameWithin(claimed.key, source.key) || spelledOtherwise(claimed.name, source.name))) return true;
  if (claimed.kind === 'organisation' || source.kind === 'organisation') return true;
  if (apartBySex(claimed, source, corpus)) return false;
  return !claimedIdentified() || !isIdentified(source, corpus);
}

/** The role nouns among some words (`mayor` in `the Mayor of Port Aldis`). */
function roleHeads(text: string): Set<string> {
  return new Set(tokenizeWords(text).map((t) => t.word).filter((w) => ROLE_HEADS.has(w)));
}

/** Whether `mention` ends in a role word right before the name (`Crown Prince Mohammed`, `Mayor Renn`). */
function titledName(mention: string, name: string): boolean {
  const words = tokenizeWords(mention).map((t) => t.word);
  const own = tokenizeWords(name).map((t) => t.word);
  const at = words.length - own.length;
  return at > 0 && ROLE_HEADS.has(words[at - 1]) && own.every((w, i) => words[at + i] === w);
}

/** Whether the draft's words for its speaker hold a name (a capitalised word not a title's) that is not the source speaker's. */
function namesOther(mention: string, source: Speaker): boolean {
  const theirs = new Set(tokenizeWords(source.name).map((t) => t.word));
  return tokenizeWords(mention).some((t) => /^\p{Lu}/u.test(mention.slice(t.start, t.end)) && !ROLE_WORDS.has(t.word) && !FUNCTION_WORDS.has(t.word) && !theirs.has(t.word));
}

/**
 * Whether the source's speaker is known only by a role the draft gives its own speaker: the sources never tie that
 * role to a full name (`the mayor`, or a place read as a name in `the Mayor of Port Aldis`), and the draft's sentence
 * names the role (`The mayor said`, `Toby Renn, the mayor, said`). Then the draft's speaker may well hold it.
 * `draftContext`: the draft's words around the quote.
 */
export function holdsUntiedRole(match: SourceMatch, source: Speaker, corpus: SpeakerRegistry, draftContext: string, mention: string | null = null): boolean {
  if (source.kind === 'organisation' || source.members) return false;
  const record = corpus.record(source.key);
  if (record && record.first !== null) return false;
  const sourceMention = match.sourceQuote?.mention?.text ?? '';
  const sourceRoles = roleHeads(`${sourceMention} ${source.name}`);
  if (sourceRoles.size === 0) return false;
  // A title the source gives a name (`Prince Mohammed`) is tied to it: a draft that names another (`Prince Faisal`) does not hold it.
  if (mention !== null && titledName(sourceMention, source.name) && namesOther(mention, source)) return false;
  const draftRoles = roleHeads(draftContext);
  return [...sourceRoles].some((r) => draftRoles.has(r));
}

/**
 * Whether the draft's speaker is the body whose officer the source's speaker is (`Gulf Shore Power said` for words
 * the sources give `Gulf Shore Power chief executive Anita Kowalczyk`): a company or agency speaks through its
 * officers, even where its name reads like a person's. Not a person known by a given name (`Trump campaign manager
 * Ana Kral`: Trump is not his manager).
 */
export function bodyOfSourceRole(claimed: Speaker, source: Speaker, corpus: SpeakerRegistry): boolean {
  if (claimed.members || source.kind !== 'person') return false;
  const roles = corpus.record(source.key)?.roles;
  if (!roles || roles.size === 0) return false;
  const body = normalizePhrase(claimed.name);
  const own = corpus.record(claimed.key);
  if (own && own.kind === 'person' && own.first !== null && sexOfGivenName(own.first) !== null) return false;
  for (const role of roles.keys()) {
    if (!role.startsWith(`${body} `)) continue;
    if (tokenizeWords(role.slice(body.length)).every((t) => ROLE_WORDS.has(t.word))) return true;
  }
  return false;
}

/**
 * Whether the sources' exact matches of a quote identify one utterance: enough words and content words, or a
 * shorter phrase of at least two content words that at least two sources give to one speaker, each in a sentence
 * of its own, and none uses in narration (`all available means`, quoted by every report of a speech).
 */
export function isDistinctive(words: readonly string[], exact: readonly SourceMatch[], corpus: SpeakerRegistry): boolean {
  const content = contentWords(words).length;
  if (IDENTIFYING.some((rule) => words.length >= rule.words && content >= rule.content)) return true;
  if (content < 2 || words.length < 3) return false;
  if (exact.some((m) => !liesInQuote(m))) return false;
  const spoken = exact.filter((m) => m.speaker);
  if (spoken.length !== exact.length) return false;
  const first = spoken[0].speaker!;
  if (!spoken.every((m) => compatibleSpeakers(m.speaker!, first, corpus) && m.speaker!.kind === first.kind)) return false;
  return independentSources(spoken) >= CORROBORATING_SOURCES;
}

/**
 * How many sources carry the matches independently: a story and its update (or one wire story in two outlets)
 * carry the quote in the same sentence, and count once.
 */
function independentSources(matches: readonly SourceMatch[]): number {
  const sentences = new Set<string>();
  const sources = new Set<string>();
  for (const m of matches) {
    if (sources.has(m.location.sourceId)) continue;
    sources.add(m.location.sourceId);
    sentences.add(m.contextText === undefined ? `\u0000${m.location.sourceId}` : normalizePhrase(m.contextText));
  }
  return sentences.size;
}

export type WordingDifference = 'same' | 'altered' | 'reworded';

/**
 * Whether a first name and a surname (`ted`, `cruz`) name the person the surname alone stands for among the sources'
 * people: then `Ted Cruz` for a source's `Cruz` names no one else. A surname the sources give several people
 * (`Clinton`) stands for the one they name most, so another of them is still a change of name.
 */
export function samePersonIn(corpus: SpeakerRegistry): SamePerson {
  return (fullName, surname) => {
    const alone = corpus.lookupName([surname]);
    return alone !== null && alone.kind === 'person' && corpus.lookupName(fullName) === alone;
  };
}

/**
 * How a draft's wording differs from a source quote's: `same` when only its spelling does (`cannot` for `can't`,
 * punctuation, case); `altered` when it no longer says the same (a change of
 * meaning that quoteDiff finds: a negation, number, name, date or hedge; or a content word dropped or added without
 * an ellipsis); `reworded` when words only stand for others (another translation: `citizens` for `compatriots`),
 * function words, an editor's bracketed words or first names of the same people come and go (`cannot be so` for `can't be`), the draft gives more of
 * the statement than the source quotes, or the two join the speaker's sentences differently (another version of
 * what was said, not the same sentence changed).
 */
export function compareWordings(sourceText: string, draftText: string, options: DiffOptions = {}): WordingDifference {
  return wordingOf(diffQuote(draftText, sourceText, options));
}

/** compareWordings' answer from the word diff of the draft's wording against the source's (diffQuote's), made already. */
export function wordingOf({ parts, meaning, resegmented, typographic }: QuoteDifference): WordingDifference {
  if (typographic) return 'same';
  // The source's quote whole, within a fuller rendering of the statement.
  if (parts.filter((p) => p.kind === 'same').length === 1 && !parts.some((p) => p.kind === 'removed')) return 'reworded';
  if (meaning.length) return 'altered';
  if (resegmented) return 'reworded';
  const exchanged = exchangedRuns(parts);
  const moved = new Set([...movedRuns(parts), ...addressingRuns(parts)]); // words framed as said or heard: addressWords.ts
  // The changed runs with content words nothing above explains; one word a wording ordered anew drops is a translator's (freshRenderings.ts).
  const unexplained = parts.filter((p, i) => p.kind !== 'same' && !exchanged.has(i) && !moved.has(i) && tokenizeWords(p.said ?? p.text).some((t) => isContentWord(t.word)));
  return unexplained.length === 0 || (unexplained.length === 1 && droppedInRendering(unexplained[0], parts)) ? 'reworded' : 'altered';
}

/**
 * The changed runs (their indices) that give words for other words: a dropped run and an added one side by side
 * (`sells` / `trades`), or a short one each side of a few shared words, with a word in common, where a translation
 * puts a phrase elsewhere in its sentence (`We told management three times this year` / `Three times this year we
 * warned the bosses`). A run with no such run of the other kind near it drops or adds the speaker's words.
 */
function exchangedRuns(parts: QuoteDifference['parts']): Set<number> {
  const exchanged = new Set<number>();
  const size = (i: number) => tokenizeWords(parts[i].text).length;
  const otherKind = (i: number, j: number) => j >= 0 && parts[j] !== undefined && parts[j].kind !== 'same' && parts[j].kind !== parts[i].kind;
  for (let i = 0; i < parts.length; i++) {
    if (parts[i].kind !== 'same' && otherKind(i, i + 1)) {
      exchanged.add(i).add(i + 1);
      i++;
    }
  }
  for (let i = 0; i < parts.length; i++) {
    const j = i + 2;
    if (parts[i].kind === 'same' || exchanged.has(i) || exchanged.has(j) || !otherKind(i, j)) continue;
    if (size(i + 1) > MAX_EXCHANGE_GAP || size(i) > MAX_EXCHANGED_WORDS || size(j) > MAX_EXCHANGED_WORDS) continue;
    if (!sharesWord(parts[i].text, parts[j].text)) continue;
    exchanged.add(i).add(j);
  }
  // A run the word diff set apart from its counterpart by a function word it matched in between (`In [the]
  // beginning the state` / `At first [the] state`): the two runs stand for each other all the same.
  for (let i = 0; i < parts.length; i++) {
    if (parts[i].kind === 'same' || exchanged.has(i)) continue;
    const across = (j: number, gap: number) => otherKind(i, j) && parts[gap].kind === 'same' && size(i) <= MAX_EXCHANGED_WORDS && size(j) <= MAX_EXCHANGED_WORDS && tokenizeWords(parts[gap].text).every((t) => !isContentWord(t.word));
    if (across(i - 2, i - 1) || across(i + 2, i + 1)) exchanged.add(i);
  }
  return exchanged;
}

/**
 * Whether the draft calls its speaker by the same unnamed description the source gives the speaker of these words
 * (`the striker wrote` in both): the draft's reading of whom `the striker` is (the person last named) is a guess,
 * and the writer means whoever the source means. Only a description with no capital in it (`the Rovers manager`
 * names a club, and says which manager).
 */
export function sameDescription(mention: string | null, match: SourceMatch): boolean {
  const theirs = match.sourceQuote?.mention?.text ?? null;
  const head = (text: string | null) => {
    const words = text === null ? [] : text.trim().split(/\s+/);
    return words.length >= 2 && words[0].toLowerCase() === 'the' && words.slice(1).every((w) => !/\p{Lu}/u.test(w)) ? words[words.length - 1].toLowerCase() : null;
  };
  const ours = head(mention);
  return ours !== null && ours === head(theirs);
}
