// What the draft and the sources say of one draft quote's speaker against each source speaker its words stand
// with: the evidence judgeQuote.ts weighs. One object a quote whose answers are worked out only as far as the verdict
// needs them (most quotes agree at the first look) and kept in its fields; it was ~30 closures made for every quote
// (0.9 MB of the 12.4 MB a check of a 10,000-word draft allocates, and the collector's work grows with it).
import type { SpeakerRegistry } from '../attribution/speakerRegistry';
import type { LocatedQuote } from '../index/corpusIndex';
import type { AttributedQuote, SourceMatch, Speaker } from '../types';
import { compatibleSpeakers, bodyOfSourceRole, sameDescription, holdsUntiedRole, isIdentified, nameBeforeParticle, nameFits, namesItsSpeaker, sameSpeaker, sharesNameWord } from './quoteEvidence';
import { loneWord, namesFor, sameByLoneName, type SpeakerNames } from './loneNames';
import { readOutFrom, roleHeadsOf } from './readOut';
import { isBodyOfMember, isBodyOfOffice } from './officeBodies';
import { sexOfGivenName } from '../attribution/givenNameSexes';
import { withholdsName } from './withheldSources';
import { apartByCountry, countriesOf } from './countryAffiliations';
import { spokeThroughSourceSpeaker, spokesmanOfAnother } from './mouthpieces';
import { bareRoleFits } from './bareRoles';
import { placedRoleApart } from './placedRoles';
import { relativeOfSource } from './relativeClaims';
import { kindOwnedRoleApart } from './kindOwnedRoles';
import { courtSideApart } from './courtSides';
import { apartBySex } from './speakerSexes';
import { namesTheHearer } from './heardWords';
import { correctionCredits } from './correctionNotes';
import { pronounMayMean } from './pronounReach';
import { familyNameFirst, sameNameReversed } from './familyNameFirst';
import { givenNamesApart } from './givenNamesApart';
import type { SamePersonMemo } from './samePersonMemo';
import type { OtherPiece } from './splitQuotes';

/** The text before a quote (its paragraph and the one before) in the draft, and in a source around a match. */
export interface Surroundings {
  readonly draft: () => string;
  readonly source: (match: SourceMatch) => string;
  /** Whether the draft opens the quote right after a colon (`Kral went further: "…"`). */
  readonly afterColon?: () => boolean;
  /** The other piece of a quotation the draft splits around its speaker tag (see splitQuotes.ts). */
  readonly otherPiece?: () => OtherPiece | null;
  /** The draft's words from the speaker's name to the quote, when the name comes first in the quote's sentence (see heardWords.ts). */
  readonly afterMention?: () => string;
  /** A source's paragraph around a match, both sides of it (see correctionNotes.ts). */
  readonly sourceParagraph?: (match: SourceMatch) => string;
}

export class SpeakerEvidence {
  readonly claimed: Speaker | null;
  readonly mention: string | null;
  // Answers worked out once, when first asked (undefined until then; every field set here so that the object keeps one shape).
  private identifiedMemo: boolean | undefined = undefined;
  private wholeMemo: string[] | null | undefined = undefined;
  private claimedNamesMemo: SpeakerNames | null | undefined = undefined;
  private stateBodyMemo: boolean | undefined = undefined;
  private beforeQuoteMemo: string | undefined = undefined;
  private claimedLoneMemo: boolean | undefined = undefined;
  private samePersonAnswers: Map<Speaker, boolean> | undefined = undefined;

  constructor(
    readonly quote: AttributedQuote,
    readonly located: LocatedQuote,
    readonly corpus: SpeakerRegistry,
    readonly draftContext: string,
    readonly surroundings: Surroundings,
    readonly memo: SamePersonMemo | null,
  ) {
    this.claimed = quote.speaker;
    this.mention = quote.mention?.text ?? null;
  }

  /**
   * Words one text says were read out from the other's speaker (a moderator reciting a candidate's list, a minister
   * quoting or echoing a president: the draft may name them by a role the sources give them).
   */
  readOut(match: SourceMatch): boolean {
    return readOutFrom(this.surroundings.draft(), match.speaker, roleHeadsOf(match.speaker, this.corpus)) || readOutFrom(this.surroundings.source(match), this.claimed);
  }

  /** A source's note correcting who said the words, naming the draft's speaker (see correctionNotes.ts). */
  corrected(matches: readonly SourceMatch[]): boolean {
    return this.surroundings.sourceParagraph !== undefined && matches.some((m) => !m.speaker && correctionCredits(this.surroundings.sourceParagraph!(m), this.claimed));
  }

  /**
   * A name the draft gives in full across a particle (`Marcelo Rebelo de Sousa`, read as `Sousa`) tells its speaker
   * apart as a full name does; a source speaker sharing none of its words is someone else.
   */
  whole(): string[] | null {
    if (this.wholeMemo === undefined) this.wholeMemo = this.mention !== null && this.claimed !== null ? nameBeforeParticle(this.mention, this.draftContext) : null;
    return this.wholeMemo;
  }

