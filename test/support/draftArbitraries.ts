// fast-check generators of hostile drafts and source texts: news-like words, names, speech verbs and source quotes,
// mixed with every kind of quotation mark, Markdown construct, line ending, combining mark and script, and with
// arbitrary Unicode. Shared by the fuzz suite in `npm test` and the longer `npm run fuzz`.
import fc from 'fast-check';
import type { CheckOptions, CorpusIndex, DraftReport } from '../../src/core';

const MARKS = ['"', '"', '\u201C', '\u201D', '\u2018', '\u2019', "'", '\u00AB', '\u00BB', '\u201E', '\u2039', '\u203A'];
const MARKUP = [
  '`', '``', '```\n', '~~~\n', '](', '](http://example.com/a)', '[', ']', '[^1]', '[^', '[^1]: note', '<!--', '-->',
  '<b>', '</b>', '<a href="x">', 'https://example.com/x?y=1', '# ', '## ', '- ', '* ', '> ', '1. ', '| a | b |', '---\n',
  '**', '_', '\\', '&amp;', '<', '>',
];
const SPACING = [' ', ' ', ' ', '\n', '\n\n', '\r\n', '\r', '\t', '\u00A0', '\u200B', '\u2028', '  \n'];
const PUNCTUATION = ['.', ',', ':', ';', '!', '?', '...', '\u2026', ' \u2014 ', ' \u2013 ', ' - ', '(', ')', '!!!', '?!', '."', ',"', '.\u201D'];
const ODD = ['\u0301', '\u0301\u0301', '\u0300e', 'e\u0301', '\uD83D\uDE00', '\uD83D', '\uDE00', '\u05E9\u05DC\u05D5\u05DD', '\u0416\u0443\u043A', '\u0642\u0627\u0644', '\u4E2D\u6587', '\uFEFF', '\u0000', '\uFFFD', '$(alert)', '${x}'];
const NAMES = [
  'Putin', 'Vladimir Putin', 'Zelensky', 'Zelenskyy', 'Volodymyr Zelensky', 'Dmitry Peskov', 'Peskov', 'he', 'she', 'they', 'He', 'She',
  'the Russian president', 'The Kremlin', 'Kremlin spokesman', 'the spokesman', 'Ms. Ortiz', 'Mayor Lena Ortiz', 'Reyes', 'Sen. Jane Doe (D-Ore.)',
  'Burtón', 'the statement', 'it', 'UNITED NATIONS', 'GENEVA, Switzerland', 'Antony Blinken', 'Secretary of State Antony Blinken',
];
const VERBS = ['said', 'says', 'told', 'added', 'insisted', 'according to', 'said:', 'told reporters', 'wrote', 'interjected', 'called it', 'dismissed it as', 'warned'];
const WORDS = ['the', 'war', 'will', 'not', 'never', 'regions', 'referendums', 'sham', 'protect', 'people', 'Russia', 'Ukraine', 'on', 'Friday', 'and', 'in', 'Moscow', 'Kyiv', 'all', 'available', 'means', 'land'];

export interface DraftPieces {
  /** Quotations of the sources, so that drafts also quote real words, rightly and wrongly. */
  readonly sourceQuotes: readonly string[];
}

/** One piece of a draft. */
export function draftPiece(pieces: DraftPieces): fc.Arbitrary<string> {
  const sourceQuote = pieces.sourceQuotes.length ? fc.constantFrom(...pieces.sourceQuotes) : fc.constant('all available means');
  return fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...WORDS) },
    { weight: 3, arbitrary: fc.constantFrom(...NAMES) },
    { weight: 3, arbitrary: fc.constantFrom(...VERBS) },
    { weight: 4, arbitrary: fc.constantFrom(...MARKS) },
    { weight: 3, arbitrary: fc.constantFrom(...SPACING) },
    { weight: 3, arbitrary: fc.constantFrom(...PUNCTUATION) },
    { weight: 2, arbitrary: fc.constantFrom(...MARKUP) },
    { weight: 1, arbitrary: fc.constantFrom(...ODD) },
    { weight: 2, arbitrary: sourceQuote.map((q) => `"${q}"`) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...NAMES), fc.constantFrom(...VERBS), sourceQuote).map(([n, v, q]) => `${n} ${v} "${q}."`) },
    { weight: 1, arbitrary: fc.string({ maxLength: 12, unit: 'binary' }) },
  );
}

const PEOPLE = ['Smith', 'Sm\u00EDth', 'SMITH', 'Jan Smith', 'Ortiz', '\u00D3rtiz', 'Lena Ortiz', 'Mayor Ortiz', 'the spokesman', 'the Kremlin spokesman', 'Kremlin', 'Ukraine', "Ukraine's foreign ministry", 'the ministry', 'he', 'she', 'they', 'Reyes', 'Ms. Reyes', 'the mayor', 'The Council', 'NATO', 'an official'];
const SAID = ['said', 'says', 'told reporters', 'added', 'wrote'];

