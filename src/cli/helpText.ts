// What `attributor --help` and `attributor COMMAND --help` print.
import { ALIAS_FILE, IGNORE_FILE } from '../core';
import { DEFAULT_MAX_DRAFT_MB } from './cliOptions';

const SOURCES = `--corpus DIR   read the articles (.txt, .md) of DIR instead of the bundled corpus (repeat it for
                 several folders; an article named like one of an earlier folder is cited as <id>-2)
  --cache DIR    keep the folders' analysed index in DIR (default: $XDG_CACHE_HOME/attributor, else
                 ~/.cache/attributor): a later run re-reads only the articles that changed
  --no-cache     analyse every article and keep nothing
  --db URL       read the sources from an archive on PostgreSQL (postgres://user@host:port/database)`;

export const HELP: Readonly<Record<string, string>> = {
  main: `attributor: checks who said what, against a folder of source articles or a newsroom's archive.

Usage:
  attributor check FILE...         check drafts' quotations against the sources
  attributor report FILE...        every quotation of a draft: status, speaker, source, citation; who is quoted
  attributor quotes                list every quotation in the sources, with its speaker
  attributor find TEXT             the source passages that best match TEXT
  attributor complete PREFIX       the source quotes that complete PREFIX
  attributor archive add DIR...    analyse the articles of DIR into an archive (--db URL)

Options (every command):
  ${SOURCES}
  --json         machine-readable output
  --help         help for a command: attributor check --help

Exit status: 0 without findings, 1 with findings (check), 2 for bad usage or unreadable input.`,
  check: `attributor check FILE... [--corpus DIR | --db URL] [--format FORMAT] [--ignore FILE] [--aliases FILE]

Finds every quotation in each draft and who the draft says said it, and reports:
  misattributed-quote  the sources carry these words, said by someone else (warning)
  distorted-quote      a source's quote changed in meaning: a negation, number, name, date or hedge (error)
  altered-quote        a source's quote with words dropped, added or changed (warning)
  variant-quote        a source's quote with other words for the same thing: another translation? (information)
  unsourced-quote      no source contains anything close (information)

A draft is read as Markdown when its name ends in .md or .markdown, as plain text otherwise (the editor reads
it the same way). It must be a regular file of UTF-8 text, at most --max-draft-mb megabytes (default ${DEFAULT_MAX_DRAFT_MB}).

--format text     one "file:line:column: severity: message [code]" line per finding (the default)
--format json     an array of { file, line, column, endLine, endColumn, severity, code, message, quote,
                  claimedSpeaker, sourceSpeaker, source, sourceText, diff } (1-based; null where a field does not
                  apply; diff: from the source's wording to the draft's, [{ kind: same|removed|added, text }]);
                  --json is the same
--format sarif    SARIF 2.1.0 (GitHub code scanning, and other SARIF readers): a rule per finding code, the
                  source's wording as a fix, the source passage as a related location
--format rdjsonl  reviewdog's diagnostics, one JSON object a line, the fix as a suggestion
--format github   GitHub Actions workflow commands (::warning file=…::…): annotations on the pull request
--format junit    JUnit XML: a test case per quotation, a failure per finding

  ${SOURCES}
--ignore FILE    quotes to ignore (default: ${IGNORE_FILE} in the current folder, when present)
--aliases FILE   extra names for the same person (default: ${ALIAS_FILE} in the current folder, when present)

Exit status: 0 without findings, 1 with findings, 2 for bad usage or an unreadable file (an ignore file that
is not valid JSON included).`,
  report: `attributor report FILE... [--corpus DIR | --db URL] [--json] [--ignore FILE] [--aliases FILE]

Every quotation of each draft in order: its status (verbatim, shortened, altered, variant, misattributed,
not quoted, not found, term), its speaker as the draft writes it and as the sources have it, its source
and the draft's citation; then who is quoted: each voice, person, institution or unnamed, and how often.
With --json: an array of { file, quotes: [{ line, column, quote, status, changesMeaning, speakerAsWritten,
speaker, sourceSpeaker, source: { id, title, outlet, line } | null, citation, diff }], voices: [{ name,
kind, quotes }], unattributed }.

Exit status: 0 (a report, not a check), 2 for bad usage or an unreadable file.`,
  quotes: `attributor quotes [--corpus DIR | --db URL] [--json]

Every quotation in the sources. With --json: an array of { source, quote, speaker, line, column }:
quote is the text between the marks verbatim, speaker a canonical name or null (scare quotes, quoted
names and titles), line and column 1-based, of the opening mark in the article file.`,
  find: `attributor find TEXT [--corpus DIR | --db URL] [--json] [--limit N]

The source passages (quotes and sentences) that best match TEXT, best first. With --json: an array of
{ source, line, column, text, speaker, score }.`,
  complete: `attributor complete PREFIX [--corpus DIR | --db URL] [--json] [--limit N]

The source quotes that complete PREFIX (the start of a quote), best first. With --json: an array of
{ quote, speaker, source }.`,
  archive: `attributor archive add DIR... --db URL [--aliases FILE]

Analyses the articles (.txt, .md, with an optional sources.json) of each DIR once and stores them, their
quotations, speakers and words in the PostgreSQL database at URL (in its own schema, "attributor"; the
pg_trgm extension is created when absent). Articles already in the archive (same id) are skipped. Writers
then check against it with --db URL. The load is one transaction: if it fails, the archive is unchanged.`,
};