  /** A lone name the sources never joined to anyone (`Xi`) but that titled people named in full bear (see loneNames.ts). */
  claimedNames(): SpeakerNames | null {
    if (this.claimedNamesMemo === undefined) {
      const claimed = this.claimed;
      this.claimedNamesMemo = claimed !== null ? namesFor(claimed, this.corpus, () => isIdentified(claimed, this.corpus, this.mention), this.mention) : null;
    }
    return this.claimedNamesMemo;
  }

  identified(): boolean {
    return (this.identifiedMemo ??= this.claimed !== null && (isIdentified(this.claimed, this.corpus, this.mention) || (this.whole()?.length ?? 0) >= 2 || (this.claimedNames()?.lone ?? false)));
  }

  /**
   * Only a speaker the sources can tell from others can be the wrong one, and only when the draft says they said the
   * words: `Trump delivered a defense of "New York values"` quotes a phrase, it does not put it in Trump's mouth; but
   * a clause whose subject opens a quotation with a colon (`Kral went further on Friday: "…"`) gives them its words.
   * A speaker guessed for a pronoun (method 'pronoun-guess'), the draft's or a source's, is no evidence either way.
   * Nor is a name the draft gives as the one who heard the words (`Fenn recalled being told, "…"`: see heardWords.ts).
   */
  says(): boolean {
    return (this.quote.method !== 'subject' || (this.surroundings.afterColon?.() ?? false)) && !namesTheHearer(this.surroundings.afterMention?.() ?? '');
  }

  /**
   * A body may take any of its officials' words, and is checked only when it is a country's or its government's
   * (`the Kremlin`, `Ukraine's presidency`): then the words of another country's officials are not its own.
   */
  stateBody(): boolean {
    return (this.stateBodyMemo ??= this.claimed !== null && this.claimed.kind === 'organisation' && countriesOf(this.claimed, this.corpus).size > 0);
  }

  /** The draft's text before the quote's words. */
  beforeQuote(): string {
    if (this.beforeQuoteMemo === undefined) {
      const around = this.surroundings.draft();
      const at = around.lastIndexOf(this.quote.text);
      this.beforeQuoteMemo = at < 0 ? around : around.slice(0, at);
    }
    return this.beforeQuoteMemo;
  }

  /** The sources' own pronoun tags on the speaker's words, wherever the words stand, tell the speaker's sex too. */
  tagPlaces(): readonly SourceMatch[] {
    const located = this.located;
    return located.closest ? [...located.exact, located.closest] : located.exact;
  }

  /** A draft's pronoun read as someone past the sources' speaker, named closer, may mean them (see pronounReach.ts). */
  mayMean(match: SourceMatch): boolean {
    return this.claimed !== null && pronounMayMean(this.beforeQuote(), this.mention, this.claimed, match.speaker, this.corpus, this.tagPlaces());
  }

  checkable(): boolean {
    const claimed = this.claimed;
    return claimed !== null && (claimed.kind !== 'organisation' || this.stateBody()) && this.quote.method !== 'pronoun-guess' && this.says() && (this.identified() || this.stateBody()) && (this.mention === null || namesItsSpeaker(this.mention, claimed, this.draftContext));
  }

  /**
   * A description placing an office (`Sarovia's foreign minister`) is checked against a source speaker holding that
   * office in another place (see placedRoles.ts), though it names no one.
   * So is a relative of the source's speaker (`Tomas Kral's daughter` for Tomas Kral's words: see relativeClaims.ts),
   * an office of a body named by its kind (`the utility's chief executive`: see kindOwnedRoles.ts), and a side of a
   * court (`the prosecutor` for the defence lawyer's words: see courtSides.ts), and a spokesman for a named principal
   * (`a spokesman for Ana Kral` for words of someone who speaks for no one: see mouthpieces.ts).
   */
  placedApart(match: SourceMatch): boolean {
    const { claimed, mention, corpus } = this;
    return (
      claimed !== null && claimed.kind === 'description' && this.quote.method !== 'pronoun-guess' && this.says() && match.speaker !== null &&
      (placedRoleApart(mention, match.speaker, corpus, this.surroundings.source(match)) || relativeOfSource(mention, match.speaker, corpus) || kindOwnedRoleApart(mention, match.speaker, corpus) || courtSideApart(mention, match.speaker, corpus) || spokesmanOfAnother(mention, match.speaker, corpus, match.sourceQuote?.mention?.text ?? ''))
    );
  }

  /**
   * So is a draft's person known by a given name alone (`his wife, Lena … she said`) against a source speaker of the
   * other sex by sure signs (see speakerSexes.ts): whoever Lena is, she is not Jonas Becker.
   */
  apartChecked(match: SourceMatch): boolean {
    const { claimed, mention } = this;
    return (
      this.placedApart(match) ||
      (claimed !== null && this.quote.method !== 'pronoun-guess' && this.says() && match.speaker !== null && apartBySex(claimed, match.speaker, this.corpus) && (mention === null || namesItsSpeaker(mention, claimed, this.draftContext)))
    );
  }

