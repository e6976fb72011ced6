// Who is who: canonical people and organisations learnt from the texts themselves (full names, surnames,
// spelling variants, titles and roles) plus an optional alias table. A draft's registry sits on top of the
// corpus registry, so `Zelenskyy`, `the Ukrainian president` and `Volodymyr Zelensky` meet in one key.
import type { AliasTable } from '../sources/aliasFile';
import { PARTY_WORDS } from '../text/newsLexicon';
import { acronymOf, aliasKeys, joinWords, normalizeName, roleKey, roleSignature, type RoleSignature } from './nameMatching';
import type { Speaker, SpeakerKind } from '../types';
import type { RegistrySnapshot } from './registrySnapshot';
import { bestSpelling, descriptionSpelling, organisationSpelling, personSpelling } from './registeredSpellings';
import { NameCandidates } from './nameCandidates';
import { RoleMatches } from './roleMatches';
import { EMPTY_TABLES, newTables, push, variantBucket, type RegistryTables } from './registryTables';
import { isStyledGivenName } from './knightsStyles';
import { sexOfGivenName } from './givenNameSexes';
import { isNamedLikeABody } from './groupNames';

export { normalizeName, roleKey } from './nameMatching';
export type { RegistrySnapshot } from './registrySnapshot';

export interface SpeakerRecord {
  readonly key: string;
  kind: SpeakerKind;
  /** Normalised given names, or null when only a surname (or an organisation) is known. */
  first: string | null;
  /** Normalised surname; for an organisation, its whole normalised name. */
  readonly last: string;
  readonly spellings: Map<string, number>;
  readonly roles: Map<string, number>;
  readonly articles: Set<string>;
  male: number;
  female: number;
  mentions: number;
  readonly order: number;
  /** Names or roles an alias table declared for it: matched exactly. */
  readonly aliases: Set<string>;
}

/** What a given name's sex weighs against the text's pronouns (one a sentence) and nouns (three). */
const GIVEN_NAME_WEIGHT = 1.5;

export class SpeakerRegistry {
  /** Shared and empty until this registry's first write (see registryTables.ts). */
  private tables: RegistryTables<SpeakerRecord> = EMPTY_TABLES;
  private readonly roleMatches = new RoleMatches<SpeakerRecord>();

  constructor(private readonly parent?: SpeakerRegistry) {}

  /** This registry's own tables, to write to. */
  private writable(): RegistryTables<SpeakerRecord> {
    if (this.tables === EMPTY_TABLES) this.tables = newTables();
    return this.tables;
  }

  /** A registry for one more text (a draft) that sees this one's people without changing them. */
  child(): SpeakerRegistry {
    return new SpeakerRegistry(this);
  }

  get size(): number {
    return this.tables.byKey.size + (this.parent?.size ?? 0);
  }

  private own(record: SpeakerRecord): boolean {
    return this.tables.byKey.get(record.key) === record;
  }

  private create(key: string, kind: SpeakerKind, first: string | null, last: string): SpeakerRecord {
    const tables = this.writable();
    let unique = key;
    for (let n = tables.keySuffix.get(key) ?? 2; tables.byKey.has(unique) || this.parent?.record(unique); n++) {
      unique = `${key} (${n})`;
      tables.keySuffix.set(key, n + 1);
    }
    const record: SpeakerRecord = {
      key: unique, kind, first, last, spellings: new Map(), roles: new Map(), articles: new Set(),
      male: 0, female: 0, mentions: 0, order: this.size, aliases: new Set(),
    };
    tables.byKey.set(unique, record);
    push(tables.byLast, last, record);
    // `Sir Keir Starmer` is `Sir Keir` after (`Dame Judi` likewise): filed under the style and the given name too.
    if (kind === 'person' && isStyledGivenName(first)) push(tables.byLast, first, record);
    // A name of several words (an organisation's, a description's) is found only as written, never as a variant:
    // the persisted index's name tokens (traceTouches) file it under its whole name, apart from any surname's.
    if (!last.includes(' ')) push(tables.byVariant, variantBucket(last), record);
    if (last.includes(' ')) push(tables.byAcronym, acronymOf(last.split(' ')), record);
    return record;
  }

