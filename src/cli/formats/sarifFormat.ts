// `--format sarif`: SARIF 2.1.0, the format GitHub code scanning (and other CI tools) read. A rule per finding
// code with its help; each result with a fingerprint made of what the quote is, not where (so an alert survives
// edits above it), the source passage as a related location, and the suggested edit as a fix.
import * as path from 'path';
import { pathToFileURL } from 'url';
import { DEFAULT_SEVERITIES, type FindingCode, type Severity } from '../../core';
import type { CheckedDraft, FormatContext } from './checkedDraft';
import { lineColumn, lineStartsOf, suggestedEdit } from './checkedDraft';

const SCHEMA = 'https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json';

interface Rule {
  readonly name: string;
  readonly short: string;
  readonly help: string;
}

/** A rule for every finding code the engine has, and a plain one for any code added later. */
const RULES: Partial<Record<FindingCode, Rule>> = {
  'misattributed-quote': {
    name: 'MisattributedQuote',
    short: 'The sources attribute the quoted words to someone else.',
    help: 'The draft puts these quoted words in the mouth of one person; the source articles carry the same words, said by another. Check who said them in the source named in the message, and attribute the quote to them (the fix puts in the name as the source writes it), or quote what the person the draft names did say.',
  },
  'distorted-quote': {
    name: 'DistortedQuote',
    short: "The quotation changes the meaning of the source's words.",
    help: "A source carries this quotation with a negation, a number, a name, a date or a hedge (may, might, could) that the draft dropped, added or swapped, or cut out with an ellipsis: the quotation no longer says what the speaker said. Use the source's wording (the fix puts it in).",
  },
  'altered-quote': {
    name: 'AlteredQuote',
    short: "The quotation differs from the source's wording.",
    help: "A source carries a passage close to this quotation, but not word for word: a word was changed, added or dropped. A quotation must give the speaker's exact words; use the source's wording (the fix puts it in), or paraphrase without quotation marks. Shortening with an ellipsis (...) or inserting words in [brackets] is accepted.",
  },
  'variant-quote': {
    name: 'VariantQuote',
    short: 'The sources word this quote differently.',
    help: "A source carries this quotation with other words for the same thing, as another translation or version of the same remarks would. If the draft quotes another translation, this is fine; otherwise use the source's wording.",
  },
  'unsourced-quote': {
    name: 'UnsourcedQuote',
    short: 'No source contains these quoted words.',
    help: 'No source article carries these words or anything close to them. Add the article the quotation comes from to the sources, or check the quotation against your notes.',
  },
};

function ruleFor(code: string): Rule {
  return RULES[code as FindingCode] ?? { name: code.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase()), short: `Attributor finding ${code}.`, help: `A finding of Attributor (${code}); the message says what the sources show.` };
}

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** A path as a URI: relative to the working folder (the repository root) when inside it, else an absolute file URI. */
function uriOf(file: string, cwd: string): { uri: string; uriBaseId?: string } {
  const absolute = path.resolve(cwd, file);
  const relative = path.relative(cwd, absolute);
  if (!relative.startsWith('..') && !path.isAbsolute(relative)) return { uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
  return { uri: pathToFileURL(absolute).href };
}

/** A stable digest of a string, for fingerprints. */
function digest(text: string): string {
  // Required here, not imported: loading crypto (and the streams it pulls in) cost every check about 8 ms at
  // start, and only a SARIF report needs it.
  const { createHash } = require('crypto') as typeof import('crypto');
  return createHash('sha256').update(text).digest('hex').slice(0, 32);
}

export function sarifFormat(drafts: readonly CheckedDraft[], context: FormatContext): string {
  const codes = [...new Set(drafts.flatMap((d) => d.report.findings.map((f) => f.code)))].sort();
  const allCodes = [...new Set([...Object.keys(RULES), ...codes])];
  const rules = allCodes.map((code) => {
    const rule = ruleFor(code);
    return {
      id: code, name: rule.name, shortDescription: { text: rule.short }, fullDescription: { text: rule.help },
      help: { text: rule.help, markdown: rule.help }, defaultConfiguration: { level: LEVEL[DEFAULT_SEVERITIES[code as FindingCode] ?? 'warning'] },
    };
  });
  const results = drafts.flatMap((d) => {
    const lines = lineStartsOf(d);
    const artifact = uriOf(d.file, context.cwd);
    const region = (start: number, end: number) => {
      const s = lineColumn(d.text, lines, start);
      const e = lineColumn(d.text, lines, end);
      return { startLine: s.line, startColumn: s.column, endLine: e.line, endColumn: e.column };
    };
    // The same quote with the same finding twice in a draft gets a second fingerprint, not the same one.
    const seen = new Map<string, number>();
    return d.report.findings.map((f) => {
      const identity = `${f.code}\u0000${f.quote.replace(/\s+/g, ' ').trim().toLowerCase()}\u0000${f.claimedSpeaker ?? ''}`;
      const occurrence = (seen.get(identity) ?? 0) + 1;
      seen.set(identity, occurrence);
      const edit = suggestedEdit(f);
      const source = f.sourceLocation;
      const sourcePath = source ? context.sourcePaths.get(source.sourceId) : undefined;
      return {
        ruleId: f.code,
        ruleIndex: allCodes.indexOf(f.code),
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [{ physicalLocation: { artifactLocation: artifact, region: { ...region(f.start, f.end), snippet: { text: d.text.slice(f.start, f.end) } } } }],
        partialFingerprints: { 'attributorQuote/v1': `${digest(identity)}:${occurrence}` },
        ...(source
          ? {
              relatedLocations: [
                {
                  id: 1,
                  message: { text: `The source: ${source.sourceId}, line ${source.line + 1}${f.sourceSpeaker ? ` (${f.sourceSpeaker})` : ''}` },
                  physicalLocation: {
                    artifactLocation: sourcePath ? uriOf(sourcePath, context.cwd) : { uri: encodeURIComponent(source.sourceId), uriBaseId: 'ATTRIBUTOR_SOURCES' },
                    region: { startLine: source.line + 1, startColumn: source.column + 1, ...(f.sourceText ? { snippet: { text: f.sourceText } } : {}) },
                  },
                },
              ],
            }
          : {}),
        ...(edit
          ? { fixes: [{ description: { text: edit.description }, artifactChanges: [{ artifactLocation: artifact, replacements: [{ deletedRegion: region(edit.start, edit.end), insertedContent: { text: edit.text } }] }] }] }
          : {}),
        properties: { quote: f.quote, claimedSpeaker: f.claimedSpeaker, sourceSpeaker: f.sourceSpeaker, source: f.source },
      };
    });
  });
  const log = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'attributor', version: context.version, semanticVersion: context.version, rules } },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(context.cwd + path.sep).href } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
