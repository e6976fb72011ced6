// What an article's analysis asked of the sources' people, and what it was told: every call it made on the shared
// speaker registry, in order, with the answer. Analysis is deterministic given its text and those answers, so an
// article analysed before can be taken again without reading its text anew when the same calls, made again on
// today's registry, give the same answers (its effect on the registry is then the same too). That is how a
// persisted index stays exactly what a fresh build would give while most of it is reused: names learnt across
// articles make each article's analysis depend on the articles before it, and the trace says when it does.
import { roleKey, SpeakerRegistry, type SpeakerRecord } from '../attribution/speakerRegistry';
import type { Speaker } from '../types';

/** The registry's calls an analysis makes. */
export enum TraceOp {
  AddPerson,
  AddOrganisation,
  AddDescription,
  AddRole,
  AddGender,
  LookupName,
  LookupRole,
  Record,
  Gender,
  ToSpeaker,
}

/** One call: what was asked (arguments as one string) and what came back (as one string). */
export interface TraceCall {
  readonly op: TraceOp;
  readonly args: string;
  readonly answer: string;
}

export type AnalysisTrace = readonly TraceCall[];

/** Separates a call's arguments, and an answer's fields. */
export const SEP = '\u0001';
/** An absent argument or answer. */
export const NONE = '\u0000';

/**
 * Opens the name in full a person is registered with when the words leave part of it out (`Mohammed` of `Mohammed
 * bin Salman`): left out of the trace, an index showed the speaker as `Mohammed` where the text had shown him in full.
 */
const SPELT = '\u0003';

function wordsArg(words: readonly string[], article: string | null): string {
  return `${article ?? NONE}${SEP}${words.join(SEP)}`;
}

export function parseWordsArg(args: string): { words: string[]; article: string | null; spelt?: string[] } {
  const cut = args.indexOf(SPELT);
  const parts = (cut < 0 ? args : args.slice(0, cut)).split(SEP);
  const read = { article: parts[0] === NONE ? null : parts[0], words: parts.slice(1) };
  return cut < 0 ? read : { ...read, spelt: args.slice(cut + 1).split(SEP) };
}

/** Separates a record's roles within its answer. */
const ROLE_SEP = '\u0002';

/**
 * A record as analysis can see it: the fields it reads (key, kind, names, its roles: a resolver asks whether one of
 * them fits `the chairman`). Which articles named it and its aliases it reads too, but those follow from the
 * article's own calls and from the alias table, which the settings fix.
 */
function recordAnswer(record: SpeakerRecord | null | undefined): string {
  if (!record) return NONE;
  // The same record is asked about again and again (a cold build's 10,000 articles make about 100,000 registering
  // and look-up calls), and each answer string made anew was hashed and compared character by character in the
  // build's table of strings (TracingRegistry's `same`): the string of a record's state is made once and given
  // again. Its key and surname never change, and its roles only grow (a role set again keeps its place), so its
  // kind, given names and number of roles tell a changed state; the one place that clears them forgets the string.
  const made = answeredRecords.get(record);
  if (made && made.kind === record.kind && made.first === record.first && made.roles === record.roles.size) return made.answer;
  const answer = `${record.key}${SEP}${record.kind}${SEP}${record.first ?? NONE}${SEP}${record.last}${SEP}${[...record.roles.keys()].join(ROLE_SEP)}`;
  answeredRecords.set(record, { kind: record.kind, first: record.first, roles: record.roles.size, answer });
  return answer;
}

/** Each record's answer string, with the state it was made from (see recordAnswer). */
const answeredRecords = new WeakMap<SpeakerRecord, { readonly kind: SpeakerRecord['kind']; readonly first: string | null; readonly roles: number; readonly answer: string }>();

/** Each speaker's answer string: a registry gives one speaker object a record until its names change, and a speaker never changes. */
const answeredSpeakers = new WeakMap<Speaker, string>();

function speakerAnswer(speaker: Speaker): string {
  let answer = answeredSpeakers.get(speaker);
  if (answer === undefined) {
    answer = `${speaker.key}${SEP}${speaker.name}${SEP}${speaker.kind}`;
    answeredSpeakers.set(speaker, answer);
  }
  return answer;
}

