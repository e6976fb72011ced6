// What an article's traced calls read and change of the speaker registry, as tokens, and a trace's changes made
// again from its answers alone. A replay of every article's traces after a change (analyzeSources) asks the
// registry only for the articles whose calls touch something a change made different ("dirty"); every other
// article's calls would get the answers they got before, so its changes are made from those answers without the
// look-ups, which are most of what a replay costs.
//
// A token stands for a part of the registry a call's answer depends on or a call changes:
//   `b` + the first three letters of a record's `last` of one word (a surname, a one-word name): the records of
//     that surname, all their fields (a look-up by name scans exactly such records: the same surname, its spelling
//     variants, the same key); `b` + the whole `last` of several words (an organisation's or a description's
//     name), which only a look-up of those very words reads (the registry files no such name among spelling
//     variants). One token for every name that began `the` put 985 of the bench's 1,674 records under one token;
//   `a` + an acronym: which records an acronym names (`EU`), and their mentions;
//   `r` + a role's key: which records hold that role, and how often;
//   `h` + a role's head: the records whose role has that head (`the Russian leader` reads the leaders' heads).
// Every record a call reads is reached through one of its tokens, and a call that changes a record changes the
// record's `b` token (and its `a` token when it is registered): an article none of whose calls touches a dirty token
// asks nothing whose answer a change could have made different. The tokens are a superset (a key's record is
// looked for under both forms it can have): more articles replayed than need be, never fewer.
import { acronymOf, headsReadFor, normalizeName, roleKey, roleSignature } from '../attribution/nameMatching';
import { isStyledGivenName, styledGivenNameOfKey } from '../attribution/knightsStyles';
import type { SpeakerKind } from '../types';
import { NONE, parseWordsArg, SEP, TraceOp, type AnalysisTrace, type TraceCall } from './analysisTrace';

/** The token of the records of a surname or an organisation's name (see above). */
export const bucket = (last: string) => (last.includes(' ') ? `b${last}` : `b${last.slice(0, 3)}`);

/** The record a key names: its `last` is the key's last word (a person's) or the key (an organisation's), without the ` (2)` a second record of one key takes. */
function keyTokens(key: string, out: string[]): void {
  const base = key.replace(/ \(\d+\)$/, '');
  for (const k of base === key ? [key] : [key, base]) out.push(bucket(k), bucket(k.slice(k.lastIndexOf(' ') + 1)));
  // `sir keir starmer` is filed under `sir keir` too (knightsStyles.ts): a change to it changes that name's look-ups.
  const styled = styledGivenNameOfKey(base);
  if (styled) out.push(bucket(styled));
}

/** A registering or look-up call's answer: the record it gave (see recordAnswer), or null. */
export function answeredRecord(answer: string): { key: string; kind: SpeakerKind; first: string | null; last: string } | null {
  if (answer === NONE) return null;
  const [key, kind, first, last] = answer.split(SEP);
  return { key, kind: kind as SpeakerKind, first: first === NONE ? null : first, last };
}

/** The tokens of the record an answer names: its name's, and its acronym's when its name has several words. */
function answerTokens(answer: string, out: string[]): void {
  const record = answeredRecord(answer);
  if (!record) return;
  out.push(bucket(record.last));
  if (record.kind === 'person' && isStyledGivenName(record.first)) out.push(bucket(record.first));
  if (record.last.includes(' ')) out.push(`a${acronymOf(record.last.split(' '))}`);
}

/** What a name look-up reads: the records under the name's surname and under the whole name, and the acronym a single word may be. */
function nameTokens(norm: readonly string[], out: string[]): void {
  if (norm.length === 0) return;
  const last = norm[norm.length - 1];
  out.push(bucket(last), bucket(norm.join(' ')));
  if (norm.length === 1 && last.length >= 2) out.push(`a${last}`);
}

function roleTokens(words: readonly string[], heads: 'read' | 'written', out: string[]): void {
  const key = roleKey(words);
  if (!key) return;
  out.push(`r${key}`);
  const signature = roleSignature(key);
  if (!signature) return;
  // A look-up of a leader's role reads every leader's head (`the Russian leader` is found as `president`), one of a
  // body's chief every head of a body's.
  if (heads === 'read') for (const head of headsReadFor(signature.head)) out.push(`h${head}`);
  else out.push(`h${signature.head}`);
}

/**
 * The tokens of calls, worked out once for every call of the same op, words and answer during one replay: they do
 * not depend on the article that made the call (the first of its arguments, for the calls that name one), and a
 * replay of 10,000 articles' 136,000 calls has 6,300 such (a role or a name looked up in article after article).
 */
export class CallTokens {
  private readonly touched = new Map<string, readonly string[]>();
  private readonly written = new Map<string, readonly string[]>();

  /** Whether a call of `op` names the article that made it (its first argument). */
  static named(op: TraceOp): boolean {
    return op === TraceOp.AddPerson || op === TraceOp.AddOrganisation || op === TraceOp.AddDescription || op === TraceOp.LookupName || op === TraceOp.LookupRole;
  }

