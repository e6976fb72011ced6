// Who a report's own words name as the source: the outlet of `"...," CBS News reported.`, the full name set off after
// a description (`," exhorted Clinton's introducer, actress Jamie Lee Curtis.`), and `according to X` (`according to
// him`). A layer of the quote attributor (attributeSpeaker.ts), on dash attributions.
import { listedSpeakersAfter } from './listedSpeakersAfter';
import { filedTextSender } from './filedTexts';
import { textOwner } from './ownedTextSpeakers';
import { NAME_PARTICLES } from '../text/newsLexicon';
import { RELATIVE_NOUNS } from '../text/personNouns';
import type { Token } from '../text/sentenceTokens';
import { DashAttributions } from './dashAttributions';
import { phraseAfter, phraseBefore, type Phrase } from './speakerPhrases';
import { readNamePhrase } from './namePhrases';
import { nameAfterNamed } from './namedDescriptions';
import { chantingVerbBefore, viewingVerbBefore } from './chantedWords';
import type { Resolution, Resolved } from './resolvedSpeakers';
import { POSSESSIVE_OWNERS, isDativeFrame, viewpointOwnerEnd } from './viewpointFrames';
import { OWNED_TEXTS } from './colonIntroductions';
import { accordingToSource, isPatronymicAt, isRoleWord, isVerbLike, isWord } from './tokenClasses';

/** Object pronouns after `according to` (a style of many outlets: `According to him, "..."`), with whom they can mean. */
const OBJECT_PRONOUNS: ReadonlyMap<string, 'male' | 'female' | 'plural'> = new Map([['him', 'male'], ['her', 'female'], ['them', 'plural']]);

/** The most words of a body or place after a name's `of` or `at` (`of the University of Lyon`). */
const BODY_WORDS = 6;
/** The most words of a role's complement (`of research and development`). */
const COMPLEMENT_WORDS = 4;
/** The most tokens from `who` to the `as` before a name given (`who gave her first name only as`). */
const GIVEN_CLAUSE_TOKENS = 8;

/**
 * Whether `of` or `at` at `k` opens a body or place in capitals (`of the University of Lyon`, `at Jefferies`) that runs
 * to a comma or the sentence's end.
 */
function closingBody(tokens: readonly Token[], k: number): boolean {
  const preposition = tokens[k];
  if (!isWord(preposition) || (preposition.lower !== 'of' && preposition.lower !== 'at')) return false;
  let j = k + 1;
  if (tokens[j]?.lower === 'the') j++;
  if (!isWord(tokens[j]) || !tokens[j].cap) return false;
  const from = j;
  while (j < tokens.length && j - from < BODY_WORDS && isWord(tokens[j]) && (tokens[j].cap || tokens[j].lower === 'of' || tokens[j].lower === 'the' || tokens[j].lower === 'and')) j++;
  const end = tokens[j];
  return end === undefined || (end.kind === 'punct' && (end.text === ',' || end.text === '.'));
}

/**
 * `," said Chainmark's head of research, Ines Moreau.`: a role's complement after `of` or `for` (`of research`, `for
 * public affairs`), a few words up to a comma, belongs to the description; the name set off after it speaks. The
 * comma's position, or `k` when there is no such complement.
 */
function pastRoleComplement(tokens: readonly Token[], k: number): number {
  const link = tokens[k];
  if (!isWord(link) || (link.lower !== 'of' && link.lower !== 'for') || !isRoleWord(tokens[k - 1])) return k;
  let j = k + 1;
  while (j < tokens.length && j - k <= COMPLEMENT_WORDS && isWord(tokens[j]) && !isVerbLike(tokens[j])) j++;
  return j > k + 1 && tokens[j]?.text === ',' ? j : k;
}

/** Words that open a clause or a place that goes on describing the person before a name set off after it. */
const DESCRIBING_OPENERS: ReadonlySet<string> = new Set(['who', 'that', 'whose', 'at', 'in', 'on', 'near', 'from', 'outside', 'inside']);
/** The most tokens such a clause runs to before the comma. */
const DESCRIBING_TOKENS = 16;

/**
 * `," said the man who had been driving the truck, Ali Demir.`, `," said a firefighter at the scene, Ana Kral.`: where
 * a clause or a place after the description ends in the comma before a name, or -1. Only lower-case words (a capital
 * there may be another person the name is set off after) and never `of` (`the mother of the victim, Ana Kral`: whose
 * name is that?).
 */
function clauseAfterDescription(tokens: readonly Token[], at: number): number {
  const opener = tokens[at];
  if (!isWord(opener) || opener.cap || !DESCRIBING_OPENERS.has(opener.lower)) return -1;
  for (let k = at + 1; k < tokens.length && k - at <= DESCRIBING_TOKENS; k++) {
    const t = tokens[k];
    if (t.text === ',') return k;
    if (!isWord(t) || t.cap || t.lower === 'of') return -1;
  }
  return -1;
}