/** The value a call returns, kept so that an analysis resumed after a replay gets the very objects the replay got. */
type Value = SpeakerRecord | Speaker | string | null | undefined | void;

/** Calls a replay made, with their values, up to and including the first whose answer changed. */
export type ReplayedCalls = ReadonlyArray<{ readonly call: TraceCall; readonly value: Value }>;

function keyedRecord(registry: SpeakerRegistry, key: string): SpeakerRecord {
  const record = registry.record(key);
  if (!record) throw new TraceMismatch(`no record ${key}`);
  return record;
}

/** Makes one call of words (add a person or an organisation, look up a name or a role) on `registry`. */
function performWords(registry: SpeakerRegistry, op: TraceOp, words: readonly string[], article: string | null, spelt?: readonly string[]): { value: Value; answer: string } {
  const value =
    op === TraceOp.AddPerson ? registry.addPerson(words, article, spelt)
    : op === TraceOp.AddOrganisation ? registry.addOrganisation(words, article)
    : op === TraceOp.LookupName ? registry.lookupName(words, article)
    : registry.lookupRole(words, article);
  return { value, answer: recordAnswer(value) };
}

/**
 * Whether a call of `words` by `article` reads back from its arguments' string (wordsArg, parseWordsArg) as the
 * same words and article: then it may be made with them, without cutting the string it was just joined into.
 */
function readsBackAs(words: readonly string[], article: string | null): boolean {
  if (words.length === 0 || (article !== null && (article === NONE || article.includes(SEP)))) return false;
  for (const word of words) if (word.includes(SEP)) return false;
  return true;
}

/** Makes one call on `registry`: the value and its answer string. */
export function perform(registry: SpeakerRegistry, op: TraceOp, args: string): { value: Value; answer: string } {
  switch (op) {
    case TraceOp.AddPerson:
    case TraceOp.AddOrganisation:
    case TraceOp.LookupName:
    case TraceOp.LookupRole: {
      const { words, article, spelt } = parseWordsArg(args);
      return performWords(registry, op, words, article, spelt);
    }
    case TraceOp.AddDescription: {
      const at = args.indexOf(SEP);
      const article = args.slice(0, at);
      const value = registry.addDescription(args.slice(at + 1), article === NONE ? null : article);
      return { value, answer: recordAnswer(value) };
    }
    case TraceOp.AddRole: {
      const [key, ...words] = args.split(SEP);
      registry.addRole(keyedRecord(registry, key), words);
      return { value: undefined, answer: '' };
    }
    case TraceOp.AddGender: {
      const [key, gender, weight] = args.split(SEP);
      registry.addGender(keyedRecord(registry, key), gender as 'male' | 'female', Number(weight));
      return { value: undefined, answer: '' };
    }
    case TraceOp.Record: {
      const value = registry.record(args);
      return { value, answer: recordAnswer(value) };
    }
    case TraceOp.Gender: {
      const value = registry.gender(keyedRecord(registry, args));
      return { value, answer: value ?? NONE };
    }
    case TraceOp.ToSpeaker: {
      const value = registry.toSpeaker(keyedRecord(registry, args));
      return { value, answer: speakerAnswer(value) };
    }
  }
}

/** An analysis did not repeat the calls its replay made (it would mean analysis is not deterministic). */
export class TraceMismatch extends Error {}

/**
 * A registry that passes every call an analysis makes to `inner` and writes it down. Given the values of calls
 * already made (by a replay that stopped at a changed answer), it hands those back for the first calls instead,
 * checking that the analysis asks the same: the analysis resumes where the replay stopped.
 */
export class TracingRegistry extends SpeakerRegistry {
  readonly calls: TraceCall[] = [];
  private position = 0;

  /** Each call's value, when calls beyond a closed trace may be answered by an earlier call (`repeat`). */
  private readonly values: Value[] = [];

  /**
   * `closed`: the analysis may make no call beyond `made` (there is no registry to ask: `inner` is never used), but
   * those `repeat` answers: given the calls so far and a call beyond them, the number of an earlier call whose
   * answer is its answer (the same call, and nothing between changed what it reads), else undefined.
   * `strings`: the arguments and answers recorded so far by the build's other articles, each kept once.
   */
  constructor(
    private readonly inner: SpeakerRegistry,
    private readonly made: ReplayedCalls = [],
    private readonly closed = false,
    private readonly strings?: Map<string, string>,
    private readonly repeat?: (calls: AnalysisTrace, op: TraceOp, args: string) => number | undefined,
  ) {
    super();
  }