  record(key: string): SpeakerRecord | undefined {
    return this.tables.byKey.get(key) ?? this.parent?.record(key);
  }

  /** Every record, a parent's first: for a table over all the people that a reader builds once (loneNames.ts). */
  *records(): IterableIterator<SpeakerRecord> {
    if (this.parent) yield* this.parent.records();
    yield* this.tables.byKey.values();
  }

  /** `owned`: the record is known to be this registry's own (not its parent's), which would else be looked up. */
  private note(record: SpeakerRecord, spelling: string, article: string | null, owned = this.own(record)): void {
    if (!owned) return;
    record.mentions++;
    record.spellings.set(spelling, (record.spellings.get(spelling) ?? 0) + 1);
    if (article) record.articles.add(article);
  }

  /** `phrase`: the words joined by spaces, joined (and hashed, on its first look-up) once for a look-up's chain. */
  private candidatesByName(norm: readonly string[], phrase: string): SpeakerRecord[] {
    const last = norm[norm.length - 1];
    const first = norm.length > 1 ? joinWords(norm, ' ', 0, norm.length - 1) : null;
    const candidates = new NameCandidates<SpeakerRecord>(norm, first, phrase);
    const found = candidates.found;
    const whole = this.tables.byKey.get(phrase);
    if (whole) candidates.consider(whole);
    candidates.scan(this.tables.byLast.get(last));
    // Spelling variants only when the surname as written is unknown: an exact surname is the better evidence.
    if (found.list.length === 0) for (let length = last.length - 2; length <= last.length + 2; length++) candidates.scan(this.tables.byVariant.get(variantBucket(last, length)));
    if (phrase !== last) for (const r of this.tables.byLast.get(phrase) ?? []) if (r.last === phrase || r.first === phrase) found.add(r);
    if (norm.length === 1 && last.length >= 2) for (const r of this.tables.byAcronym.get(last) ?? []) found.add(r);
    return found.list;
  }

  /** Finds the person or organisation a name stands for, preferring those of `article`. */
  lookupName(words: readonly string[], article: string | null = null): SpeakerRecord | null {
    return this.lookupNormalized(normalizeName(words), article);
  }

  /** lookupName of a name normalised already: the words are normalised once, not once a registry of the chain. */
  private lookupNormalized(norm: readonly string[], article: string | null, phrase = joinWords(norm)): SpeakerRecord | null {
    if (norm.length === 0) return null;
    // A registry that has learnt no one yet (a draft window's own) has nothing to find: its parent answers.
    if (this.tables.byKey.size === 0 && this.tables.byAlias.size === 0) return this.parent?.lookupNormalized(norm, article, phrase) ?? null;
    const alias = this.tables.byAlias.get(phrase);
    if (alias) return alias;
    const candidates = this.candidatesByName(norm, phrase);
    if (candidates.length === 0) return this.parent?.lookupNormalized(norm, article, phrase) ?? null;
    if (this.parent) candidates.push(...this.parent.candidatesByName(norm, phrase));
    // A one-word name prefers the records whose surname or whole name it is (no list made for a longer name).
    const exact = norm.length === 1 ? candidates.filter((r) => r.last === norm[norm.length - 1] || r.last === phrase) : null;
    const pool = exact !== null && exact.length ? exact : candidates;
    return this.preferred(pool, article);
  }

  // The most mentioned of `pool` (first of equals) of `article`, else of all; no list made (1% of a cold build's samples).
  private preferred(pool: readonly SpeakerRecord[], article: string | null): SpeakerRecord {
    let best: SpeakerRecord | undefined;
    if (article) for (const r of pool) if (r.articles.has(article) && (best === undefined || r.mentions > best.mentions)) best = r;
    if (best) return best;
    for (const r of pool) if (best === undefined || r.mentions > best.mentions) best = r;
    return best!;
  }