/** A paragraph in the news pattern, with names that spelling, diacritics, roles and pronouns can join or split. */
export function newsParagraph(pieces: DraftPieces): fc.Arbitrary<string> {
  const quote = fc.oneof(fc.constantFrom(...WORDS).map((w) => `${w} ${w} now`), pieces.sourceQuotes.length ? fc.constantFrom(...pieces.sourceQuotes) : fc.constant('all available means'));
  const who = fc.constantFrom(...PEOPLE);
  return fc.oneof(
    fc.tuple(quote, who, fc.constantFrom(...SAID)).map(([q, w, v]) => `"${q}," ${w} ${v}.`),
    fc.tuple(who, fc.constantFrom(...SAID), quote).map(([w, v, q]) => `${w} ${v}: "${q}."`),
    fc.tuple(who, who).map(([a, b]) => `${a} met ${b} on Friday.`),
    fc.tuple(quote, quote).map(([a, b]) => `"${a}." "${b}."`),
  );
}

/** A draft of news paragraphs (Markdown or plain), for properties about names and speakers across paragraphs. */
export function newsDraft(pieces: DraftPieces, maxParagraphs = 8): fc.Arbitrary<string> {
  return fc.array(newsParagraph(pieces), { maxLength: maxParagraphs }).map((ps) => ps.join('\n\n'));
}

/** Edits that add, remove or change whole paragraphs and names, as a writer revising a news draft does. */
export function newsEdits(pieces: DraftPieces, maxEdits = 8): fc.Arbitrary<DraftEdit[]> {
  const insert = fc.oneof(newsParagraph(pieces).map((p) => `\n\n${p}\n\n`), fc.constantFrom(...PEOPLE), fc.constant(''));
  return fc.array(fc.record({ at: fc.nat(), remove: fc.nat({ max: 30 }), insert }), { maxLength: maxEdits });
}

/** A draft of up to `maxPieces` pieces, joined as written. */
export function draft(pieces: DraftPieces, maxPieces = 60): fc.Arbitrary<string> {
  return fc.array(draftPiece(pieces), { maxLength: maxPieces }).map((parts) => parts.join(''));
}

/** One edit of a document: remove `remove` characters at a point and insert a piece there. */
export interface DraftEdit {
  readonly at: number;
  readonly remove: number;
  readonly insert: string;
}

export function edits(pieces: DraftPieces, maxEdits = 10): fc.Arbitrary<DraftEdit[]> {
  const insert = fc.oneof(draftPiece(pieces), fc.constant(''), fc.array(draftPiece(pieces), { maxLength: 4 }).map((p) => p.join('')));
  return fc.array(fc.record({ at: fc.nat(), remove: fc.nat({ max: 12 }), insert }), { maxLength: maxEdits });
}

export function applyEdit(text: string, edit: DraftEdit): string {
  const at = text.length === 0 ? 0 : edit.at % (text.length + 1);
  return text.slice(0, at) + edit.insert + text.slice(Math.min(text.length, at + edit.remove));
}

/** Everything a check reports that a user could see: each quote's verdict and speakers, and each finding. */
export function visibleReport(report: DraftReport): unknown {
  return {
    quotes: report.quotes.map((q) => [q.start, q.end, q.textStart, q.textEnd, q.verdict, q.claimedSpeaker?.name ?? null, q.claimedMention?.start ?? null, q.claimedMention?.end ?? null, q.match?.location.sourceId ?? null, q.match?.location.start ?? null]),
    findings: report.findings.map((f) => [f.code, f.severity, f.start, f.end, f.message, f.claimedSpeaker, f.sourceSpeaker, f.source]),
  };
}

/** Problems with the offsets a check reports against its text; empty when every range is valid. */
export function rangeProblems(text: string, report: DraftReport, index: CorpusIndex): string[] {
  const problems: string[] = [];
  const within = (what: string, start: number, end: number, length = text.length) => {
    if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= length)) problems.push(`${what} [${start}, ${end}) outside [0, ${length}]`);
  };
  for (const q of report.quotes) {
    within('quote', q.start, q.end);
    within('quote words', q.textStart, q.textEnd);
    if (q.textStart < q.start || q.textEnd > q.end) problems.push(`quote words [${q.textStart}, ${q.textEnd}) outside the quote [${q.start}, ${q.end})`);
    if (text.slice(q.textStart, q.textEnd) !== q.text) problems.push(`quote text differs from the text at its offsets`);
    if (q.claimedMention) within('speaker mention', q.claimedMention.start, q.claimedMention.end);
    if (q.match) {
      const article = index.article(q.match.location.sourceId);
      if (!article) problems.push(`match in an unknown source ${q.match.location.sourceId}`);
      else within('source match', q.match.location.start, q.match.location.end, article.text.length);
    }
  }
  for (const f of report.findings) within(`finding ${f.code}`, f.start, f.end);
  for (const s of report.analyzed.sentences) within('sentence', s.start, s.end);
  for (const p of report.analyzed.paragraphs) within('paragraph', p.start, p.end);
  return problems;
}

export type CheckFunction = (text: string, options?: CheckOptions) => DraftReport;
