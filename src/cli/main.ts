// `attributor`: the engine on the command line, for a writer's terminal or a newsroom's CI.
import { promises as fsp } from 'fs';
import * as path from 'path';
import {
  buildCorpusIndex, checkDraft, loadSourceFolders, parseAliasFile, parseIgnoreFile, positionAt, computeLineStarts,
  ALIAS_FILE, IGNORE_FILE, EMPTY_IGNORE_LIST, type CorpusIndex, type IgnoreList, type AliasTable,
} from '../core';
import { nodeFileSystem } from '../node/nodeFileSystem';
import { draftSourcing } from '../core';
import { reportJson, reportText, type ReportedDraft } from './reportFormat';

class UsageError extends Error {}

const HELP: Record<string, string> = {
  main: `attributor: checks who said what, against a folder of source articles.

Usage:
  attributor check FILE...      check drafts' quotations against the sources
  attributor report FILE...     every quotation of a draft: status, speaker, source, citation; who is quoted
  attributor quotes             list every quotation in the sources, with its speaker
  attributor find TEXT          the source passages that best match TEXT
  attributor complete PREFIX    the source quotes that complete PREFIX

Options (every command):
  --corpus DIR   read the articles (.txt, .md) of DIR instead of the bundled corpus (repeat it for
                 several folders; an article named like one of an earlier folder is cited as <id>-2)
  --json         machine-readable output
  --help         help for a command: attributor check --help

Exit status: 0 without findings, 1 with findings (check), 2 for bad usage or unreadable input.`,
  check: `attributor check FILE... [--corpus DIR] [--json] [--ignore FILE] [--aliases FILE]

Finds every quotation in each draft (Markdown or plain text), who the draft says said it, and reports:
  misattributed-quote  the sources carry these words, said by someone else (warning)
  distorted-quote      a source's quote changed in meaning: a negation, number, name, date or hedge (error)
  altered-quote        a source's quote with words dropped, added or changed in meaning (warning)
  variant-quote        a source's quote with other words for the same thing: another translation? (information)
  unsourced-quote      no source contains anything close (information)

Without --json: one "file:line:column: severity: message [code]" line per finding.
With --json: an array of { file, line, column, endLine, endColumn, severity, code, message, quote,
claimedSpeaker, sourceSpeaker, source, sourceText, diff } (1-based positions; null where a field does not
apply; diff: the words from the source's wording to the draft's, [{ kind: same|removed|added, text }]).

--ignore FILE    quotes to ignore (default: ${IGNORE_FILE} in the current folder, when present)
--aliases FILE   extra names for the same person (default: ${ALIAS_FILE} in the current folder, when present)

Exit status: 0 without findings, 1 with findings, 2 for bad usage or an unreadable file.`,
  report: `attributor report FILE... [--corpus DIR] [--json] [--ignore FILE] [--aliases FILE]

Every quotation of each draft in order: its status (verbatim, shortened, altered, variant, misattributed,
not quoted, not found, term), its speaker as the draft writes it and as the sources have it, its source
and the draft's citation; then who is quoted: each voice, person, institution or unnamed, and how often.
With --json: an array of { file, quotes: [{ line, column, quote, status, changesMeaning, speakerAsWritten,
speaker, sourceSpeaker, source: { id, title, outlet, line } | null, citation, diff }], voices: [{ name,
kind, quotes }], unattributed }.

Exit status: 0 (a report, not a check), 2 for bad usage or an unreadable file.`,
  quotes: `attributor quotes [--corpus DIR] [--json]

Every quotation in the sources. With --json: an array of { source, quote, speaker, line, column }:
quote is the text between the marks verbatim, speaker a canonical name or null (scare quotes, quoted
names and titles), line and column 1-based, of the opening mark in the article file.`,
  find: `attributor find TEXT [--corpus DIR] [--json] [--limit N]

The source passages (quotes and sentences) that best match TEXT, best first. With --json: an array of
{ source, line, column, text, speaker, score }.`,
  complete: `attributor complete PREFIX [--corpus DIR] [--json] [--limit N]

The source quotes that complete PREFIX (the start of a quote), best first. With --json: an array of
{ quote, speaker, source }.`,
};

interface Options {
  command: string;
  args: string[];
  json: boolean;
  help: boolean;
  corpus: string[];
  limit: number;
  ignore: string | null;
  aliases: string | null;
}

