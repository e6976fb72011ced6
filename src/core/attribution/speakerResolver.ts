// Who a phrase names (a name, a pronoun, a role, a description, an organisation), resolved against the people the texts
// give (a speaker registry) and the sentences before it. The rules (attributeSpeaker.ts) find the phrase; this, the person.
import { portfolioPartBefore } from './portfolioTitles';
import type { PreparedText } from '../text/prepareText';
import { NEWS_AGENCIES, PARTY_MEMBERS, PERSONAL_PRONOUNS, PORTFOLIOS } from '../text/newsLexicon';
import { genderOfNoun } from '../text/personNouns';
import { pastOpenings } from './subjectOpenings';
import { normalizePhrase } from '../text/normalizeText';
import { tokenAt, type Token } from '../text/sentenceTokens';
import { familyNameAlone, isNamedLikeABody, nonPersonKind, opensNameOf, writtenAsPlace } from './groupNames';
import { firmInFull, firmShortName } from './firmShortNames';
import { phraseAfter, type Phrase } from './speakerPhrases';
import { courtesyTitled, readNamePhrase } from './namePhrases';
import { conjuncts, sameOneDescribed } from './conjunctPhrases';
import { accordingToSource, actsAsVerb, isPronoun, isSpeechVerbAt, isWord, onlyPunctuationBefore } from './tokenClasses';
import { entryStart, headlineSubject, isHeadlineLine, isHeadlineSentence, isTitleLine } from './headlineLines';
import { pronounFits } from './pronounFits';
import { referentBefore } from './referentsBefore';
import { followsObjectOfSex } from './objectPronounSubjects';
import { isTimeNoun } from './timePhrases';
import { titledRelative } from './loneSubjects';
import { draftRoleHolder, heldByAnother, roleHolder } from './roleHolders';
import { roleOfNoNamedHolder } from './attributiveRoleWords';
import { holdsOffice, initialsOffice } from './officeForms';
import { titleHeldByTwo } from './sharedTitles';
import { calledByAnotherNationality, demonymGender, isCapitalisedTrade, namedInText } from './demonyms';
import { memberNamedAfter, setOffComma, subjectAfterDescription } from './openingDescriptions';
import { namedSubject, namedWithin } from './namedDescriptions';
import { appositiveSubject, namesARelative } from './appositiveNames';
import { isOpeningCommonNoun } from './openingNouns';
import { describedOtherwise, INDEFINITE_WORDS, descriptionHead, fullNameSetOff, isPersonNoun, isShareOfMany, issuerOfText, issuingBody, namedAfter, opensClause, openingPlural } from './phraseKinds';
import { normalizeName, type SpeakerRegistry } from './speakerRegistry';
import { describedRoleFits } from './describedRoles';
import { tradeOfAnother } from './tradeDescriptions';
import { speakingWords } from './speakingWords';
import { GivenNameReferences } from './givenNameReferences';
import { bodyCalled, isBodyNoun, namedAfterBodyKind } from './bodyAnaphors';
import { selfAsAuthor } from './bylineAuthors';
import { paperSpeaks } from './outletNames';
import { styledPronoun } from './honorificStyles';
import { moodDescribed } from './moodDescriptions';
import { FirstMentions } from './firstMentions';
import { accusedNamedSince, describesAnotherThanSubject, introducedUnnamedSince } from './unnamedIntroductions';
import { knownAsInitials, knownAsPerson } from './knownAsInitials';
import { withOwnParticles } from './particleNames';
import { familyNamed } from './familyPlurals';
import { doubtedSurname, sharedSurnameHolder } from './sharedSurnames';
import { addressedPronoun, type PersonNamed } from './vocativeReplies';
import type { Speaker } from '../types';
import { type Attribution, type Mention, type Resolution, type Resolved, type SentenceFacts } from './resolvedSpeakers';
const HEADLINE_REACH = 3; // how many sentences after a headline its role labels may find their holders named in
/** The people of a text's phrases, for the attribution rules built on it. */
export abstract class SpeakerResolver {
  protected readonly results: Attribution[] = [];
  // Memos made on first use: a draft's check makes an attributor a paragraph with a quote (empty Maps: 4% of its garbage).
  private subjectMemo: Map<number, Resolved | null> | null = null;
  protected readonly quotesOfSentence = new Map<number, number[]>(); // the quotes of each sentence, by index
  private readonly facts = new Map<number, SentenceFacts>();
  private resolutionMemo: Map<string, Resolution> | null = null;
  private speaking: ReturnType<typeof speakingWords> | null = null;
  /** The first `he` or `she` the current quote's rules met that no subject or speaker fits (see attribute). */
  private unresolvedPronoun: { s: number; want: 'male' | 'female' } | null = null;
  /** The sex a `he` or `she` gave the description or the name of no known sex it stood for (`the architect Tunde Bakare`), by key. */
  protected describedSexes: Map<string, 'male' | 'female'> | null = null;
  private firstMentions: FirstMentions | null = null;
  private givenNames: GivenNameReferences | null = null;
  private initials: ReadonlyMap<string, readonly string[]> | null = null;
  /** Whether some attribution looked for its speaker before the start of the text (see attributeQuotesInContext). */
  wantedEarlierText = false;
  protected abstract doubt(): null; // no speaker for the current quote nor the paragraphs going on with it: a lone surname two people share
  constructor(
    protected readonly p: PreparedText,
    protected readonly registry: SpeakerRegistry,
  ) {}

