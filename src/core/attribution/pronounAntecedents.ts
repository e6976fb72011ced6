// The search for a pronoun's antecedent: the nearest person (or group, for `they`) before a he, she, they or it that
// it can stand for, walking back sentence by sentence through subjects, closing speakers, semicolon clauses and earlier
// quotes' speakers, and stopping where the text brings in someone the pronoun cannot pass (an unnamed sayer, a rival
// of its sex, a lone actor). Kept apart from the resolution of names and descriptions (speakerResolver.ts), which
// asks it through `antecedent`.
import { namesRivalOfSex, passRivalsOfSex } from './namedRivals';
import { pastOpenings } from './subjectOpenings';
import { describedSenderBetween, relativeOfOwnerSex } from './describedSenders';
import { askedBefore } from './writerQuestions';
import { entryStart } from './headlineLines';
import { pairHolds, pronounFits, soleMember } from './pronounFits';
import { relativeClauseSubject } from './relativeClauseSubjects';
import { endsInSurname, isLoneActor, isUnnamedOfficeOf } from './loneSubjects';
import { openingClauseSubject, SemicolonClauses } from './openingClauses';
import { isBylineSentence } from './bylineAuthors';
import { closesWithUnnamedSayer, opensWithUnnamedSayer } from './unnamedSayers';
import { withFamily } from './familyPlurals';
import { quotationOpening } from './quotationParagraphs';
import { isTurnSpeaker, personToldAfterLabel, turnReachAt } from './turnThirdPersons';
import { tellsOfSubject } from './tellerAsides';
import { ANTECEDENT_QUOTES, lastQuoteBefore, type Resolved } from './resolvedSpeakers';
import { SpeakerResolver } from './speakerResolver';
import { actsAsVerb, isWord } from './tokenClasses';
import { ownerOfOtherSexRelative } from './relativesOwners';

export abstract class PronounAntecedents extends SpeakerResolver {
  private semicolons: SemicolonClauses | null = null;

