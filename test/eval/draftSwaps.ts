// Draft side, the catch rate: how many misattributions a real article would get flagged if its writer had put a
// quote in the wrong mouth. For every quote of a real article (checked as a draft against the other folds) that the
// sources hold with a person the engine is sure of, and whose draft sentence names its speaker, the name the engine
// read is swapped for another person who speaks in the sources (not the same person, sharing no name word with
// either), and the altered draft is checked again: the quote should now get a `misattributed-quote`. The other person
// is a seeded choice, so runs compare. Nothing of the data is kept; the swapping itself is tested on invented text.
import { checkDraft, type CorpusIndex, type DraftReport, type SourceArticle, type Speaker, type TextSpan } from '../../src/core';
import { compatibleSpeakers, contentWords, isDistinctive, isIdentified, liesInQuote, nameFits } from '../../src/core/draft/quoteEvidence';
import { quoteWords } from '../../src/core/index/wordIndex';
import { FUNCTION_WORDS, ROLE_WORDS } from '../../src/core/text/newsLexicon';
import { tokenizeWords } from '../../src/core/text/normalizeText';
import type { TextFormat } from '../../src/core/text/maskMarkup';

/** One replacement in a text: `[start, end)` becomes `text`. */
interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface SwappedText {
  readonly text: string;
  /** Where an offset of the original text (outside the edits) stands in the swapped one. */
  readonly moved: (offset: number) => number;
}