  /** The capitalised words of this text with a speech verb of their own, and its relatives' given names: read once, when first asked. */
  protected speakingWords(): ReturnType<typeof speakingWords> {
    return (this.speaking ??= speakingWords(this.p.masked));
  }
  protected factsOf(s: number): SentenceFacts {
    let facts = this.facts.get(s);
    if (facts) return facts;
    const tokens = this.p.tokensOf(s);
    const quoteToken = new Map<number, number>();
    let firstContent = tokens.length;
    let lastContent = -1;
    let firstSpeechVerb = tokens.length, accordingTo = -1;
    tokens.forEach((t, k) => {
      if (t.kind === 'quote') quoteToken.set(t.quote, k);
      if (t.kind !== 'punct') {
        if (firstContent === tokens.length) firstContent = k;
        lastContent = k;
      }
      if (firstSpeechVerb === tokens.length && isSpeechVerbAt(tokens, k)) firstSpeechVerb = k;
      if (accordingTo < 0) accordingTo = accordingToSource(tokens, k);
    });
    facts = { tokens, quoteToken, firstContent, lastContent, firstSpeechVerb, accordingTo };
    this.facts.set(s, facts);
    return facts;
  }

  protected sentenceSubject(s: number): Resolved | null {
    const subjects = (this.subjectMemo ??= new Map());
    if (subjects.has(s)) return subjects.get(s)!;
    subjects.set(s, null);
    const tokens = this.p.tokensOf(s);
    const headline = isHeadlineLine(tokens, s === 0) || isTitleLine(this.p, s);
    // the first word, past `CHINA: …` (sectionLabels.ts), then past opening clauses and connectives (subjectOpenings.ts)
    const i = pastOpenings(tokens, entryStart(tokens, this.registry, this.p.id), this.registry, this.p.id);
    if (i < 0) return null;
    let phrase = phraseAfter(tokens, i, true) ?? memberNamedAfter(tokens, i);
    // `Speaking in Salem, New Hampshire, Trump went after Bush`, `Preceded by Joe Arpaio, the Arizona sheriff, Trump
    // launched...`: the rest of a place or an appositive closes the opening clause; the subject has the verb.
    const setOff = phrase && tokens.slice(0, i).some(isWord) ? setOffComma(tokens, phrase) : -1; // `, the sheriff and hawk,` too (openingDescriptions.ts)
    if (setOff >= 0) {
      const next = phraseAfter(tokens, setOff + 1, true);
      const verb = next ? tokens[next.to] : undefined;
      if (next && actsAsVerb(verb)) phrase = next;
    }
    // `A nurse named Ana Ruiz said`: the description reads up to `named`; the subject runs on through the name.
    const named = phrase && namedSubject(tokens, phrase.from);
    if (phrase && named && actsAsVerb(tokens[named.to])) phrase = named;
    else phrase = (phrase && (subjectAfterDescription(tokens, phrase) ?? appositiveSubject(tokens, phrase))) ?? phrase;
    const fromHeadline = phrase && headline ? headlineSubject(this.registry, this.p.id, tokens, phrase) : null;
    const resolved = !phrase ? null : !headline ? this.resolve(tokens, phrase, s) : fromHeadline && { speaker: this.registry.toSpeaker(fromHeadline.record), mention: this.mentionOf(tokens, { from: phrase.from, to: fromHeadline.to }) };
    const subject = resolved && resolved !== 'agency' ? resolved : null;
    subjects.set(s, subject);
    return subject;
  }

