// A trace's changes made again from its answers alone (TraceApplier), for an article a change does not touch
// (traceTouches): every call of a replay after a change goes through here, 136,000 of them at 10,000 articles, so
// what a call's strings say is worked out once for all the calls that share them.
import { roleKey } from '../attribution/nameMatching';
import { descriptionSpelling, organisationSpelling, personSpelling } from '../attribution/registeredSpellings';
import type { SpeakerRecord, SpeakerRegistry } from '../attribution/speakerRegistry';
import type { Speaker, SpeakerKind } from '../types';
import { NONE, parseWordsArg, perform, SEP, TraceMismatch, TraceOp, type AnalysisTrace } from './analysisTrace';
import { changesRegistry, type KindCall, type StoredKinds, type StoredPass } from './storedTouches';
import { answeredRecord } from './traceTouches';

/** What a registering call registers again, whatever article made it: the record it answered and its spelling. */
interface Registration {
  readonly record: NonNullable<ReturnType<typeof answeredRecord>>;
  readonly spelling: string;
}

/** What a role's or a sex's call adds to the record of `key` (its arguments name no article: the same string in every article). */
type Addition = { readonly key: string; readonly role: { readonly words: readonly string[]; readonly key: string | null } } | { readonly key: string; readonly gender: 'male' | 'female'; readonly weight: number };

/** What a call of one op, answer and words does, the article it names apart (see TraceApplier.make). */
type Action =
  | { readonly op: TraceOp.AddPerson | TraceOp.AddOrganisation | TraceOp.AddDescription; readonly words: string; readonly made: Registration | null; record?: SpeakerRecord }
  | { readonly op: TraceOp.AddRole | TraceOp.AddGender; readonly addition: Addition; record?: SpeakerRecord }
  | { readonly op: TraceOp.ToSpeaker; readonly key: string; readonly speaker: Speaker; record?: SpeakerRecord };

/**
 * Makes on `registry` the changes traced calls made, when every answer is known to be the same as it was: a
 * registering call makes or notes the record it answered, a role or a sex is added as before, a display name is
 * kept as first answered; a look-up changes nothing and is not made. What a call's strings say is worked out once
 * for every call of the same op, answer and words, whatever article made it (a replay meets the same people, article
 * after article: 136,000 calls at 10,000 articles are about 7,000 such), and the article's own name is cut once for
 * its calls in a row, so that every call of one article notes it with the same string. A role's key is normalised
 * once for all the calls that add it (normalising it in every call was a fifth of a replay's changes).
 */
export class TraceApplier {
  /** By op, answer and the arguments without the article (from the separator on). */
  private readonly registrations = new Map<TraceOp, Map<string, Map<string, Registration | null>>>();
  /** By op (a role's, a sex's) and arguments. */
  private readonly additions = [new Map<string, Addition>(), new Map<string, Addition>()];
  private readonly speakers = new Map<string, Speaker>();
  private article: string | null = null;
  /** By kind of call, for the stored kinds of one persisted index (applyKinds). */
  private kinds?: StoredKinds;
  private kindActions: Array<Action | undefined> = [];

  constructor(private readonly registry: SpeakerRegistry) {}

  apply(op: TraceOp, args: string, answer: string): void {
    switch (op) {
      case TraceOp.AddPerson:
      case TraceOp.AddOrganisation:
      case TraceOp.AddDescription: {
        const at = args.indexOf(SEP);
        const words = args.slice(at);
        this.make({ op, words, made: this.registration(op, answer, words) }, this.articleOf(args, at));
        break;
      }
      case TraceOp.AddRole:
      case TraceOp.AddGender:
        this.make({ op, addition: this.addition(op, args) }, null);
        break;
      case TraceOp.ToSpeaker:
        this.make({ op, key: args, speaker: this.speaker(answer) }, null);
        break;
    }
  }

  /**
   * Makes the changes of a stored pass's listed calls (StoredPass.changes, listed), `article` the id its calls
   * name: what each kind does is worked out once, when a pass first makes it.
   */
  applyKinds(pass: StoredPass, article: string): void {
    if (this.kinds !== pass.table) {
      this.kinds = pass.table;
      this.kindActions = new Array(pass.table.kinds);
    }
    const changes = pass.table.passChanges;
    for (let c = pass.changesFrom; c < pass.changesTo; c++) {
      const code = changes[c];
      const kind = code >>> 1;
      const action = (this.kindActions[kind] ??= this.action(pass.table.call(kind)));
      this.make(action, code & 1 ? article : null);
    }
  }

  /**
   * What a kind of call does (its op one that changes the registry: see storedTouches' reader). Each kind is met once
   * (kindActions), so its strings are read as they are, not first looked for among those of the calls made before.
   * Each action is made with its `record` (set later by `make`): added later, it gave each op's actions a second
   * shape, and `make`, optimised on the first, was deoptimised (`wrong map`) early in every replay.
   */
  private action({ op, words, answer }: KindCall): Action {
    switch (op) {
      case TraceOp.AddPerson:
      case TraceOp.AddOrganisation:
      case TraceOp.AddDescription:
        return { op, words, made: registrationOf(op, answer, words), record: undefined };
      case TraceOp.AddRole:
      case TraceOp.AddGender:
        return { op, addition: additionOf(op, words), record: undefined };
      case TraceOp.ToSpeaker:
        return { op, key: words, speaker: speakerOf(answer), record: undefined };
      default:
        throw new TraceMismatch(`a call of op ${op} changes nothing`);
    }
  }