  /** Registers a person's name as the text wrote it (`Vladimir Putin`, `Zelenskyy`), merging spelling variants. */
  /** `spelt`: the name in full when `words` leave part of it out (`Mohammed bin Salman` for `Mohammed`). */
  addPerson(words: readonly string[], article: string | null, spelt: readonly string[] = words): SpeakerRecord {
    const norm = normalizeName(words);
    const spelling = personSpelling(spelt);
    const found = this.lookupNormalized(norm, article);
    if (found && (found.kind === 'person' || found.kind === 'description')) {
      if (this.own(found)) {
        if (found.first === null && norm.length > 1) found.first = norm.slice(0, -1).join(' ');
        found.kind = 'person';
      }
      this.note(found, spelling, article);
      return found;
    }
    const record = this.create(norm.join(' '), 'person', norm.length > 1 ? norm.slice(0, -1).join(' ') : null, norm[norm.length - 1]);
    this.note(record, spelling, article);
    return record;
  }

  /** Registers an organisation or a group (`European Union`, `Richmond police`). */
  addOrganisation(words: readonly string[], article: string | null): SpeakerRecord {
    const norm = normalizeName(words);
    // A group is never a person by a spelling variant (`Republicans` is not a `Republican` surname), nor one whose
    // surname is a body's word (`the Church said` of Tom Church: groupNames.ts).
    const candidate = this.lookupNormalized(norm, article);
    const found = candidate && (candidate.kind !== 'person' || (candidate.last === norm[norm.length - 1] && !isNamedLikeABody(candidate.first, candidate.last))) ? candidate : null;
    const spelling = organisationSpelling(words);
    if (found) {
      this.note(found, spelling, article);
      return found;
    }
    const record = this.create(norm.join(' '), 'organisation', null, norm.join(' '));
    this.note(record, spelling, article);
    return record;
  }

  /** Registers a speaker known only by a description (`an Egyptian education official`), spelt as written. */
  addDescription(text: string, article: string | null): SpeakerRecord {
    const key = normalizeName(text.split(/\s+/)).join(' ');
    const found = this.tables.byKey.get(key) ?? this.parent?.record(key);
    // Only a description or organisation of the same words: `the Republican` is not a person whose key happens to be `republican`.
    const record = found && found.kind !== 'person' ? found : this.create(key, 'description', null, key);
    this.note(record, descriptionSpelling(text), article);
    return record;
  }

  /**
   * What addPerson, addOrganisation or addDescription did when it answered the record `as` (its fields after the
   * call), made without the look-up: a replay that knows the answer is the same makes the same change.
   */
  registered(as: Pick<SpeakerRecord, 'key' | 'kind' | 'first' | 'last'>, spelling: string, article: string | null, known?: SpeakerRecord): SpeakerRecord {
    // `known`: what this call answered before on this registry (the record of `as.key`: a registry never drops one).
    const record = known ?? this.tables.byKey.get(as.key) ?? this.create(as.key, as.kind, as.first, as.last);
    record.kind = as.kind;
    record.first = as.first;
    this.note(record, spelling, article, true);
    return record;
  }

  /** toSpeaker's answer for `record` from now on, as if asked now (a replay that knows the first answer). */
  heldSpeaker(record: SpeakerRecord, speaker: Speaker): void {
    if (!this.tables.speakerCache.has(record)) this.writable().speakerCache.set(record, speaker);
  }

  /** `key`: roleKey(roleWords), when the caller has it already (a replay adds one role in article after article). */
  addRole(record: SpeakerRecord, roleWords: readonly string[], key: string | null = roleKey(roleWords)): void {
    if (!key || !this.own(record)) return;
    const seen = record.roles.has(key);
    record.roles.set(key, (record.roles.get(key) ?? 0) + 1);
    if (seen) return;
    push(this.writable().byRole, key, record);
    const signature = roleSignature(key);
    if (signature) push(this.writable().byRoleHead, signature.head, { record, signature });
  }