  protected mentionOf(tokens: readonly Token[], phrase: Phrase): Mention {
    const [start, end] = [tokens[phrase.from].start, tokens[phrase.to - 1].end];
    return { start, end, text: this.p.text.slice(start, end) };
  }

  /**
   * Who a phrase names. A phrase is resolved once: every quote that reaches the same `he said` gets the same answer,
   * the registry counts the mention once, and a paragraph of many quotes costs one resolution per phrase.
   */
  protected resolve(tokens: readonly Token[], phrase: Phrase, s: number): Resolution {
    const key = `${s}:${phrase.from}:${phrase.to}`;
    const resolutions = (this.resolutionMemo ??= new Map());
    let resolution = resolutions.get(key);
    if (resolution === undefined) resolutions.set(key, (resolution = this.resolveOnce(tokens, phrase, s)));
    if (doubtedSurname(this.p, tokens, phrase.from, phrase.to)) return this.doubt(); // `Kral said` of two Krals: no one's, nor any later rule's guess
    // A `he` or `she` that no subject or speaker before it fits: the attribution's last resort asks again.
    const want = resolution === null && phrase.to - phrase.from === 1 ? PERSONAL_PRONOUNS.get(tokens[phrase.from].lower) : undefined;
    if (want === 'male' || want === 'female') this.unresolvedPronoun ??= { s, want };
    return resolution;
  }

  /** The unresolved `he` or `she` met since the last call, forgotten once taken. */
  protected takeUnresolvedPronoun(): { s: number; want: 'male' | 'female' } | null {
    const taken = this.unresolvedPronoun;
    this.unresolvedPronoun = null;
    return taken;
  }

  protected resolveOnce(tokens: readonly Token[], phrase: Phrase, s: number): Resolution {
    const mention = this.mentionOf(tokens, phrase);
    const joined = conjuncts(tokens, phrase);
    const parts = sameOneDescribed(tokens, joined);
    const resolved: Resolved[] = [];
    let agencies = 0;
    for (const part of parts) {
      const r = this.resolvePart(tokens, part, s);
      if (r === 'agency') agencies++;
      else if (r) resolved.push(r);
    }
    if (agencies === parts.length) return 'agency';
    if (resolved.length === 0) return null;
    if (resolved.length === 1) return joined.length === 1 ? resolved[0] : { speaker: resolved[0].speaker, mention };
    const named = resolved.filter((r) => r.speaker.kind !== 'description');
    if (named.length === 1) return { speaker: named[0].speaker, mention };
    const group = named.length > 1 ? named : resolved;
    const members = [...new Set(group.map((r) => r.speaker.key))];
    if (members.length === 1) return { speaker: group[0].speaker, mention };
    const speaker: Speaker = {
      key: members.join(' & '),
      name: group.reduce((text, r, i) => (i === 0 ? r.speaker.name : `${text} and ${r.speaker.name}`), ''), // not map and join (see nameText in resolvePart)
      kind: group.every((r) => r.speaker.kind === 'person') ? 'person' : 'organisation',
      members,
    };
    return { speaker, mention };
  }