/** The capitalised words of a mention that name a person (`Ted`, `Cruz` in `Sen. Ted Cruz's`), as spans of the text. */
export function nameWordsOf(text: string, mention: TextSpan): TextSpan[] {
  return tokenizeWords(text, mention.start, mention.end)
    .filter((t) => /^\p{Lu}/u.test(text.slice(t.start, t.end)) && !ROLE_WORDS.has(t.word) && !FUNCTION_WORDS.has(t.word))
    .map((t) => ({ start: t.start, end: t.end - (/['\u2019]s$/i.test(text.slice(t.start, t.end)) ? 2 : 0) }));
}

/**
 * The text with the speaker's name in `mention` replaced by `other` (a full name): the run of name words in the
 * mention becomes the full name, and every other word of that name in `sentence` (`Cruz` again, `Ted`) the other's
 * surname or first name. Null when the mention holds no name word.
 */
export function swapSpeakerName(text: string, mention: TextSpan, sentence: TextSpan, other: string, quoted: readonly TextSpan[] = []): SwappedText | null {
  const words = nameWordsOf(text, mention);
  if (words.length === 0) return null;
  const parts = other.split(/\s+/);
  const surname = parts[parts.length - 1];
  const old = words.map((w) => text.slice(w.start, w.end));
  const replacement = new Map<string, string>();
  replacement.set(old[old.length - 1], surname);
  if (old.length > 1) replacement.set(old[0], parts[0]);
  const edits: Edit[] = [{ start: words[0].start, end: words[words.length - 1].end, text: other }];
  const from = Math.min(sentence.start, mention.start);
  const to = Math.max(sentence.end, mention.end);
  for (const t of tokenizeWords(text, from, to)) {
    if (t.start >= edits[0].start && t.end <= mention.end) continue;
    // A quotation's words are the speaker's own: a name inside one (`a "hater of Donald Trump"`) stays.
    if (quoted.some((q) => q.start <= t.start && t.end <= q.end)) continue;
    const bare = text.slice(t.start, t.end).replace(/['\u2019]s$/i, '');
    const swapped = replacement.get(bare);
    if (swapped) edits.push({ start: t.start, end: t.start + bare.length, text: swapped });
  }
  edits.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const e of edits) {
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  out += text.slice(at);
  const moved = (offset: number) => {
    let shift = 0;
    for (const e of edits) if (e.end <= offset) shift += e.text.length - (e.end - e.start);
    return offset + shift;
  };
  return { text: out, moved };
}

/**
 * People who speak in an index's articles, known by a full name, quoted in at least two articles (so that a
 * misread capitalised phrase is not taken for a person): the names a swap puts in a draft.
 */
export function speakingPeople(index: CorpusIndex, ids: readonly string[]): Speaker[] {
  const people = new Map<string, { speaker: Speaker; articles: Set<string> }>();
  for (const id of ids) {
    for (const q of index.article(id)?.quotes ?? []) {
      const s = q.speaker;
      if (!s || s.kind !== 'person' || s.members || q.method === 'pronoun-guess' || q.method === 'subject') continue;
      const record = index.registry.record(s.key);
      if (!record || record.kind !== 'person' || record.first === null || !/^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)+$/u.test(s.name)) continue;
      const seen = people.get(s.key) ?? { speaker: s, articles: new Set<string>() };
      seen.articles.add(id);
      people.set(s.key, seen);
    }
  }
  return [...people.values()]
    .filter((p) => p.articles.size >= 2)
    .map((p) => p.speaker)
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** A seeded choice (FNV-1a of the quote's place): the same person for the same quote in every run. */
function seed(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

function nameWords(name: string): Set<string> {
  return new Set(tokenizeWords(name).map((t) => t.word));
}

/** Another person for a quote: not the source's speaker nor the draft's, sharing no name word with either. */
export function otherPerson(people: readonly Speaker[], place: string, ...not: Speaker[]): Speaker | null {
  if (people.length === 0) return null;
  const taken = new Set(not.flatMap((s) => [...nameWords(s.name)]));
  const start = seed(place) % people.length;
  for (let i = 0; i < people.length; i++) {
    const p = people[(start + i) % people.length];
    if (not.some((s) => s.key === p.key)) continue;
    if ([...nameWords(p.name)].some((w) => taken.has(w))) continue;
    return p;
  }
  return null;
}

export interface SwapMiss {
  readonly draft: string;
  readonly form: string;
  readonly quote: string;
  readonly sentence: string;
  /** Who the altered draft was read to give the quote to, and the verdict it got. */
  readonly readAs: string;
  readonly verdict: string;
  readonly sourceSpeaker: string;
  readonly swappedIn: string;
  /** Whether the quote's words identify one utterance (see identifiesOne). */
  readonly identifying: boolean;
}

export interface SwapTally {
  made: number;
  caught: number;
  readonly byForm: Record<string, { made: number; caught: number; identifying: number; identifyingCaught: number }>;
  /** Quotes whose words identify one utterance (the only ones the check may put in another mouth), and shorter phrases. */
  readonly byLength: Record<string, { made: number; caught: number }>;
  /** Why the missed ones were missed: the altered quote's speaker as read (the swapped person, none, another) and verdict. */
  readonly whyMissed: Record<string, number>;
  readonly misses: SwapMiss[];
  /**
   * Quotes not swapped because the engine read no name for them, though their sentence names the source's speaker
   * (outside its quotations): where the draft's own speaker is misread, to read.
   */
  readonly unread: Array<{ readonly draft: string; readonly quote: string; readonly sentence: string; readonly readAs: string; readonly sourceSpeaker: string }>;
}

export function emptyTally(): SwapTally {
  return { made: 0, caught: 0, byForm: {}, byLength: {}, whyMissed: {}, misses: [], unread: [] };
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Makes and checks every swap of one draft's report (checked already against `index`), adding to `tally`.
 * `people`: who speaks in the index's articles.
 */
export function trySwaps(draft: SourceArticle, report: DraftReport, index: CorpusIndex, people: readonly Speaker[], format: TextFormat, tally: SwapTally): void {
  const { analyzed } = report;
  report.quotes.forEach((r, i) => {
    const q = analyzed.quotes[i];
    const source = r.match?.speaker;
    const mention = r.claimedMention;
    if (r.verdict !== 'matches' && r.verdict !== 'variant') return;
    if (!source || source.kind !== 'person' || source.members || r.match?.sourceQuote?.method === 'pronoun-guess') return;
    if (index.registry.record(source.key)?.first == null) return;
    const claimed = q.speaker;
    if (!claimed || !mention || q.method === 'pronoun-guess' || q.method === 'none' || claimed.kind !== 'person') {
      noteUnread(draft, report, i, source, tally);
      return;
    }
    // A pronoun's speaker is swapped where the draft names them last before the quote (`Kral ... "…," he said`),
    // for a person the pronoun fits.
    const pronoun = PRONOUN_SEX[mention.text.trim().toLowerCase()];
    const named = pronoun ? antecedentOf(analyzed, q, claimed) : mention;
    if (!named) return;
    // The draft names its speaker: every name word it gives them is a word of their name (not `the Florida senator`).
    if (!nameFits(named.text, claimed) || !nameFits(named.text, source)) return;
    const candidates = pronoun ? people.filter((p) => personSex(index, p) === pronoun) : people;
    const other = otherPerson(candidates, `${draft.id}@${q.start}`, source, claimed);
    if (!other) return;
    const sentence = analyzed.sentences.find((s) => s.start <= named.start && named.start < s.end) ?? named;
    const swapped = swapSpeakerName(analyzed.text, named, sentence, other.name, analyzed.quotes);
    if (!swapped) return;
    const checked = checkDraft(swapped.text, index, { format });
    const at = swapped.moved(q.textStart);
    const j = checked.analyzed.quotes.findIndex((x) => x.textStart === at);
    const after = j >= 0 ? checked.quotes[j] : undefined;
    const caught = after !== undefined && checked.findings.some((f) => f.report === after && f.code === 'misattributed-quote');
    const form = pronoun ? `${q.method} by pronoun` : q.method;
    const byForm = (tally.byForm[form] ??= { made: 0, caught: 0, identifying: 0, identifyingCaught: 0 });
    const identifying = identifiesOne(q.text, index);
    const byLength = (tally.byLength[identifying ? 'identifying' : 'shorter'] ??= { made: 0, caught: 0 });
    tally.made++;
    byForm.made++;
    byLength.made++;
    if (identifying) byForm.identifying++;
    if (caught) {
      tally.caught++;
      byForm.caught++;
      byLength.caught++;
      if (identifying) byForm.identifyingCaught++;
      return;
    }
    const readAs = !after ? 'quote not found' : !after.claimedSpeaker ? 'no speaker' : after.claimedSpeaker.key === other.key ? 'the swapped person' : after.claimedSpeaker.key === claimed.key ? 'the true speaker still' : 'another speaker';
    const verdict = after?.verdict ?? '-';
    const why = readAs === 'the swapped person' && verdict === 'matches' ? `${readAs}, matches: ${whyMatches(q.text, after!.claimedSpeaker!, after!.claimedMention?.text ?? null, index)}` : `${readAs}, ${verdict}`;
    tally.whyMissed[why] = (tally.whyMissed[why] ?? 0) + 1;
    const sentenceAfter = after ? checked.analyzed.sentences[checked.analyzed.quotes[j].sentence] : undefined;
    tally.misses.push({
      draft: draft.id,
      form,
      quote: q.text,
      sentence: oneLine(sentenceAfter ? swapped.text.slice(Math.min(sentenceAfter.start, swapped.moved(sentence.start)), Math.max(sentenceAfter.end, at + q.text.length)) : q.text),
      readAs: after?.claimedSpeaker ? `${after.claimedSpeaker.name} (${checked.analyzed.quotes[j].method})` : readAs,
      verdict,
      sourceSpeaker: source.name,
      swappedIn: other.name,
      identifying,
    });
  });
}

const PRONOUN_SEX: Record<string, 'male' | 'female'> = { he: 'male', him: 'male', his: 'male', she: 'female', her: 'female' };

function personSex(index: CorpusIndex, person: Speaker): 'male' | 'female' | null {
  const record = index.registry.record(person.key);
  return record ? index.registry.gender(record) : null;
}

/** The last naming of `speaker` before quote `q`, in its paragraph or the two before (outside quotations): their surname, with the words of their name just before it. */
function antecedentOf(analyzed: DraftReport['analyzed'], q: DraftReport['analyzed']['quotes'][number], speaker: Speaker): (TextSpan & { readonly text: string }) | null {
  const sentence = analyzed.sentences[q.sentence];
  if (!sentence) return null;
  const from = analyzed.paragraphs[Math.max(0, sentence.paragraph - 2)]?.start ?? 0;
  const nameWords = tokenizeWords(speaker.name).map((t) => t.word);
  const surname = nameWords[nameWords.length - 1];
  const text = analyzed.text;
  const tokens = tokenizeWords(text, from, q.start).filter((t) => /^\p{Lu}/u.test(text.slice(t.start, t.end)) && !analyzed.quotes.some((o) => o.start <= t.start && t.end <= o.end));
  const bare = (t: { start: number; end: number }) => tokenizeWords(text.slice(t.start, t.end).replace(/['\u2019]s$/i, ''))[0]?.word;
  let k = tokens.length - 1;
  while (k >= 0 && bare(tokens[k]) !== surname) k--;
  if (k < 0) return null;
  let first = k;
  while (first > 0 && nameWords.includes(bare(tokens[first - 1]) ?? '') && /^[\s.]*$/.test(text.slice(tokens[first - 1].end, tokens[first].start))) first--;
  const start = tokens[first].start;
  const end = tokens[k].end;
  return { start, end, text: text.slice(start, end) };
}

/** A quote the engine read no person for, whose sentence names the source's speaker outside its quotations. */
function noteUnread(draft: SourceArticle, report: DraftReport, i: number, source: Speaker, tally: SwapTally): void {
  const { analyzed } = report;
  const q = analyzed.quotes[i];
  const sentence = analyzed.sentences[q.sentence];
  if (!sentence) return;
  const surname = source.name.split(/\s+/).pop()!;
  const from = Math.min(sentence.start, q.start);
  const to = Math.max(sentence.end, q.end);
  const named = tokenizeWords(analyzed.text, from, to).some(
    (t) => analyzed.text.slice(t.start, t.end).replace(/['\u2019]s$/i, '') === surname && !analyzed.quotes.some((o) => o.start <= t.start && t.end <= o.end),
  );
  if (!named) return;
  const r = report.quotes[i];
  tally.unread.push({ draft: draft.id, quote: q.text, sentence: oneLine(analyzed.text.slice(from, to)), readAs: `${r.claimedSpeaker ? `${r.claimedSpeaker.name} (${r.claimedSpeaker.kind})` : 'nobody'} by ${q.method}${r.claimedMention ? ` from “${r.claimedMention.text}”` : ''}`, sourceSpeaker: source.name });
}

/** Whether a quote's words identify one utterance in the sources (quoteEvidence's isDistinctive; for a close match, its length rule). */
function identifiesOne(quote: string, index: CorpusIndex): boolean {
  const words = quoteWords(quote).segments.flat();
  const exact = index.locate(quote).exact;
  if (exact.length) return isDistinctive(words, exact, index.registry);
  const content = contentWords(words).length;
  return (words.length >= 5 && content >= 3) || (words.length >= 8 && content >= 2);
}

/** Why a quote given to the swapped person still matches: what the draft check needed and did not have. */
function whyMatches(quote: string, other: Speaker, mention: string | null, index: CorpusIndex): string {
  const located = index.locate(quote);
  if (located.exact.length === 0) return 'close match only';
  const words = quoteWords(quote).segments.flat();
  if (!isDistinctive(words, located.exact, index.registry)) {
    // Which of isDistinctive's conditions for a short phrase failed.
    if (words.length < 3 || contentWords(words).length < 2) return 'short: one or two words';
    if (located.exact.some((m) => !liesInQuote(m))) return 'short: a source has it in narration';
    const speakers = located.exact.map((m) => m.speaker);
    if (speakers.some((s) => !s) || speakers.some((s) => !compatibleSpeakers(s!, speakers[0]!, index.registry) || s!.kind !== speakers[0]!.kind)) return 'short: the sources disagree on its speaker';
    return 'short: one source (or one sentence) gives it';
  }
  if (other.kind !== 'person' || !isIdentified(other, index.registry, mention)) return 'swapped person not identified';
  if (located.exact.some((m) => liesInQuote(m) && m.speaker && compatibleSpeakers(other, m.speaker, index.registry))) return 'a source gives the words to a compatible speaker';
  return 'other';
}

export function describeSwaps(tally: SwapTally): string[] {
  const pct = (n: number, d: number) => (d ? ((100 * n) / d).toFixed(1) : '-');
  const forms = Object.entries(tally.byForm).sort((a, b) => b[1].made - a[1].made);
  const long = tally.byLength.identifying ?? { made: 0, caught: 0 };
  const short = tally.byLength.shorter ?? { made: 0, caught: 0 };
  const why = Object.entries(tally.whyMissed).sort((a, b) => b[1] - a[1]);
  return [
    `  misattributions made by swapping the named speaker: ${tally.made}, caught ${tally.caught} (${pct(tally.caught, tally.made)}%)`,
    `    quotes whose words identify one utterance ${long.caught}/${long.made} (${pct(long.caught, long.made)}%), shorter phrases ${short.caught}/${short.made} (${pct(short.caught, short.made)}%)`,
    `    by form (all; words that identify one utterance): ${forms.map(([f, n]) => `${f} ${n.caught}/${n.made}; ${n.identifyingCaught}/${n.identifying}`).join(', ')}`,
    `    missed, read as: ${why.map(([w, n]) => `${w} ${n}`).join('; ')}`,
    `  not swapped, the engine reading no person where the sentence names the source's speaker: ${tally.unread.length}`,
  ];
}

export function describeUnread(tally: SwapTally, limit: number): string[] {
  const step = tally.unread.length / Math.min(limit, tally.unread.length || 1);
  const picked = Array.from({ length: Math.min(limit, tally.unread.length) }, (_, i) => tally.unread[Math.floor(i * step)]);
  return picked.flatMap((u) => [`  ${u.draft} “${u.quote.slice(0, 80)}” source: ${u.sourceSpeaker}; read as ${u.readAs}`, `      ${u.sentence.slice(0, 300)}`]);
}

export function describeSwapMisses(tally: SwapTally, limit: number): string[] {
  const step = tally.misses.length / Math.min(limit, tally.misses.length || 1);
  const picked = Array.from({ length: Math.min(limit, tally.misses.length) }, (_, i) => tally.misses[Math.floor(i * step)]);
  return picked.flatMap((m) => [
    `  ${m.draft} [${m.form}${m.identifying ? ', identifying' : ''}] “${m.quote.slice(0, 80)}” source: ${m.sourceSpeaker}, swapped in: ${m.swappedIn}; read as ${m.readAs}, ${m.verdict}`,
    `      ${m.sentence.slice(0, 300)}`,
  ]);
}