export abstract class ReportedSpeakers extends DashAttributions {
  /** `Ana Kral's statement said`, `read a statement from Ana Kral`: a person's own text speaks for them (ownedTextSpeakers.ts). */
  protected override resolveOnce(tokens: readonly Token[], phrase: Phrase, s: number): Resolution {
    const owner = textOwner(tokens, phrase);
    const found = owner ? super.resolveOnce(tokens, owner, s) : null;
    if (!found || found === 'agency' || found.speaker.kind !== 'person') return super.resolveOnce(tokens, phrase, s);
    return { speaker: found.speaker, mention: this.mentionOf(tokens, { from: phrase.from, to: Math.max(phrase.to, owner!.to) }) };
  }

  /** The outlet of `"...," CBS News reported.` (outletReports.ts), which the registry may know only as a relay. */
  protected outlet(tokens: readonly Token[], phrase: { from: number; to: number }, s: number): Resolved | null {
    const name = readNamePhrase(tokens, phrase).name;
    if (name.length === 0) return null;
    const found = this.resolve(tokens, phrase, s);
    if (found && found !== 'agency') return found.speaker.kind === 'description' ? null : found;
    return { speaker: this.registry.toSpeaker(this.registry.addOrganisation(name.map((t) => t.text), this.p.id)), mention: this.mentionOf(tokens, phrase) };
  }

  /**
   * The speaker of `," said <phrase>`: the phrase's, or the full name set off after it when it is a description. A
   * description with no name of its own (`the study's lead author, Dr Ines Moreau of Lyon`) is the name after it, even
   * when alone it would reach back to someone named before: the writer names the one described right there.
   */
  protected describedOrNamedAfter(tokens: readonly Token[], given: { from: number; to: number }, s: number): Resolution {
    const phrase = listedSpeakersAfter(tokens, this.pastOwnParticles(tokens, given)); // `said Ana Kral, 29, and Ivo Peskar, 31.`
    const found = this.resolve(tokens, phrase, s);
    if (!found || found === 'agency') return found;
    if (found.speaker.kind !== 'description' && readNamePhrase(tokens, phrase).name.length > 0) return found;
    return this.namedAfterDescription(tokens, phrase.to, s) ?? this.nameGivenAfter(tokens, phrase.to, s) ?? found;
  }

  /**
   * `," said a baker who gave her name as Ilse.`: the name a clause after the description gives as the person's own
   * is the speaker, as in `A baker who gave her name as Ilse said` (relativeSpeakers.ts); only where that name closes
   * the sentence or is set off by a comma.
   */
  private nameGivenAfter(tokens: readonly Token[], description: number, s: number): Resolved | null {
    const who = tokens[description]?.text === ',' ? description + 1 : description;
    if (!isWord(tokens[who]) || tokens[who].lower !== 'who') return null;
    for (let k = who + 2; k < tokens.length && k - who <= GIVEN_CLAUSE_TOKENS && isWord(tokens[k]) && !tokens[k].cap; k++) {
      const named = nameAfterNamed(tokens, k);
      if (!named) continue;
      const end = tokens[named.to];
      if (end && !(end.kind === 'punct' && (end.text === ',' || end.text === '.'))) return null;
      const found = this.resolve(tokens, named, s);
      return found && found !== 'agency' && found.speaker.kind === 'person' ? found : null;
    }
    return null;
  }

  /**
   * `," said von Stralen`: a surname's own particles open the phrase in lower case, which no name phrase reads; the
   * surname after them is read as in `von Stralen said`, where the text names a person in full by it (`Hans von
   * Stralen`). Any other phrase as given.
   */
  private pastOwnParticles(tokens: readonly Token[], phrase: { from: number; to: number }): { from: number; to: number } {
    let from = phrase.from;
    while (from < phrase.to - 1 && isWord(tokens[from]) && !tokens[from].cap && NAME_PARTICLES.has(tokens[from].lower)) from++;
    if (from === phrase.from || !tokens[from].cap) return phrase;
    const known = this.registry.lookupName(tokens.slice(from, phrase.to).map((t) => t.text), this.p.id);
    return known?.kind === 'person' && known.first !== null && (this.p.id === null || known.articles.has(this.p.id)) ? { from, to: phrase.to } : phrase;
  }

  /** `," exhorted Clinton's introducer, actress Jamie Lee Curtis.`: the full name set off after a description speaks. */
  protected namedAfterDescription(tokens: readonly Token[], description: number, s: number): Resolved | null {
    const complement = pastRoleComplement(tokens, description);
    const at = tokens[complement]?.text === ',' ? complement : clauseAfterDescription(tokens, description);
    if (tokens[at]?.text !== ',') return null;
    const named = phraseAfter(tokens, at + 1, false);
    const end = named ? tokens[named.to] : undefined;
    // `," said the study's lead author, Dr Ines Moreau of the University of Lyon.`: the body the name works at may
    // close the sentence after it.
    if (!named || (end && !(end.kind === 'punct' && (end.text === ',' || end.text === '.')) && !closingBody(tokens, named.to))) return null;
    // `, the prime minister, Mohammed bin Abdulrahman.`: a name with a patronymic is a full name, though the person is
    // called by the words before `bin` alone.
    let patronymic = false;
    for (let k = named.from + 1; k < named.to - 1 && !patronymic; k++) patronymic = isPatronymicAt(tokens, k);
    // `," said his widow, Margaret.`: a given name alone after a relative, the way an obituary names the family (as
    // `His widow, Margaret, said` is read, appositiveNames.ts).
    const relative = isWord(tokens[at - 1]) && RELATIVE_NOUNS.has(tokens[at - 1].lower) && named.to - named.from === 1 && tokens[named.from].cap;
    if (readNamePhrase(tokens, named).name.length < 2 && !patronymic && !relative) return null;
    const found = this.resolve(tokens, named, s);
    return found && found !== 'agency' && found.speaker.kind === 'person' ? found : null;
  }