  protected description(mention: Mention): Resolved {
    const record = this.registry.addDescription(mention.text, this.p.id);
    return { speaker: this.registry.toSpeaker(record), mention };
  }

  /** The issuer of a text (issuerOfText): more capitals than one are read as any name, one as issuingBody says. */
  protected issuerOf(tokens: readonly Token[], issuer: Phrase, s: number): Resolution {
    if (issuer.to - issuer.from > 1) return this.resolvePart(tokens, issuer, s);
    return { speaker: this.registry.toSpeaker(issuingBody(this.registry, tokens[issuer.from], this.p.id)), mention: this.mentionOf(tokens, issuer) };
  }

  protected resolvePart(tokens: readonly Token[], part: Phrase, s: number): Resolution {
    const mention = this.mentionOf(tokens, part);
    const first = tokens[part.from];
    if (isShareOfMany(tokens, part)) return null;
    const styled = styledPronoun(tokens, part); // `His Highness said` (honorificStyles.ts)
    if ((part.to - part.from === 1 && isPronoun(first)) || styled) {
      const kind = PERSONAL_PRONOUNS.get(styled ?? first.lower);
      if (kind === 'self') return selfAsAuthor(this.registry, this.p, first.lower, mention);
      const found = this.antecedent(s, (kind === 'male' || kind === 'female') && followsObjectOfSex(tokens, part.from, kind) ? this.p.tokensOf(s)[0].start : first.start, kind === 'plural' ? 'plural' : kind ?? null); // `turned to her and she said`: the object's person, before the sentence (objectPronounSubjects.ts)
      if (kind === 'male' || kind === 'female') { // `"Tobias, …," she said. ¶ "…," he said`: the one addressed answers (vocativeReplies.ts)
        const addressed = addressedPronoun(this.p, this.personNamed, this.results, this.quotesOfSentence.get(s) ?? [], first.start, found?.speaker.key), answerer = addressed && this.registry.toSpeaker(addressed);
        if (addressed === null || (answerer && pronounFits(this.registry, answerer, kind, this.describedSexes, () => this.speakingWords().speaking))) return answerer ? { speaker: answerer, mention } : null;
      }
      if (found && found.speaker.kind !== 'organisation' && (kind === 'male' || kind === 'female')) (this.describedSexes ??= new Map()).set(found.speaker.key, kind);
      return found ? { speaker: found.speaker, mention } : null;
    }
    const np = readNamePhrase(tokens, part);
    const normalized = normalizePhrase(mention.text);
    const bare = normalized.startsWith('the ') ? normalized.slice(4) : normalized;
    // `Bloomberg told a magazine` in a text about Michael Bloomberg: a person the text names, not the agency.
    const namesPerson = () => {
      const known = np.name.length === 1 ? this.registry.lookupName([np.name[0].text], this.p.id) : null;
      return known?.kind === 'person' && known.first !== null && this.p.id !== null && known.articles.has(this.p.id) && known.last === normalizeName([np.name[0].text])[0];
    };
    const nameText = np.name.reduce((text, t, i) => (i === 0 ? t.text : `${text} ${t.text}`), ''); // not map and join: optimised code's own map makes an array of another kind than the builtin's, and `join` on it sent resolvePart back to baseline code for good
    if ((NEWS_AGENCIES.has(bare) || NEWS_AGENCIES.has(nameText === mention.text ? normalized : normalizePhrase(nameText))) && !namesPerson()) return 'agency';
    if (np.groupOf) {
      const record = this.registry.addOrganisation(np.groupOf.map((t) => t.text), this.p.id);
      return { speaker: this.registry.toSpeaker(record), mention };
    }
    const issuer = issuerOfText(tokens, part);
    if (issuer) return this.issuerOf(tokens, issuer, s);
    if (np.name.length === 1 && tokens[part.from] === np.name[0] && onlyPunctuationBefore(tokens, part.from) && opensClause(tokens, part.from, this.registry, this.p.id)) return null;
    // `a spokeswoman`, `one Clinton adviser`, `another Iowa Republican`: someone the text chose not to name, even in
    // capitals; and a party's member (`senior Democrat`, `South Carolina Republican`) is no one's name.
    const before = tokenAt(tokens, part.from - 1);
    const det = np.determiner?.lower ?? null;
    // `A Plus reporter Isaac Saul`, `a Republican strategist Ana Ruiz`: a full name after the role names them.
    const role = np.title.length ? np.title[np.title.length - 1] : undefined;
    // `a farmer named Jonas`: a name given after `named` names them too.
    const fullName = (np.name.length > 0 && namedWithin(tokens, part.from, part.to) >= 0) || (np.name.length >= 2 && role !== undefined && !role.cap && isPersonNoun(role.lower) && !np.all.some((t) => t.lower === 'for' || t.lower === 'of' || t.possessive));
    // `A spokesperson for the company`: unnamed, never one the text named for another body (`for the X Council` is X's).
    const ofBody = np.isOrganisation && np.determiner !== null && isWord(np.all[1]) && !np.all[1].cap && isPersonNoun(np.all[1].lower) && !np.all.some((t) => t.cap && t !== np.determiner);
    if ((!np.isOrganisation || ofBody) && !fullName && (det === 'a' || det === 'an' || (isWord(before) && INDEFINITE_WORDS.has(before.lower)))) {
      const record = moodDescribed(this.registry, this.p.id, tokens, part);
      return record ? { speaker: this.registry.toSpeaker(record), mention } : this.description(mention);
    }
    if (np.name.length > 0 && !np.isOrganisation && (PARTY_MEMBERS.has(np.name[np.name.length - 1].lower) || openingPlural(tokens, part.from, np.name, this.registry, this.p.id, this.p))) return this.description(mention);
    const family = familyNamed(np, this.registry, this.p.id, () => this.description(mention)); if (family) return family; // `The Krals said`
    // `said the Italian`: the person last named before this sentence (demonyms.ts), else an unnamed one.
    if (det === 'the' && np.all.length === 2 && np.name.length === 1 && isCapitalisedTrade(np.name[0].text)) return this.description(mention); // `the Paralympian` (demonyms.ts)
    const nationality = det === 'the' && np.all.length === 2 && np.name.length === 1 && !np.isOrganisation ? demonymGender(np.name[0].text) : undefined;
    if (nationality !== undefined && !namedInText(this.registry, this.p.id, np.name[0].text)) {
      const found = this.antecedent(s, this.p.sentences[s].start, nationality);
      return found?.speaker.kind === 'person' && !calledByAnotherNationality(found.mention.text, np.name[0].text) ? { speaker: found.speaker, mention } : this.description(mention);
    }
    const opening = np.name.length === 1 && tokens[part.from] === np.name[0] && onlyPunctuationBefore(tokens, part.from); // `Proponents of the bill`, `Supporters of Kral`, `Jury hears` (openingNouns.ts): a capital that only opens the sentence is a noun
    if (opening && (np.all.some((t) => t.lower === 'of') || (np.all.length === 1 && isOpeningCommonNoun(np.name[0].text))) && this.registry.lookupName([np.name[0].text], this.p.id)?.last !== normalizeName([np.name[0].text])[0]) return this.description(mention);
    const initialled = np.name.length === 1 && (np.isOrganisation || np.title.length === 0) ? knownAsPerson((this.initials ??= knownAsInitials(this.p.text)).get(np.name[0].text), this.registry, this.p.id) : null; // `AMLO said`, `Jokowi said`: what the text said a person is known as is theirs
    if (initialled) return { speaker: this.registry.toSpeaker(initialled), mention };
    if (np.name.length > 0 && portfolioPartBefore(tokens, tokens.indexOf(np.name[0], part.from), part.to, np.title.length > 0)) return null; // `International Relations and Cooperation Minister Ana Kral` (portfolioTitles.ts)
    if (np.name.length > 0) {
      const words = np.name.map((t) => t.text);
      // `Texas said`, `Progress Iowa said`: a place (or an untitled name ending in one) speaks as a government or group.
      const asOrganisation = np.isOrganisation || (nonPersonKind(words, np.title.length > 0) !== null && !courtesyTitled(np.title, np.name)) || namedAfterBodyKind(tokens, tokens.indexOf(np.name[0], part.from), part.to) || (!np.title.length && paperSpeaks(tokens, tokens.indexOf(np.name[0], part.from), part.to, this.registry, this.p.id)) || (words.length === 1 && !np.title.length && (writtenAsPlace(this.p, words[0], () => this.registry.lookupName(words, this.p.id)?.first != null) || firmShortName(this.p, words[0], () => this.registry.lookupName(words, this.p.id)?.first != null))); // `the state company Energoatom`, `Le Monde`, `in Kessland ... Kessland said` (textPlaces.ts)
      const looked = this.registry.lookupName(words, this.p.id) ?? (asOrganisation && words.length === 1 ? firmInFull(this.p, this.registry, words[0]) : null); // `Harrowgate` for `Harrowgate Bank` (firmShortNames.ts)
      const found = np.name.length === 1 && np.title.length === 0 && !asOrganisation && !namesARelative(tokens, tokens.indexOf(np.name[0], part.from)) ? (this.givenNames ??= new GivenNameReferences(this.registry, this.p.text, this.p.id)).personOf(np.name[0], looked) ?? sharedSurnameHolder(this.registry, this.p, s, np.name, np.title, looked) : asOrganisation ? (familyNameAlone(np) ? (this.givenNames ??= new GivenNameReferences(this.registry, this.p.text, this.p.id)).personOf(np.name[0], looked) : null) ?? looked : sharedSurnameHolder(this.registry, this.p, s, np.name, np.title, looked); if (!found && looked) return null; // not `his wife, Ana,`; `Kral said` of two Krals may be neither (sharedSurnames.ts)
      const known = asOrganisation && found?.kind === 'person' && (np.determiner !== null || !(isNamedLikeABody(found.first, found.last) || opensNameOf(np, found))) ? null : found; // but `Park said` of Jenna Park or Park Ji-hoon (not `the Church said`)
      if (titledRelative(np.title, known, this.p)) return this.description(mention); // `Mrs Pike` of Andrew Pike: one of his family (loneSubjects.ts)
      if (!known && !asOrganisation && np.name.length === 1 && np.title.length === 0) this.wantedEarlierText = true; // `Mori said` a paragraph after `Mori Daisuke`: a draft's paragraph read alone has not seen the name in full (givenNameReferences.ts)
      const ofAt = np.title.findIndex((t) => t.lower === 'of');
      if (!known && ofAt > 0) {
        // `Mayor of Port Aldis said`, `the mayor of New York City said`: where the role's place ends and a name
        // begins is a guess. Whoever the sources give the whole role, else nobody: a lone word after it may be the
        // place's own (`Aldis`), and after `the mayor of` a name is rare enough to need the sources' word for it.
        const holder = this.registry.lookupRole([...np.title, ...np.name].map((t) => t.text), this.p.id);
        if (holder) return { speaker: this.registry.toSpeaker(holder), mention };
        // A portfolio's title (`Secretary of State Kral`) ends at the portfolio: the word after it is a name.
        const portfolio = np.title.length === ofAt + 2 && PORTFOLIOS.has(np.title[ofAt + 1].lower);
        if ((np.name.length === 1 && !portfolio) || np.determiner || !np.title[ofAt - 1].cap) return this.description(mention);
      }
      const record = known ?? (asOrganisation ? this.registry.addOrganisation(words, this.p.id) : this.registry.addPerson(words, this.p.id, withOwnParticles(tokens, tokens.indexOf(np.name[0], part.from), words))); // `dos Santos said`
      if (!known && np.title.length) this.registry.addRole(record, np.title.map((t) => t.text));
      return { speaker: this.registry.toSpeaker(record), mention };
    }
    const words = np.all.filter((t) => t !== np.determiner);
    if (words.length === 0) return null;
    // `Ryan's campaign`, `the Sanders campaign`: an organisation a name owns or heads; `the campaign` alone is a description.
    if (np.isOrganisation && words.some((t) => t.cap)) {
      const owner = words.findIndex((t) => t.possessive && t.cap);
      const name = owner < 0 ? words : [...readNamePhrase(tokens, { from: part.from, to: tokens.indexOf(words[owner]) + 1 }).name, ...words.slice(owner + 1)];
      const record = this.registry.addOrganisation((name.length ? name : words).map((t) => t.text), this.p.id);
      return { speaker: this.registry.toSpeaker(record), mention };
    }
    const head = descriptionHead(words);
    // A headline (`Kremlin spokesman: "No talks"`) names its people in the lead below: a role there may be the holder the
    // next sentences name. Not a title before an owner's name (`Mr Kral's family`: the family speaks, never Mr Kral).
    const roleWord = np.title.length ? tokens.indexOf(np.title[np.title.length - 1], part.from) : -1;
    // Not a role word that names no holder (`the executive committee`, `the chief executive of a bank`: attributiveRoleWords.ts).
    if (np.title.length && (np.title[np.title.length - 1] === head || head.cap || !np.all.some((t) => t.possessive && t.cap)) && !roleOfNoNamedHolder(tokens, roleWord, part.to)) {
      const reach = isHeadlineSentence(this.p, s) ? HEADLINE_REACH : 0;
      const record = roleHolder(this.registry, this.p.id, tokens, np.title, part.from, part.to, (r, ahead) => (this.firstMentions ??= new FirstMentions(this.p.text)).onlyAfter(this.registry.toSpeaker(r).name, this.p.sentences[Math.min(s + Math.max(ahead, reach), this.p.sentences.length - 1)].end), this.p);
      if (record) return { speaker: this.registry.toSpeaker(record), mention };
    }
    if (isWord(head) && !head.cap && isTimeNoun(head.lower) && words.every((t) => !t.cap)) return null; // `Then, later that month on CNN: "..."`: a time is no one.
    if (det === 'the' || det === 'this' || det === 'that') {
      // `the statement said`: whoever the sentences before showed issuing one (statementIssuers.ts).
      const issued = words.length === 1 && det === 'the' ? referentBefore(this.p, this.registry, s, head.lower, (k) => this.sentenceSubject(k), (k, phrase) => this.resolve(this.p.tokensOf(k), phrase, k)) : null;
      const found = issued ?? (words.length === 1 && isBodyNoun(head.lower) ? bodyCalled(this.antecedent(s, this.p.sentences[s].start, 'organisation'), head.lower) : this.describedBefore(tokens, part, s, head));
      return found ? { speaker: found.speaker, mention } : this.description(mention);
    }
    if (det === 'his' || det === 'her') {
      const owner = this.antecedent(s, mention.start, det === 'his' ? 'male' : 'female');
      if (owner && owner.speaker.kind !== 'description') {
        const text = words.reduce((text, t) => `${text} ${t.text}`, `${owner.speaker.name}'s`); // not map and join (see nameText)
        return this.description({ ...mention, text });
      }
    }
    if (!np.determiner && words.every((t) => !t.cap) && words.length === 1) return null;
    return this.description(mention);
  }