  /**
   * `words` and `article`, for a call of words (`args` joined from them): made with them when they read back the same
   * from `args` (always, but for a word or an article holding the separator), rather than cut from `args` again: the
   * cut (a split of a string not yet flat) cost more than the call it made, in a cold build's 100,000 calls.
   */
  private call(op: TraceOp, args: string, words?: readonly string[], article: string | null = null): Value {
    const at = this.position++;
    if (at < this.made.length) {
      const { call, value } = this.made[at];
      if (call.op !== op || call.args !== args) throw new TraceMismatch(`call ${at} differs from its replay`);
      this.calls.push(call);
      if (this.repeat) this.values.push(value);
      return value;
    }
    if (this.closed) {
      const earlier = this.repeat?.(this.calls, op, args);
      if (earlier === undefined) throw new TraceMismatch(`call ${at} is not in the trace`);
      this.calls.push(this.calls[earlier]);
      this.values.push(this.values[earlier]);
      return this.values[earlier];
    }
    const { value, answer } = words && readsBackAs(words, article) ? performWords(this.inner, op, words, article) : perform(this.inner, op, args);
    // An answer is a record's or a speaker's string, made once and given again (recordAnswer, speakerAnswer), or a
    // constant: it is kept as it is, not looked up.
    this.calls.push({ op, args: this.same(args), answer });
    return value;
  }

  // A build of 10,000 articles records about 270,000 argument and answer strings but only about 38,000 different
  // ones (the same people asked about and described again, article after article). Keeping the first of each lets
  // the copies die young, before the collector copies them into the old generation with the index being built; the
  // writer's table of strings then finds each one's hash already made.
  private same(text: string): string {
    if (!this.strings) return text;
    const kept = this.strings.get(text);
    if (kept !== undefined) return kept;
    this.strings.set(text, text);
    return text;
  }

  override addPerson(words: readonly string[], article: string | null, spelt: readonly string[] = words): SpeakerRecord {
    // The rare name in full that differs is made from the arguments' string (perform), as a replay makes it.
    if (spelt !== words) return this.call(TraceOp.AddPerson, `${wordsArg(words, article)}${SPELT}${spelt.join(SEP)}`) as SpeakerRecord;
    return this.call(TraceOp.AddPerson, wordsArg(words, article), words, article) as SpeakerRecord;
  }

  override addOrganisation(words: readonly string[], article: string | null): SpeakerRecord {
    return this.call(TraceOp.AddOrganisation, wordsArg(words, article), words, article) as SpeakerRecord;
  }

  override addDescription(text: string, article: string | null): SpeakerRecord {
    return this.call(TraceOp.AddDescription, `${article ?? NONE}${SEP}${text}`) as SpeakerRecord;
  }

  override addRole(record: SpeakerRecord, roleWords: readonly string[]): void {
    this.call(TraceOp.AddRole, [record.key, ...roleWords].join(SEP));
  }

  // The weight is recorded too: a noun that gives the sex (`his wife, Ana Kral`) outweighs pronouns nearby, in the
  // index as in a draft's own analysis.
  override addGender(record: SpeakerRecord, gender: 'male' | 'female', weight = 1): void {
    this.call(TraceOp.AddGender, `${record.key}${SEP}${gender}${SEP}${weight}`);
  }

  override lookupName(words: readonly string[], article: string | null = null): SpeakerRecord | null {
    return this.call(TraceOp.LookupName, wordsArg(words, article), words, article) as SpeakerRecord | null;
  }

  override lookupRole(words: readonly string[], article: string | null = null): SpeakerRecord | null {
    return this.call(TraceOp.LookupRole, wordsArg(words, article), words, article) as SpeakerRecord | null;
  }

  override record(key: string): SpeakerRecord | undefined {
    return this.call(TraceOp.Record, key) as SpeakerRecord | undefined;
  }

  override gender(record: SpeakerRecord): 'male' | 'female' | null {
    return this.call(TraceOp.Gender, record.key) as 'male' | 'female' | null;
  }