  /**
   * `the crowd sang "…"`, `recalled how the crowd sang "…"`: the chant's singers (chantedWords.ts), a group or a
   * description; anyone else's, no one's. Null, and nothing withheld, when no verb of chanting takes the quote. Also a
   * named person's view quoted after `sees` (`Peskar sees "a bargain"`), that person's.
   */
  protected chanters(tokens: readonly Token[], qi: number, s: number): Resolution {
    const viewing = viewingVerbBefore(tokens, qi);
    const viewer = viewing >= 0 ? phraseBefore(tokens, viewing) : null;
    const view = viewer && viewer.to === viewing ? this.resolve(tokens, viewer, s) : null;
    // `Peskar sees "a bargain"`: a named person's word for what they see; anyone else's view, nothing read.
    if (view && view !== 'agency' && view.speaker.kind === 'person') return view;
    const v = chantingVerbBefore(tokens, qi);
    if (v < 0) return null;
    const subject = phraseBefore(tokens, v);
    const found = subject ? this.resolve(tokens, subject, s) : null;
    // A group's chant is its own; a named singer's words are a song's lyrics, no speaker of the news (a `he` after
    // them would mean the singer).
    return found && found !== 'agency' && found.speaker.kind !== 'person' ? found : this.withhold();
  }

  /** `according to X`, `per X`: X, whose words start at `at` (SentenceFacts.accordingTo; -1 for none). */
  protected accordingTo(tokens: readonly Token[], at: number, s: number): Resolution {
    if (at < 0) return null;
    // `According to her, "..."`: an object pronoun standing alone (not `her lawyer`) is whom the text last named.
    const object = tokens[at];
    const framed = isWord(tokens[at - 1]) && (tokens[at - 1].lower === 'in' || tokens[at - 1].lower === 'by'); // `In her view,`, `In Kral's view,`
    const want = isWord(object) && (framed ? POSSESSIVE_OWNERS.get(object.lower) : !isWord(tokens[at + 1]) ? OBJECT_PRONOUNS.get(object.lower) : undefined);
    if (want) {
      const found = this.antecedent(s, object.start, want);
      return found ? { speaker: found.speaker, mention: this.mentionOf(tokens, { from: at, to: at + 1 }) } : null;
    }
    const ownerEnd = framed ? viewpointOwnerEnd(tokens, at) : -1;
    const phrase = ownerEnd > at ? { from: at, to: ownerEnd } : phraseAfter(tokens, at, false);
    // `According to a statement from Ana Kral's office,`: the text's sender speaks, not `a statement`.
    const sender = phrase && (tokens[phrase.to]?.lower === 'from' && OWNED_TEXTS.has(tokens[phrase.to - 1].lower) ? phraseAfter(tokens, phrase.to + 1, false) : filedTextSender(tokens, phrase)); // `a court document filed by X`
    if (sender) return this.resolve(tokens, sender, s);
    if (!phrase) return null;
    const found = this.resolve(tokens, phrase, s);
    // `To Kral, …` gives the view of a person known by a full name; `For Norvia, …`, `To Moscow, …` (a lone capital
    // the text gives no given name) no one's.
    return isDativeFrame(tokens, at) && !(found && found !== 'agency' && found.speaker.kind === 'person' && found.speaker.name.includes(' ')) ? null : found;
  }

  /** Made on first use (see SpeakerResolver's memos). */
  private openingSources: Map<number, Resolved | null> | null = null;

  /**
   * `According to Orla, the winter is the hard part. "...," she says`: the person a sentence of reported words with no
   * quote opens with `according to` is its speaker, whom a later pronoun may mean as much as one closing it.
   */
  protected override closingSpeaker(s: number): Resolved | null {
    const closing = super.closingSpeaker(s);
    if (closing) return closing;
    const sources = (this.openingSources ??= new Map());
    let found = sources.get(s);
    if (found !== undefined) return found;
    sources.set(s, null); // resolving the speaker may ask again (a pronoun): no answer meanwhile
    const facts = this.factsOf(s);
    const opening = facts.quoteToken.size === 0 && facts.accordingTo >= 0 && facts.accordingTo === accordingToSource(facts.tokens, facts.firstContent);
    const resolution = opening ? this.accordingTo(facts.tokens, facts.accordingTo, s) : null;
    found = resolution && resolution !== 'agency' && resolution.speaker.kind === 'person' ? resolution : null;
    sources.set(s, found);
    return found;
  }
}
