// What the persisted index holds (its base file, with the delta of changed articles applied when there is one), and
// the delta a run writes when some source files changed, instead of writing the whole index again. Every article is
// analysed again in order on a new registry, each taken again from its traces when its calls get the same answers
// (analyzeSources), so names that one changed article adds or removes reach every other article as in a fresh
// build; what that makes anew goes in the delta. That replay of every article's traces is what one change costs,
// unless each changed article asks of the names exactly what it asked before: then no other article can differ, and
// none is replayed (analysedInPlace).
import { SpeakerRegistry } from '../attribution/speakerRegistry';
import type { AliasTable } from '../sources/aliasFile';
import type { AttributedQuote, SourceArticle, Speaker } from '../types';
import { analysisOnTrace, analyzeSources, currentSpeaker, type ArticleAnalysis } from './analyzeSources';
import { baseOrderKept, type DeltaArticle, type DeltaEntry, type IndexDelta } from './indexDelta';
import { articleAnalysis } from './persistedArticles';
import type { PersistedBase, SourceFileKey } from './persistedIndex';
import type { Steps } from './stepwise';
import type { StoredTouches } from './storedTouches';
import type { TraceApplier } from './traceApplier';

/** The delta grows to at most this share of the base's articles; past it the index is written whole again (compacted). */
export const DELTA_SHARE = 1 / 16;
/** ... or to this many articles, for a small base. */
export const DELTA_FLOOR = 32;

/** The articles the persisted index holds now, in order. */
export class PersistedState {
  readonly keys: readonly SourceFileKey[];
  readonly entries: readonly DeltaEntry[];

  constructor(
    readonly base: PersistedBase,
    baseKeys: readonly SourceFileKey[],
    readonly delta?: IndexDelta,
  ) {
    this.entries = delta ? delta.entries : baseKeys.map((_, base) => ({ base }));
    this.keys = this.entries.map((e) => ('base' in e ? baseKeys[e.base] : delta!.articles[e.article].key));
  }


  /** Article i as a source: its metadata now, its text read when first used. */
  source(i: number, id: string): SourceArticle {
    const e = this.entries[i];
    const meta = 'base' in e ? this.base.sources[e.base] : this.delta!.articles[e.article].source;
    return new PersistedSource(meta, id, this, i);
  }

  text(i: number): string {
    const e = this.entries[i];
    return 'base' in e ? this.base.text(e.base) : this.delta!.articles[e.article].analyzed.text;
  }

  /** The base's article whose text article i's is, when it is one's (its words are the base's). */
  baseText(i: number): number | undefined {
    const e = this.entries[i];
    return 'base' in e ? e.base : this.delta!.articles[e.article].baseText;
  }

  /** What the build that persisted it made of article i: the traces now, the analysis decoded when asked for. */
  analysis(i: number): ArticleAnalysis {
    const e = this.entries[i];
    if (!('base' in e)) {
      const article = this.delta!.articles[e.article];
      return { ...article.traces, analyzed: article.analyzed };
    }
    return new BaseAnalysis(this.base, e.base);
  }

  /** Every article the base holds that `entries` no longer takes as it is. */
  dropped(entries: readonly DeltaEntry[]): number[] {
    const taken = new Uint8Array(this.base.sources.length);
    for (const e of entries) if ('base' in e) taken[e.base] = 1;
    const out: number[] = [];
    taken.forEach((t, j) => t || out.push(j));
    return out;
  }

  /** Article i's delta article as it stands, when it is one. */
  held(i: number): DeltaArticle | undefined {
    const e = this.entries[i];
    return 'article' in e ? this.delta!.articles[e.article] : undefined;
  }
}

/**
 * A persisted article as a source: its metadata, and its text read when first used. The text is an own enumerable
 * property, as a plain source's is (a copy with `{ ...source }` has it), but its getter is one function for every
 * article: a closure and a descriptor made for each of 10,000 articles took 52-63 ms of CPU in a fresh process,
 * against 15-17 ms so.
 */