function parseArgs(argv: string[]): Options {
  const o: Options = { command: '', args: [], json: false, help: false, corpus: [], limit: 10, ignore: null, aliases: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${a} needs a value`);
      return v;
    };
    if (a === '--json') o.json = true;
    else if (a === '--help' || a === '-h') o.help = true;
    else if (a === '--corpus') o.corpus.push(value());
    else if (a === '--ignore') o.ignore = value();
    else if (a === '--aliases') o.aliases = value();
    else if (a === '--limit') {
      o.limit = Number(value());
      if (!Number.isInteger(o.limit) || o.limit < 1) throw new UsageError('--limit takes a whole number above 0');
    } else if (a.startsWith('--')) throw new UsageError(`unknown option ${a}`);
    else if (!o.command) o.command = a;
    else o.args.push(a);
  }
  return o;
}

function bundledCorpus(): string {
  return path.join(__dirname, '..', 'corpus');
}

async function readOptional(file: string | null, fallback: string): Promise<{ text: string; path: string } | null> {
  const target = file ?? fallback;
  try {
    return { text: await fsp.readFile(target, 'utf8'), path: target };
  } catch (e) {
    if (file) throw new UsageError(`cannot read ${file}: ${(e as Error).message}`);
    return null;
  }
}

async function openIndex(o: Options): Promise<CorpusIndex> {
  const folders = o.corpus.length ? o.corpus : [bundledCorpus()];
  for (const folder of folders) {
    try {
      const stat = await fsp.stat(folder);
      if (!stat.isDirectory()) throw new UsageError(`${folder} is not a folder`);
    } catch (e) {
      if (e instanceof UsageError) throw e;
      throw new UsageError(`cannot read the corpus folder ${folder}: ${(e as Error).message}`);
    }
  }
  const corpus = await loadSourceFolders(nodeFileSystem, folders, { logger: { info() {}, warn: (m) => process.stderr.write(`attributor: ${m}\n`) } });
  if (corpus.articles.length === 0) throw new UsageError(`no readable articles (.txt or .md) in ${folders.join(', ')}`);
  let aliases: AliasTable | undefined;
  const aliasFile = await readOptional(o.aliases, ALIAS_FILE);
  if (aliasFile) {
    const parsed = parseAliasFile(aliasFile.text);
    for (const p of parsed.problems) process.stderr.write(`attributor: ${aliasFile.path}: ${p}\n`);
    aliases = parsed.table;
  }
  return buildCorpusIndex(corpus.articles, { aliases });
}

function print(line: string): void {
  process.stdout.write(line + '\n');
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

async function runQuotes(o: Options): Promise<number> {
  const index = await openIndex(o);
  const rows = index.articles.flatMap((article) =>
    article.quotes.map((q) => {
      const at = positionAt(article.lineStarts, q.start);
      return { source: article.id, quote: q.text, speaker: q.speaker?.name ?? null, line: at.line + 1, column: at.column + 1 };
    }),
  );
  if (o.json) print(JSON.stringify(rows, null, 2));
  else for (const r of rows) print(`${r.source}:${r.line}:${r.column}: ${r.speaker ?? '(no speaker)'}: “${oneLine(r.quote)}”`);
  return 0;
}

async function runFind(o: Options): Promise<number> {
  const text = o.args.join(' ');
  if (!text.trim()) throw new UsageError('find needs the TEXT to look for');
  const index = await openIndex(o);
  const rows = index.find(text, o.limit).map((m) => ({
    source: m.location.sourceId, line: m.location.line + 1, column: m.location.column + 1, text: m.text, speaker: m.speaker?.name ?? null, score: m.score,
  }));
  if (o.json) print(JSON.stringify(rows, null, 2));
  else for (const r of rows) print(`${r.source}:${r.line}:${r.column}: ${r.speaker ? `${r.speaker}: ` : ''}${oneLine(r.text)}`);
  return 0;
}

async function runComplete(o: Options): Promise<number> {
  const prefix = o.args.join(' ');
  if (!prefix.trim()) throw new UsageError('complete needs the PREFIX of a quote');
  const index = await openIndex(o);
  const rows = index.complete(prefix, o.limit).map((c) => ({ quote: c.quote, speaker: c.speaker?.name ?? null, source: c.location.sourceId }));
  if (o.json) print(JSON.stringify(rows, null, 2));
  else for (const r of rows) print(`“${oneLine(r.quote)}” (${r.speaker ?? 'no speaker'}, ${r.source})`);
  return 0;
}

async function readDrafts(o: Options): Promise<Array<{ file: string; text: string }>> {
  if (o.args.length === 0) throw new UsageError(`${o.command} needs at least one FILE`);
  const drafts: Array<{ file: string; text: string }> = [];
  for (const file of o.args) {
    try {
      const bytes = await fsp.readFile(file);
      if (bytes.subarray(0, 8000).includes(0)) throw new Error('not a text file');
      drafts.push({ file, text: new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '') });
    } catch (e) {
      throw new UsageError(`cannot read ${file}: ${(e as Error).message}`);
    }
  }
  return drafts;
}

async function readIgnore(o: Options): Promise<IgnoreList> {
  let ignore: IgnoreList = EMPTY_IGNORE_LIST;
  const ignoreFile = await readOptional(o.ignore, IGNORE_FILE);
  if (ignoreFile) {
    const parsed = parseIgnoreFile(ignoreFile.text);
    // A file that is not an ignore list at all is bad input (exit 2), as the README says; a bad entry is skipped with a warning.
    if (parsed.list.entries.length === 0 && parsed.problems.length && !parsed.problems.some((p) => p.startsWith('entry '))) {
      throw new UsageError(`cannot use the ignore file ${ignoreFile.path}: ${parsed.problems[0]}`);
    }
    for (const p of parsed.problems) process.stderr.write(`attributor: ${ignoreFile.path}: ${p}\n`);
    ignore = parsed.list;
  }
  return ignore;
}

async function runReport(o: Options): Promise<number> {
  const drafts = await readDrafts(o);
  const index = await openIndex(o);
  const ignore = await readIgnore(o);
  const reported: ReportedDraft[] = drafts.map((d) => ({ file: d.file, sourcing: draftSourcing(checkDraft(d.text, index, { ignore, format: /\.txt$/i.test(d.file) ? 'plain' : 'markdown' }), (id) => index.article(id)) }));
  print(o.json ? reportJson(reported) : reportText(reported));
  return 0;
}

async function runCheck(o: Options): Promise<number> {
  const drafts = await readDrafts(o);
  const index = await openIndex(o);
  const ignore = await readIgnore(o);
  const rows = [];
  for (const draft of drafts) {
    const report = checkDraft(draft.text, index, { ignore, format: /\.txt$/i.test(draft.file) ? 'plain' : 'markdown' });
    const lines = computeLineStarts(draft.text);
    for (const f of report.findings) {
      const start = positionAt(lines, f.start);
      const end = positionAt(lines, f.end);
      rows.push({
        file: draft.file, line: start.line + 1, column: start.column + 1, endLine: end.line + 1, endColumn: end.column + 1,
        severity: f.severity, code: f.code, message: f.message, quote: f.quote, claimedSpeaker: f.claimedSpeaker,
        sourceSpeaker: f.sourceSpeaker, source: f.source, sourceText: f.sourceText, diff: f.report.difference?.parts ?? null,
      });
    }
  }
  if (o.json) print(JSON.stringify(rows, null, 2));
  else for (const r of rows) print(`${r.file}:${r.line}:${r.column}: ${r.severity}: ${r.message} [${r.code}]`);
  return rows.length ? 1 : 0;
}

export async function main(argv: string[]): Promise<number> {
  let o: Options;
  try {
    o = parseArgs(argv);
  } catch (e) {
    process.stderr.write(`attributor: ${(e as Error).message}\n${HELP.main}\n`);
    return 2;
  }
  if (!o.command || (o.help && !HELP[o.command])) {
    (o.help ? process.stdout : process.stderr).write(HELP.main + '\n');
    return o.help ? 0 : 2;
  }
  if (o.help) {
    print(HELP[o.command]);
    return 0;
  }
  const commands: Record<string, (o: Options) => Promise<number>> = { check: runCheck, report: runReport, quotes: runQuotes, find: runFind, complete: runComplete };
  const command = commands[o.command];
  if (!command) {
    process.stderr.write(`attributor: unknown command "${o.command}"\n${HELP.main}\n`);
    return 2;
  }
  try {
    return await command(o);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`attributor: ${e.message}\n`);
      return 2;
    }
    process.stderr.write(`attributor: internal error: ${(e as Error).message}\n`);
    return 2;
  }
}

if (require.main === module) {
  // `attributor quotes | head`: a closed pipe ends the output quietly.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