  override toSpeaker(record: SpeakerRecord): Speaker {
    return this.call(TraceOp.ToSpeaker, record.key) as Speaker;
  }

  override child(): SpeakerRegistry {
    throw new Error('a traced analysis reads one registry');
  }
}

/**
 * Makes a trace's calls again on `registry`, in order, as the analysis would. When every answer is the same, the
 * analysis would be the same: `undefined`. Otherwise the calls made up to and including the first changed answer,
 * with their values, for the analysis to resume from (`TracingRegistry`).
 */
export function replayTrace(trace: AnalysisTrace, registry: SpeakerRegistry): ReplayedCalls | undefined {
  const made: Array<{ call: TraceCall; value: Value }> = [];
  for (const call of trace) {
    let result: { value: Value; answer: string };
    try {
      result = perform(registry, call.op, call.args);
    } catch (error) {
      // A record the trace names no longer exists: the analysis asked differently before this call already.
      if (error instanceof TraceMismatch) return made;
      throw error;
    }
    if (result.answer === call.answer) {
      made.push({ call, value: result.value });
      continue;
    }
    // The analysis resumes from here and records these calls as its own: this one with the answer it gets now.
    made.push({ call: { op: call.op, args: call.args, answer: result.answer }, value: result.value });
    return made;
  }
  return undefined;
}

/**
 * A trace's calls with the values they gave, made from the answers alone, for an analysis made again without the
 * registry it ran on (`TracingRegistry`, closed): the values are what the analysis reads of them (see recordAnswer),
 * each made when the analysis reaches its call, as the registry's own change in the course of an analysis. A record
 * is one object for its key, across the passes of one article; `aliases(key)` gives its aliases (the alias table's).
 */
export class AnsweredValues {
  private readonly records = new Map<string, SpeakerRecord>();
  private readonly speakers = new Map<string, Speaker>();

  constructor(private readonly aliases: (key: string) => ReadonlySet<string>) {}

  calls(trace: AnalysisTrace): ReplayedCalls {
    const values = this;
    return trace.map((call) => {
      let made: { value: Value } | undefined;
      return { call, get value() { return (made ??= { value: values.valueOf(call) }).value; } };
    });
  }

  private valueOf({ op, args, answer }: TraceCall): Value {
    switch (op) {
      case TraceOp.AddRole: {
        const [key, ...words] = args.split(SEP);
        const role = roleKey(words);
        const record = this.records.get(key);
        if (role && record) record.roles.set(role, (record.roles.get(role) ?? 0) + 1);
        return undefined;
      }
      case TraceOp.AddGender:
        return undefined;
      case TraceOp.Gender:
        return answer === NONE ? null : (answer as 'male' | 'female');
      case TraceOp.ToSpeaker: {
        let speaker = this.speakers.get(answer);
        if (!speaker) {
          const [key, name, kind] = answer.split(SEP);
          speaker = { key, name, kind: kind as Speaker['kind'] };
          this.speakers.set(answer, speaker);
        }
        return speaker;
      }
      case TraceOp.Record:
        return answer === NONE ? undefined : this.record(answer);
      default: {
        if (answer === NONE) return null;
        const record = this.record(answer);
        // Registering a name notes the article it stands in (`articles`, which the analysis asks of its own).
        const article = args.slice(0, args.indexOf(SEP));
        if (op !== TraceOp.LookupName && op !== TraceOp.LookupRole && article !== NONE) record.articles.add(article);
        return record;
      }
    }
  }

  private record(answer: string): SpeakerRecord {
    const [key, kind, first, last, roles] = answer.split(SEP);
    let record = this.records.get(key);
    if (!record) {
      record = {
        key, kind: kind as SpeakerRecord['kind'], first: null, last, spellings: new Map(), roles: new Map(), articles: new Set(),
        male: 0, female: 0, mentions: 0, order: this.records.size, aliases: new Set(this.aliases(key)),
      };
      this.records.set(key, record);
    }
    record.kind = kind as SpeakerRecord['kind'];
    record.first = first === NONE ? null : first;
    record.roles.clear();
    answeredRecords.delete(record);
    for (const role of roles ? roles.split(ROLE_SEP) : []) record.roles.set(role, 1);
    return record;
  }
}