  private static key({ op, args, answer }: TraceCall): string {
    const named = CallTokens.named(op);
    // The answer's length first: no two calls' keys run together.
    return `${op}:${answer.length}:${answer}${named ? args.slice(args.indexOf(SEP)) : args}`;
  }

  /** The tokens a call reads or changes. */
  touches(call: TraceCall): readonly string[] {
    const key = CallTokens.key(call);
    let tokens = this.touched.get(key);
    if (!tokens) this.touched.set(key, (tokens = touchesOf(call, this.writes(call))));
    return tokens;
  }

  /** The tokens a call changes (none for a look-up). */
  writes(call: TraceCall): readonly string[] {
    const key = CallTokens.key(call);
    let tokens = this.written.get(key);
    if (!tokens) this.written.set(key, (tokens = writesOf(call)));
    return tokens;
  }
}

/** The tokens a call reads or changes: those it changes (`writes`), and those it only reads. */
function touchesOf(call: TraceCall, writes: readonly string[]): string[] {
  const { op, args, answer } = call;
  const out = [...writes];
  switch (op) {
    case TraceOp.AddPerson:
    case TraceOp.AddOrganisation:
    case TraceOp.LookupName:
      nameTokens(normalizeName(parseWordsArg(args).words), out);
      break;
    case TraceOp.AddDescription:
      keyTokens(normalizeName(args.slice(args.indexOf(SEP) + 1).split(/\s+/)).join(' '), out);
      break;
    case TraceOp.LookupRole:
      roleTokens(parseWordsArg(args).words, 'read', out);
      break;
    case TraceOp.Record:
    case TraceOp.Gender:
      keyTokens(args, out);
      break;
  }
  // A look-up's answer: the record it gave (a registering call's is among what it changes).
  if (op === TraceOp.LookupName || op === TraceOp.LookupRole || op === TraceOp.Record) answerTokens(answer, out);
  return out;
}

/** The tokens a call changes (none for a look-up). toSpeaker changes its record's: its first answer is kept as the record's display name. */
function writesOf(call: TraceCall): string[] {
  const out: string[] = [];
  switch (call.op) {
    case TraceOp.AddPerson:
    case TraceOp.AddOrganisation:
    case TraceOp.AddDescription:
      answerTokens(call.answer, out);
      break;
    case TraceOp.AddRole: {
      const [key, ...words] = call.args.split(SEP);
      keyTokens(key, out);
      roleTokens(words, 'written', out);
      break;
    }
    case TraceOp.AddGender:
      keyTokens(call.args.slice(0, call.args.indexOf(SEP)), out);
      break;
    case TraceOp.ToSpeaker: {
      // An organisation's or a description's record is filed under its whole name, its `last` (a record's kind only
      // ever turns from a description to a person, and a person's display name may say `description` still): only
      // a person's may stand under its key's last word. Marking both made one new description (`union status
      // beranzenvel`) mark every article naming a `Berosmi`.
      const kind = call.answer.slice(call.answer.lastIndexOf(SEP) + 1);
      if (kind === 'organisation' || kind === 'description') out.push(bucket(call.args.replace(/ \(\d+\)$/, '')));
      else keyTokens(call.args, out);
      break;
    }
  }
  return out;
}

/** The tokens marked so far (a Set, or the DirtyTokens of a build that reads stored touches). */
export interface TokenMarks {
  readonly size: number;
  has(token: string): boolean;
  add(token: string): void;
}

/** Whether none of the trace's calls touches a token of `dirty`. */
export function untouched(trace: AnalysisTrace, dirty: Pick<TokenMarks, 'size' | 'has'>, tokens = new CallTokens()): boolean {
  if (dirty.size === 0) return true;
  for (const call of trace) for (const token of tokens.touches(call)) if (dirty.has(token)) return false;
  return true;
}

/** Adds to `dirty` every token the trace changes. */
export function addWrites(dirty: TokenMarks, trace: AnalysisTrace | null | undefined, tokens = new CallTokens()): void {
  for (const call of trace ?? []) for (const token of tokens.writes(call)) dirty.add(token);
}

/**
 * Adds to `dirty` every token that `now`, run where `before` ran, leaves changed otherwise than `before` did: a
 * token's part of the registry ends the same when the same changes are made to it in the same order, each a call
 * whose change follows from what it was asked, what it answered and that part as it stood.
 */
export function addChanged(dirty: TokenMarks, before: AnalysisTrace | null | undefined, now: AnalysisTrace, tokens = new CallTokens()): void {
  const changes = (trace: AnalysisTrace | null | undefined) => {
    const byToken = new Map<string, string[]>();
    for (const call of trace ?? []) {
      for (const token of tokens.writes(call)) {
        const list = byToken.get(token);
        const change = `${call.op}${SEP}${call.args}${SEP}${call.answer}`;
        if (list) list.push(change);
        else byToken.set(token, [change]);
      }
    }
    return byToken;
  };
  const was = changes(before);
  const is = changes(now);
  for (const [token, list] of is) {
    const other = was.get(token);
    if (!other || other.length !== list.length || other.some((c, i) => c !== list[i])) dirty.add(token);
  }
  for (const token of was.keys()) if (!is.has(token)) dirty.add(token);
}