class PersistedSource implements SourceArticle {
  readonly id: string;
  readonly path: string;
  readonly title: string;
  readonly outlet: string | null;
  readonly url: string | null;
  readonly date: string | null;
  readonly doubts: readonly string[];
  declare readonly text: string;
  readonly #state: PersistedState;
  readonly #at: number;
  #text: string | undefined;

  constructor(meta: Omit<SourceArticle, 'text'>, id: string, state: PersistedState, at: number) {
    this.id = id;
    this.path = meta.path;
    this.title = meta.title;
    this.outlet = meta.outlet;
    this.url = meta.url;
    this.date = meta.date;
    this.doubts = meta.doubts;
    this.#state = state;
    this.#at = at;
    Object.defineProperty(this, 'text', PersistedSource.#readLate);
  }

  static readonly #readLate: PropertyDescriptor = {
    enumerable: true,
    get(this: PersistedSource) {
      return (this.#text ??= this.#state.text(this.#at));
    },
  };
}

/**
 * A base article's analysis: its calls decoded only when read (its stored tokens tell whether a change touches it),
 * its analysis when asked for. A class, not an object literal with getters and closures: an update makes one for
 * each of 10,000 articles, and 12,000 such literals took 100-113 ms of CPU in a fresh process against 20-22 ms for
 * as many instances.
 */
class BaseAnalysis implements ArticleAnalysis {
  private traces?: ReturnType<PersistedBase['traces']>;
  readonly stored: StoredTouches;

  constructor(
    private readonly base: PersistedBase,
    private readonly at: number,
  ) {
    this.stored = base.touches(at);
  }

  private read() {
    return (this.traces ??= this.base.traces(this.at));
  }

  get firstPass() {
    return this.read().firstPass;
  }

  get secondPass() {
    return this.read().secondPass;
  }

  get analyzed() {
    return articleAnalysis(this.base.block(this.at), this.base.speakerTable, this.base.text(this.at));
  }