  addGender(record: SpeakerRecord, gender: 'male' | 'female', weight = 1): void {
    if (!this.own(record)) return;
    if (gender === 'male') record.male += weight;
    else record.female += weight;
  }

  // `exact`: the table's own list when there is nothing to add to it; neither list is to be changed by the caller.
  private roleCandidates(key: string, wanted: RoleSignature | null): { exact: readonly SpeakerRecord[]; similar: readonly SpeakerRecord[] } {
    const held = this.tables.byRole.get(key) ?? [];
    const alias = this.tables.byAlias.get(key);
    const exact = alias && !held.includes(alias) ? [...held, alias] : held;
    const similar = wanted ? this.roleMatches.similar(this.tables.byRoleHead, key, wanted) : [];
    if (!this.parent) return { exact, similar };
    const more = this.parent.roleCandidates(key, wanted);
    return { exact: [...exact, ...more.exact], similar: [...similar, ...more.similar] };
  }

  /**
   * The person a role stands for (`the Russian president`, `Kremlin spokesman`, `the Russian leader`): within
   * `article`, whoever it gives that role; across articles only someone no other person shares the role with,
   * so that one article's `presidential candidate` never renames another's, and never for a party's role: the
   * corpus naming one `Republican presidential candidate` does not make him the only one.
   */
  lookupRole(words: readonly string[], article: string | null = null): SpeakerRecord | null {
    const key = roleKey(words);
    if (!key) return null;
    const wanted = roleSignature(key);
    const { exact, similar } = this.roleCandidates(key, wanted);
    // Across all the texts (a draft's sources), a bare role someone else holds with words that narrow it is no one's
    // in particular: `the president` beside `President Putin` and `U.S. President Joe Biden` (not a role of the
    // holder's: `spokesman for Mayor Glen Haskett`).
    if (exact.length && !article && wanted?.modifiers.length === 0) {
      const holders = new Set(exact);
      if (similar.some((r) => !holders.has(r) && [...r.roles.keys()].some((role) => role.endsWith(` ${key}`)))) return null;
    }
    if (exact.length) return this.preferredByRole(exact, key, article);
    if (!wanted || similar.length === 0) return null;
    // A bare role (`the president`) must not be ambiguous within the text it stands in.
    if (wanted.modifiers.length === 0) {
      const local = article ? similar.filter((r) => r.articles.has(article)) : similar;
      return local.length === 1 ? local[0] : null;
    }
    return this.preferredByRole(similar, key, article);
  }

  private preferredByRole(pool: readonly SpeakerRecord[], key: string, article: string | null): SpeakerRecord | null {
    const local = article ? pool.filter((r) => r.articles.has(article)) : [];
    if (local.length) {
      const top = local.reduce((a, b) => ((b.roles.get(key) ?? 0) > (a.roles.get(key) ?? 0) ? b : a));
      // `Senator Ana Kral ... Senator Lina Dobos ... the senator asked`: of several holders named as often, the text
      // alone tells which one a bare role means (the nearest one fitting it), not the order they were first named in.
      if (local.some((r) => r !== top && (r.roles.get(key) ?? 0) === (top.roles.get(key) ?? 0))) return null;
      return top;
    }
    if (article && key.split(' ').some((w) => PARTY_WORDS.has(w))) return null;
    // One holder however often listed (the pool is never empty): stops at the second holder, with no set made.
    return pool.every((r) => r === pool[0]) ? pool[0] : null;
  }

  applyAliases(table: AliasTable): void {
    for (const entry of table.entries) {
      const words = entry.name.split(/\s+/).filter(Boolean);
      if (words.length === 0) continue;
      const record = this.lookupName(words) ?? this.addPerson(words, null);
      if (this.own(record)) {
        record.spellings.set(entry.name, (record.spellings.get(entry.name) ?? 0) + 1000);
        for (const key of entry.aliases.flatMap(aliasKeys)) {
          record.aliases.add(key);
          this.writable().byAlias.set(key, record);
        }
      }
    }
  }