  /** The nearest person (or group, for `they`) before `offset` that a pronoun can stand for. */
  protected override antecedent(s: number, offset: number, want: 'male' | 'female' | 'plural' | 'organisation' | null): Resolved | null {
    const { paragraph, from } = quotationOpening(this.p, s); // `"…` ¶ `"…," she said`: reach from the quotation's first paragraph
    const passed = new Set<string>(); // people of the pronoun's sex in sentences passed without a subject (namedRivals.ts)
    let [rivals, k] = [false, s];
    const turn = want === null || want === 'organisation' ? null : turnReachAt(this.p, offset); // in a labelled turn he or she is neither the one answering nor the one asking (turnThirdPersons.ts)
    for (; k >= 0 && from - k <= 8; k--) {
      if (paragraph - this.p.sentences[k].paragraph > 2 || (turn && this.p.sentences[k].end <= turn.from)) return null;
      if (isBylineSentence(this.p, k)) continue; // the writer is no pronoun's (bylineAuthors.ts)
      const candidates: Array<{ at: number; found: Resolved; subject?: true }> = [];
      const subject = this.sentenceSubject(k);
      const byTold = turn && subject ? personToldAfterLabel(turn, subject, this.p.tokensOf(k), offset, (told) => this.resolve(this.p.tokensOf(k), told, k)) : null; // `Okafor: My aunt Carmen sent one letter. She writes, "…"`
      const asked = askedBefore(this.p.tokensOf(k), subject, k < s, this.p.tokensOf(s), offset, want); // `X pressed him on`, `I asked Kral`, not `he asked`
      const answerer = asked?.object ? this.resolve(this.p.tokensOf(k), asked.object, k) : null;
      if (answerer && answerer !== 'agency' && answerer.mention.start < offset) candidates.push({ at: answerer.mention.start, found: answerer });
      if (byTold) candidates.push({ at: byTold.mention.start, found: byTold, subject: true });
      if (subject && subject.mention.start < offset && !asked?.pronoun && !(k === s && tellsOfSubject(this.p.tokensOf(s), subject.mention.end, offset))) candidates.push({ at: subject.mention.start, found: withFamily(subject, this.registry, this.p.id), subject: true }); // `The Krals were`
      const closing = this.closingSpeaker(k);
      if (closing && closing.mention.start < offset) candidates.push({ at: closing.mention.start, found: closing });
      for (const clause of (this.semicolons ??= new SemicolonClauses()).before(k, this.p.tokensOf(k), offset)) { // `X; his aide, Y, was`
        const found = this.resolve(this.p.tokensOf(k), clause, k);
        if (found && found !== 'agency' && found.mention.start < offset) candidates.push({ at: found.mention.start, found, subject: true });
      }
      const opening = k === s ? relativeClauseSubject(this.p.tokensOf(s), offset) ?? openingClauseSubject(this.p.tokensOf(s), offset) : null; // `When Trump spoke, he said`; `an interview Okafor gave in which he` (relativeClauseSubjects.ts)
      const byOpening = opening ? this.resolve(this.p.tokensOf(s), opening, s) : null;
      if (byOpening && byOpening !== 'agency' && byOpening.speaker.kind === 'person') candidates.push({ at: byOpening.mention.start, found: byOpening });
      const quotes = this.quotesOfSentence.get(k) ?? [];
      const last = lastQuoteBefore(quotes, this.p.quotes, offset);
      for (let n = last; n >= 0 && last - n < ANTECEDENT_QUOTES; n--) {
        const q = quotes[n];
        const r = this.results[q];
        if (r?.speaker && r.mention) candidates.push({ at: this.p.quotes[q].start, found: { speaker: r.speaker, mention: r.mention } });
      }
      candidates.sort((a, b) => b.at - a.at);
      const unsexed = k < s ? this.unsexedBeforeSubject(k, candidates, want) : null;
      for (const { found, subject: acts } of candidates.filter((c) => c.found !== unsexed && !/^I\.?$/.test(c.found.mention.text) && !(turn && isTurnSpeaker(turn, c.found.mention.start, c.found.speaker.name)))) { // an author's `I` (`I.` where a sentence was cut off after it) is no `he`
        if (describedSenderBetween(this.p.tokensOf(s), k === s ? found.mention.end : 0, offset, want) || (acts && k < s && relativeOfOwnerSex(this.p, k, found.mention.start, want))) return null; // ownedRelatives.ts
        if (pronounFits(this.registry, found.speaker, want, this.describedSexes, () => this.speakingWords().speaking)) return (k < s && rivals && found.speaker.kind === 'description') || (passed.size > 0 && !passed.has(found.speaker.key)) ? null : found;
        // `X's husband, a geologist, works there. She says`: the owner, the one woman the sentence names (relativesOwners.ts).
        const owner = acts && k < s && (want === 'male' || want === 'female') ? ownerOfOtherSexRelative(this.p.tokensOf(k), found.mention.start, want) : null;
        const byOwner = owner ? this.resolve(this.p.tokensOf(k), owner, k) : null;
        if (byOwner && byOwner !== 'agency' && byOwner.speaker.kind === 'person' && pronounFits(this.registry, byOwner.speaker, want, this.describedSexes, () => this.speakingWords().speaking)) return byOwner;
        if (acts && pairHolds(this.registry, found, this.p.tokensOf(k), want, this.describedSexes, () => this.speakingWords().speaking)) return soleMember(this.registry, found, want, this.describedSexes, () => this.speakingWords().speaking);
        // `"...," Kral said. Berg rejected the offer. "...," he said`: past a lone capital acting as a sentence's subject, an earlier
        // speaker is wrong (loneSubjects.ts); in the pronoun's own sentence (`Employees stay, he says`) the subject is the words'.
        const record = acts && k < s && want !== 'plural' && want !== 'organisation' ? this.registry.record(found.speaker.key) : undefined;
        if (record && !this.speakingWords().speaking.has(record.last) && (record.kind === 'description' ? endsInSurname(found.mention.text, this.registry, this.p.id) || isUnnamedOfficeOf(found.mention.text) : isLoneActor(this.p.tokensOf(k), found.mention.end, record))) return null;
      }
      // `A supplier said ... "…," he said`: his, unnamed (unnamedSayers.ts).
      if (k < s && (want === 'male' || want === 'female' || want === 'plural')) {
        const tokens = this.p.tokensOf(k);
        if (opensWithUnnamedSayer(tokens, pastOpenings(tokens, entryStart(tokens, this.registry, this.p.id), this.registry, this.p.id)) || closesWithUnnamedSayer(tokens)) return null;
      }
      const candidateKeys = new Set(candidates.map((c) => c.found.speaker.key)); // namedRivals.ts
      if (k === s) rivals = namesRivalOfSex(this.registry, this.p.tokensOf(s), offset, want, this.p.id, candidateKeys);
      else passRivalsOfSex(this.registry, this.p.tokensOf(k), want, this.p.id, candidateKeys, passed);
    }
    if (k < 0) this.wantedEarlierText = true; // ran out of text before reach: text before could have named the speaker
    return null;
  }

  /**
   * `She says she was told by a professor that women "…". ¶ "…," she says.`: the speaker of a quote in sentence `k`
   * before, a description whose sex nothing tells (`a professor`), is passed over when that sentence opens with the
   * same pronoun as its subject: a writer keeps `she` on the subject she has been following, and names anyone else.
   * Returns the candidate to pass over, or null.
   */
  private unsexedBeforeSubject(k: number, candidates: ReadonlyArray<{ found: Resolved; subject?: true }>, want: 'male' | 'female' | 'plural' | 'organisation' | null): Resolved | null {
    if ((want !== 'male' && want !== 'female') || candidates.length === 0) return null;
    const nearest = candidates[0];
    if (nearest.subject || nearest.found.speaker.kind !== 'description') return null;
    const tokens = this.p.tokensOf(k);
    const opening = tokens.find(isWord);
    if (!opening || opening.lower !== (want === 'male' ? 'he' : 'she') || !actsAsVerb(tokens[tokens.indexOf(opening) + 1])) return null;
    const other = want === 'male' ? 'female' : 'male';
    const speaking = () => this.speakingWords().speaking;
    const sexless = pronounFits(this.registry, nearest.found.speaker, want, this.describedSexes, speaking) && pronounFits(this.registry, nearest.found.speaker, other, this.describedSexes, speaking);
    return sexless ? nearest.found : null;
  }
}