  /**
   * Makes one call's change; `article`: the article it names (registering calls only). An action keeps the record it
   * reached (a registry never drops one, and an applier writes to one registry): the 94,000 changes of 10,000
   * articles are of 5,000 kinds, and each found its record by its key again.
   */
  private make(action: Action, article: string | null): void {
    switch (action.op) {
      case TraceOp.AddPerson:
      case TraceOp.AddOrganisation:
      case TraceOp.AddDescription:
        // A name of no words (never seen in real text) is registered as the call itself does it.
        if (!action.made) perform(this.registry, action.op, `${article ?? NONE}${action.words}`);
        else action.record = this.registry.registered(action.made.record, action.made.spelling, article, action.record);
        break;
      case TraceOp.AddRole:
      case TraceOp.AddGender: {
        const addition = action.addition;
        // As perform's: the record a role or a sex is added to exists, or the trace does not hold.
        const record: SpeakerRecord | undefined = (action.record ??= this.registry.record(addition.key));
        if (!record) throw new TraceMismatch(`no record ${addition.key}`);
        if ('role' in addition) this.registry.addRole(record, addition.role.words, addition.role.key);
        else this.registry.addGender(record, addition.gender, addition.weight);
        break;
      }
      case TraceOp.ToSpeaker: {
        const record = (action.record ??= this.registry.record(action.key));
        if (record) this.registry.heldSpeaker(record, action.speaker);
        break;
      }
    }
  }

  /** toSpeaker's answer as a speaker: one object for every call of the same answer. */
  private speaker(answer: string): Speaker {
    let speaker = this.speakers.get(answer);
    if (!speaker) this.speakers.set(answer, (speaker = speakerOf(answer)));
    return speaker;
  }

  /** The article a call's arguments name (before `at`): the string cut for the calls before it when it is the same. */
  private articleOf(args: string, at: number): string | null {
    if (at === NONE.length && args.startsWith(NONE)) return null;
    const last = this.article;
    if (last !== null && last.length === at && args.startsWith(last)) return last;
    return (this.article = args.slice(0, at));
  }

  private registration(op: TraceOp.AddPerson | TraceOp.AddOrganisation | TraceOp.AddDescription, answer: string, words: string): Registration | null {
    let byAnswer = this.registrations.get(op);
    if (!byAnswer) this.registrations.set(op, (byAnswer = new Map()));
    let byWords = byAnswer.get(answer);
    if (!byWords) byAnswer.set(answer, (byWords = new Map()));
    let made = byWords.get(words);
    if (made === undefined) byWords.set(words, (made = registrationOf(op, answer, words)));
    return made;
  }

  private addition(op: TraceOp.AddRole | TraceOp.AddGender, args: string): Addition {
    const made = this.additions[op === TraceOp.AddRole ? 0 : 1];
    let addition = made.get(args);
    if (!addition) made.set(args, (addition = additionOf(op, args)));
    return addition;
  }
}

function speakerOf(answer: string): Speaker {
  const [key, name, kind] = answer.split(SEP);
  return { key, name, kind: kind as SpeakerKind };
}

/** What a registering call of `words` (its arguments from the separator after the article on) registers when it answered `answer`. */
function registrationOf(op: TraceOp.AddPerson | TraceOp.AddOrganisation | TraceOp.AddDescription, answer: string, words: string): Registration | null {
  const record = answeredRecord(answer);
  if (!record || !record.key) return null;
  // `words` starts with the separator that followed the article.
  const spelling =
    op === TraceOp.AddDescription ? descriptionSpelling(words.slice(1))
    : op === TraceOp.AddPerson ? personSpelling(spelledName(parseWordsArg(`${NONE}${words}`)))
    : organisationSpelling(parseWordsArg(`${NONE}${words}`).words);
  return { record, spelling };
}

/** The words a person's name is spelt with: in full where the call gave it so (`Mohammed bin Salman`). */
const spelledName = (read: { words: string[]; spelt?: string[] }) => read.spelt ?? read.words;

/** A role's or a sex's call's arguments as perform reads them. */
function additionOf(op: TraceOp.AddRole | TraceOp.AddGender, args: string): Addition {
  const [key, ...rest] = args.split(SEP);
  return op === TraceOp.AddRole ? { key, role: { words: rest, key: roleKey(rest) } } : { key, gender: rest[0] as 'male' | 'female', weight: Number(rest[1]) };
}

/** Makes on `registry` the changes a trace's calls made (see TraceApplier). */
export function applyTrace(trace: AnalysisTrace, registry: SpeakerRegistry, applier = new TraceApplier(registry)): void {
  for (const { op, args, answer } of trace) if (changesRegistry(op)) applier.apply(op, args, answer);
}