  /**
   * Whether the draft's speaker could be the source's: the same, or one the draft's words for them also fit.
   * Two speakers one of whom is such a lone name are the same person when their names share a word; else the rules
   * for names in full decide.
   */
  private claimedLone(): boolean {
    return (this.claimedLoneMemo ??= loneWord(this.claimed!, this.corpus) !== null);
  }

  /** Asked of the same two speakers in quote after quote: kept for the check (see samePersonMemo.ts). */
  private samePerson(source: Speaker): boolean {
    const memo = this.memo;
    this.samePersonAnswers ??= memo?.corpus === this.corpus ? memo.answersFor({ claimed: this.claimed!, mention: this.mention, whole: this.whole() }) : new Map<Speaker, boolean>();
    let same = this.samePersonAnswers.get(source);
    if (same === undefined) this.samePersonAnswers.set(source, (same = this.comparePeople(source)));
    return same;
  }

  private comparePeople(source: Speaker): boolean {
    const claimed = this.claimed!;
    const corpus = this.corpus;
    if (sameSpeaker(claimed, source)) return true;
    if (apartByCountry(claimed, source, corpus)) return false;
    if (familyNameFirst(claimed, source, corpus) || sameNameReversed(claimed, source)) return true;
    // Most speakers are no lone name: their names are not compared word by word here.
    const byLoneName = this.claimedLone() || loneWord(source, corpus) !== null ? sameByLoneName(this.claimedNames(), namesFor(source, corpus, () => isIdentified(source, corpus))) : null;
    return byLoneName ?? compatibleSpeakers(claimed, source, corpus, () => this.identified());
  }

  /**
   * A name the text around the words makes the body of a chief's office (`the head of Marion Falls Power`) is a company
   * giving its statement, whatever its words look like (see officeBodies.ts): no misattribution rests on it.
   * So is a name the source sets its speaker within (`Ana Beltrán of the Red Cross`), unless it is a person's by a
   * given name (`Ana Kral, a lawyer for Dan Ruiz`: her words are not his).
   */
  private personByGivenName(): boolean {
    const claimed = this.claimed!;
    const record = this.corpus.record(claimed.key);
    const first = record?.first ?? (claimed.name.includes(' ') ? claimed.name.split(' ')[0].toLowerCase() : null);
    return first !== null && sexOfGivenName(first) !== null;
  }

  namedBody(match: SourceMatch): boolean {
    const claimed = this.claimed;
    return (
      claimed !== null &&
      (isBodyOfOffice(claimed.name, this.surroundings.draft()) ||
        isBodyOfOffice(claimed.name, this.surroundings.source(match)) ||
        (match.speaker !== null && isBodyOfMember(claimed.name, match.speaker.name, this.surroundings.source(match)) && !this.personByGivenName()))
    );
  }

  /**
   * Words a source gives a speaker whose name it withholds (`a former employee, who asked not to be named`) are not
   * those of a person the same source names in full (`Elaine Voss … declined to comment`): it keeps the two apart, and
   * a draft that gives them to that person says who the source will not (see withheldSources.ts). Any other
   * description may be anyone's.
   */
  withheld(match: SourceMatch): boolean {
    return match.speaker?.kind === 'description' && withholdsName(match.speaker.name, () => this.surroundings.source(match));
  }

  private namedBySource(match: SourceMatch): boolean {
    const claimed = this.claimed;
    const record = claimed && claimed.kind === 'person' ? this.corpus.record(claimed.key) : undefined;
    return record !== undefined && record.kind === 'person' && record.first !== null && record.articles.has(match.location.sourceId);
  }

  /**
   * A surname the draft's tag shares with the source's speaker, when the draft named its own speaker in full with
   * another given name (`Siobhán Keane … Ms Keane said` for Brendan Keane's words), is no sign they are one (see givenNamesApart.ts).
   */
  private namedApart(source: Speaker): boolean {
    return givenNamesApart(this.claimed!, source, this.corpus, this.surroundings.draft(), this.whole());
  }

  /** Whether the draft's speaker fits the source's speaker `source` of `match`. */
  fits(source: Speaker, match: SourceMatch): boolean {
    const { mention, corpus, draftContext } = this;
    if (source.kind === 'description') return !this.namedBySource(match) || sameDescription(mention, match);
    return (
      !this.placedApart(match) &&
      (this.samePerson(source) ||
        (this.whole() !== null && sharesNameWord(this.whole()!, source) && !this.namedApart(source)) ||
        (mention !== null && nameFits(mention, source) && !this.namedApart(source)) ||
        holdsUntiedRole(match, source, corpus, draftContext, mention) ||
        bodyOfSourceRole(this.claimed!, source, corpus) ||
        sameDescription(mention, match) ||
        spokeThroughSourceSpeaker(draftContext, match, source, corpus, this.surroundings.source(match)) ||
        bareRoleFits(mention, match, source, corpus))
    );
  }
}