  /**
   * The sex the text's words give (pronouns after the name, nouns like `his wife`) weighed with the one the first given
   * name tells with little doubt (`Tom`, `Dorothy`; never `Jordan`): above one sentence's pronouns (often another
   * person's: `with Mayor Tom Walsh by her side`), below two or a noun. `first` is in a traced registry's answers.
   */
  gender(record: SpeakerRecord): 'male' | 'female' | null {
    const named = record.kind === 'person' && record.first !== null ? sexOfGivenName(record.first) : null;
    const male = record.male + (named === 'male' ? GIVEN_NAME_WEIGHT : 0);
    const female = record.female + (named === 'female' ? GIVEN_NAME_WEIGHT : 0);
    if (male > female) return 'male';
    if (female > male) return 'female';
    return null;
  }

  toSpeaker(record: SpeakerRecord): Speaker {
    const root = this.parent && !this.own(record) ? this.parent : this;
    if (root !== this) return root.toSpeaker(record);
    let speaker = this.tables.speakerCache.get(record);
    if (!speaker) {
      speaker = { key: record.key, name: bestSpelling(record.spellings) || record.key, kind: record.kind };
      this.writable().speakerCache.set(record, speaker);
    }
    return speaker;
  }

  /** Forget cached display names (after more mentions were added). */
  invalidate(): void {
    this.tables.speakerCache.clear();
  }

  /** This registry's own records and look-up tables as plain data (see RegistrySnapshot). */
  snapshot(): RegistrySnapshot {
    const records = [...this.tables.byKey.values()].sort((a, b) => a.order - b.order);
    return {
      records: records.map((r) => ({
        key: r.key, kind: r.kind, first: r.first, last: r.last, spellings: [...r.spellings], roles: [...r.roles],
        male: r.male, female: r.female, mentions: r.mentions, aliases: [...r.aliases],
      })),
      byRole: [...this.tables.byRole].map(([role, list]) => [role, list.map((r) => r.key)] as const),
      byRoleHead: [...this.tables.byRoleHead].map(([head, list]) => [head, list.map((e) => [e.record.key, e.signature.modifiers.join(' ')] as const)] as const),
      byAlias: [...this.tables.byAlias].map(([alias, r]) => [alias, r.key] as const),
    };
  }

  /** A registry equal to the one `snapshot` was taken of. */
  static fromSnapshot(snapshot: RegistrySnapshot): SpeakerRegistry {
    const steps = SpeakerRegistry.fromSnapshotSteps(snapshot);
    for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
  }

  /** `fromSnapshot` yielding every `perStep` records (a server reading an index back answers requests in between: 1,600 records at once held it 60-200 ms). */
  static *fromSnapshotSteps(snapshot: RegistrySnapshot, perStep = 100): Generator<void, SpeakerRegistry, void> {
    const registry = new SpeakerRegistry();
    let made = 0;
    for (const r of snapshot.records) {
      if (++made % perStep === 0) yield;
      const record = registry.create(r.key, r.kind, r.first, r.last);
      if (record.key !== r.key) throw new Error(`speaker registry snapshot: the key ${r.key} appears twice`);
      for (const [spelling, n] of r.spellings) record.spellings.set(spelling, n);
      for (const [role, n] of r.roles) record.roles.set(role, n);
      for (const alias of r.aliases) record.aliases.add(alias);
      record.male = r.male;
      record.female = r.female;
      record.mentions = r.mentions;
    }
    const byKey = (key: string) => {
      const record = registry.tables.byKey.get(key);
      if (!record) throw new Error(`speaker registry snapshot: no record ${key}`);
      return record;
    };
    for (const [role, keys] of snapshot.byRole) registry.writable().byRole.set(role, keys.map(byKey));
    for (const [head, entries] of snapshot.byRoleHead) {
      registry.writable().byRoleHead.set(head, entries.map(([key, modifiers]) => ({ record: byKey(key), signature: { head, modifiers: modifiers ? modifiers.split(' ') : [] } })));
    }
    yield;
    for (const [alias, key] of snapshot.byAlias) registry.writable().byAlias.set(alias, byKey(key));
    return registry;
  }
}