  /**
   * The person a definite description (`the billionaire`, `the 45-year-old`, `the former top aide`) stands for: the
   * person last named in the sentences before it. Only a noun for a person qualifies (`the playbook` never does),
   * never someone named earlier in the same sentence (`In an interview with hosts Joe Scarborough and Mika
   * Brzezinski, the Democratic candidate said` speaks of someone else), and a role only for someone the texts give
   * that role: `the former top aide` is not a campaign chairman, nor anyone whose role is unknown.
   */
  private describedBefore(tokens: readonly Token[], part: Phrase, s: number, head: Token): Resolved | null {
    // `the boy, who was wearing a cap`, `the author, Imogen Kral.`, `the chief executive of a bank`: a description the text goes on to introduce is someone new.
    const next = tokens[part.to + 1];
    if (tokens[part.to]?.text === ',' && isWord(next) && (['who', 'whose', 'a', 'an'].includes(next.lower) || fullNameSetOff(tokens, part.to))) return null;
    if (roleOfNoNamedHolder(tokens, part.to - 1, part.to)) return null;
    const office = initialsOffice(head.lower), noun = office?.[office.length - 1] ?? head.lower; // `the PM`: a prime minister's (officeForms.ts)
    if (!isPersonNoun(noun) || titleHeldByTwo(this.p, tokens, part.from, part.to, noun)) return null;
    const found = this.antecedent(s, this.p.sentences[s].start, genderOfNoun(noun));
    if (!found || found.speaker.kind !== 'person' || namedAfter(tokens, part.to, this.registry.record(found.speaker.key)) || describedOtherwise(found.mention.text, noun) || heldByAnother(this.registry, this.p.id, noun, found.speaker.key) || describesAnotherThanSubject(this.sentenceSubject(s), found, tokens[part.from].start)) return draftRoleHolder(this.registry, this.p.id, this.mentionOf(tokens, part));
    if (introducedUnnamedSince(this.p, found.mention.end, s, noun) || accusedNamedSince(this.p, this.registry, noun, found.mention.end, s, found.speaker.key)) return null; // `A person familiar ... the person said`; `Police arrested X. The suspect said` (accusedDescriptions.ts)
    // `Her brother, Emeka, says ... the 41-year-old says`: a description is of whom the relative is of, not of Emeka.
    const record = this.registry.record(found.speaker.key);
    if ((record && record.first === null && record.roles.size === 0 && this.speakingWords().family.has(record.last)) || (office && !holdsOffice(record, office))) return null;
    if (tradeOfAnother(noun, record?.roles.keys())) return null; // `Prosecutor Berg ... the sprinter said` (tradeDescriptions.ts)
    // An office by its initials is held (above); any other description must fit the one found (describedRoles.ts).
    return office || describedRoleFits(tokens, part, noun, found, record, { p: this.p, registry: this.registry, s, subjectOf: (k) => this.sentenceSubject(k) }) ? found : null;
  }
  /** The person a name in quoted words means: a lone given name, the one this text named in full with it before. */
  protected readonly personNamed: PersonNamed = (name, at) => (this.givenNames ??= new GivenNameReferences(this.registry, this.p.text, this.p.id)).personNamed(name, at);
  /** Who closes sentence `s` with an attribution of reported words, a pronoun's antecedent (ClauseSpeakers reads it). */
  protected abstract closingSpeaker(s: number): Resolved | null;
  /** The nearest person (or group, for `they`) before `offset` that a pronoun can stand for (pronounAntecedents.ts). */
  protected abstract antecedent(s: number, offset: number, want: 'male' | 'female' | 'plural' | 'organisation' | null): Resolved | null;
}