  applyStored(second: boolean, applier: TraceApplier): void {
    this.base.applyPass(this.at, second, applier, this.stored);
  }
}

/** An article of the folders as listed now: one the persisted index holds (`persisted`, its number there), or one read now. */
export type ListedArticle = { readonly id: string; readonly key: SourceFileKey; readonly persisted: number } | { readonly id: string; readonly key: SourceFileKey; readonly article: SourceArticle };

/**
 * The delta that makes the persisted index that of `listed` (analysis done again where it must be, see above), with
 * the registry its snapshot was taken of (for the patched index: made again from the snapshot, it took 17-36 ms at
 * 10,000 articles); undefined when it would be too large or would not keep the base's order (then the index is built
 * and written whole).
 */
export function* updatedDeltaSteps(
  state: PersistedState,
  listed: readonly ListedArticle[],
  aliases: AliasTable | undefined,
  passes: { taken: number; analysed: number } = { taken: 0, analysed: 0 },
): Steps<{ delta: IndexDelta; registry: SpeakerRegistry } | undefined> {
  const limit = Math.max(DELTA_FLOOR, Math.floor(state.base.sources.length * DELTA_SHARE));
  const held = state.delta?.articles.length ?? 0;
  if (listed.filter((l) => !('persisted' in l)).length + held > limit) return undefined;
  // Made when first asked for: most articles are taken from their traces, and their sources are never read.
  const listedSources: Array<SourceArticle | undefined> = new Array(listed.length);
  const sources = {
    length: listed.length,
    at: (i: number): SourceArticle => {
      const l = listed[i];
      return (listedSources[i] ??= 'persisted' in l ? state.source(l.persisted, l.id) : l.article);
    },
  };
  const earlier = (i: number) => {
    const l = listed[i];
    return 'persisted' in l && state.keys[l.persisted].id === l.id ? state.analysis(l.persisted) : undefined;
  };
  const inPlace = analysedInPlace(state, listed, passes, aliases);
  let registry: SpeakerRegistry;
  let made: Array<ArticleAnalysis | undefined>;
  if (inPlace) ({ registry, made } = inPlace);
  else {
    registry = new SpeakerRegistry();
    if (aliases) registry.applyAliases(aliases);
    made = new Array(listed.length);
    yield* analyzeSources(sources, registry, (i, _article, analysis) => (made[i] = analysis), 200, earlier, passes, () => {}, changesSince(state, listed));
  }
  registry.invalidate();
  const refresh = (quote: AttributedQuote): AttributedQuote => (quote.speaker ? { ...quote, speaker: currentSpeaker(registry, quote.speaker) } : quote);
  const entries: DeltaEntry[] = [];
  const articles: DeltaArticle[] = [];
  for (let i = 0; i < listed.length; i++) {
    const l = listed[i];
    const p = 'persisted' in l ? l.persisted : undefined;
    const now = made[i];
    const persistedEntry = p === undefined ? undefined : state.entries[p];
    if (!now && persistedEntry && 'base' in persistedEntry) {
      entries.push(persistedEntry);
      continue;
    }
    const before = p === undefined ? undefined : state.held(p);
    const source = sources.at(i);
    const analyzed = now ? now.analyzed : before!.analyzed;
    const { text, lineStarts, paragraphs, sentences } = analyzed;
    entries.push({ article: articles.length });
    articles.push({
      key: l.key,
      source: { id: l.id, path: source.path, title: source.title, outlet: source.outlet, url: source.url, date: source.date, doubts: source.doubts },
      analyzed: { text, lineStarts, paragraphs, sentences, quotes: analyzed.quotes.map(refresh) },
      traces: now ? { firstPass: now.firstPass, secondPass: now.secondPass } : before!.traces,
      baseText: p === undefined ? undefined : state.baseText(p),
    });
  }
  if (articles.length > limit || !baseOrderKept(entries, articles)) return undefined;
  return { delta: { entries, articles, registry: registry.snapshot(), speakers: speakerCounts(state, entries, articles, registry) }, registry };
}

/** How many articles between a new one's neighbours are searched for its path one by one (see changesSince). */
const GAP_SCAN = 16;

/**
 * What the persisted index holds that `listed`'s persisted articles do not give (analyzeSources' `changes`): the
 * earlier analysis of each article now read anew from the same file at the same place among the others, and those
 * of the articles gone. Undefined when the persisted articles are not listed in their order.
 */
function changesSince(state: PersistedState, listed: readonly ListedArticle[]) {
  const oldAt: Array<number | undefined> = listed.map((l) => ('persisted' in l ? l.persisted : undefined));
  const used = new Uint8Array(state.keys.length);
  for (const p of oldAt) if (p !== undefined) used[p] = 1;
  // Where the next persisted article stands: a changed one is paired with its earlier self only between the same neighbours.
  const nextAt = new Int32Array(listed.length);
  for (let i = listed.length - 1, next = state.keys.length; i >= 0; i--) {
    nextAt[i] = next;
    next = oldAt[i] ?? next;
  }
  // Found among the articles between the neighbours (one, for a file changed in place); by a map of every path
  // only past a few (making that map for 10,000 articles was 20 ms of a change's 550 ms update).
  let byPath: Map<string, number> | undefined;
  const pathAt = (path: string, from: number, to: number) => {
    if (to - from > GAP_SCAN) return (byPath ??= new Map(state.keys.map((key, p) => [key.path, p]))).get(path);
    for (let p = from; p < to; p++) if (state.keys[p].path === path) return p;
    return undefined;
  };
  let last = -1;
  for (let i = 0; i < listed.length; i++) {
    const l = listed[i];
    if ('persisted' in l) {
      if (l.persisted <= last) return undefined;
      last = l.persisted;
      continue;
    }
    const p = pathAt(l.key.path, last + 1, nextAt[i]);
    if (p === undefined || used[p] || p <= last || p >= nextAt[i]) continue;
    oldAt[i] = p;
    used[p] = 1;
    last = p;
  }
  const gone: ArticleAnalysis[] = [];
  used.forEach((u, p) => u || gone.push(state.analysis(p)));
  return { previous: (i: number) => (oldAt[i] === undefined ? undefined : state.analysis(oldAt[i]!)), gone };
}

/**
 * The analyses of the changed articles of `listed` when each asks the registry what it asked before (see
 * analysisOnTrace): then every other article's analysis and the registry stand as they are, and none is replayed.
 * Undefined when an article was added, removed or moved, or a changed one asks anything else (its names changed).
 */
function analysedInPlace(state: PersistedState, listed: readonly ListedArticle[], passes: { taken: number; analysed: number }, aliases: AliasTable | undefined) {
  if (listed.length !== state.keys.length) return undefined;
  // The persisted registry is decoded only when asked for: a change whose names differ never reads it. A record's
  // aliases come only from the alias table, for which the index was written (its settings): with none, none has any.
  const snapshot = () => state.delta?.registry ?? state.base.registry;
  const none = new Set<string>();
  let aliased: Map<string, ReadonlySet<string>> | undefined;
  const aliasesOf = (key: string): ReadonlySet<string> => {
    if (!aliases?.entries.length) return none;
    aliased ??= new Map(snapshot().records.filter((r) => r.aliases.length).map((r) => [r.key, new Set(r.aliases)]));
    return aliased.get(key) ?? none;
  };
  const made: Array<ArticleAnalysis | undefined> = new Array(listed.length);
  let analysed = 0;
  for (let i = 0; i < listed.length; i++) {
    const l = listed[i];
    // The article's id is in its calls (the names it registers are noted as its own): it must be the same.
    if (l.id !== state.keys[i].id) return undefined;
    if ('persisted' in l) {
      if (l.persisted !== i) return undefined;
      continue;
    }
    if (l.key.path !== state.keys[i].path) return undefined;
    const earlier = state.analysis(i);
    const now = analysisOnTrace(l.article, earlier, aliasesOf);
    if (!now) return undefined;
    made[i] = now;
    analysed += now.secondPass ? 2 : 1;
  }
  // Nothing is made again from its trace: the other articles stand as they are.
  passes.analysed += analysed;
  return { registry: SpeakerRegistry.fromSnapshot(snapshot()), made };
}

/** Everyone quoted with their number of quotes, most quoted first: the base's counts, less its articles not taken, plus the delta's. */
function speakerCounts(state: PersistedState, entries: readonly DeltaEntry[], articles: readonly DeltaArticle[], registry: SpeakerRegistry) {
  const counts = new Map<string, { speaker: Speaker; count: number }>();
  for (const { speaker, count } of state.base.speakerCounts) counts.set(speaker.key, { speaker: currentSpeaker(registry, speaker), count });
  const add = (quotes: readonly AttributedQuote[], by: number) => {
    for (const q of quotes) {
      if (!q.speaker) continue;
      const c = counts.get(q.speaker.key);
      if (c) c.count += by;
      else counts.set(q.speaker.key, { speaker: q.speaker, count: by });
    }
  };
  for (const j of state.dropped(entries)) add(articleAnalysis(state.base.block(j), state.base.speakerTable, state.base.text(j)).quotes, -1);
  for (const a of articles) add(a.analyzed.quotes, 1);
  // As a build orders them: most quoted first, then by name, then by key, in code-unit order.
  const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...counts.values()].filter((c) => c.count > 0).sort((a, b) => b.count - a.count || byName(a.speaker.name, b.speaker.name) || byName(a.speaker.key, b.speaker.key));
}
