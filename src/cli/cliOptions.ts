// The command line's options: parsed once, checked once, with a one-line message for anything wrong.
import { CHECK_FORMATS, type CheckFormat } from './formats/checkFormats';

/** A mistake in what the user typed: one line on stderr with a pointer to --help, exit status 2. */
export class UsageError extends Error {}

/** Input that cannot be read (a missing or binary draft, an unreachable archive): one line on stderr, exit status 2. */
export class InputError extends UsageError {}

export interface Options {
  command: string;
  args: string[];
  json: boolean;
  format: CheckFormat;
  help: boolean;
  /** Folders of articles (--corpus, repeatable). */
  corpus: string[];
  db: string | null;
  limit: number;
  ignore: string | null;
  aliases: string | null;
  /** Largest draft read, in bytes. */
  maxDraftBytes: number;
  /** Where the persisted index of --corpus folders is kept (null: the user's cache folder); false with --no-cache. */
  cache: string | null | false;
}

export const DEFAULT_MAX_DRAFT_MB = 50;

export function parseArgs(argv: readonly string[]): Options {
  const o: Options = {
    command: '', args: [], json: false, format: 'text', help: false, corpus: [], db: null, limit: 10, ignore: null, aliases: null,
    maxDraftBytes: DEFAULT_MAX_DRAFT_MB * 1e6, cache: null,
  };
  let format: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${a} needs a value`);
      return v;
    };
    const positive = (what: string) => {
      const n = Number(value());
      if (!Number.isFinite(n) || n <= 0) throw new UsageError(`${a} takes ${what} above 0`);
      return n;
    };
    if (a === '--json') o.json = true;
    else if (a === '--help' || a === '-h') o.help = true;
    else if (a === '--corpus') o.corpus.push(value());
    else if (a === '--db') o.db = value();
    else if (a === '--ignore') o.ignore = value();
    else if (a === '--aliases') o.aliases = value();
    else if (a === '--format') format = value();
    else if (a === '--cache') o.cache = value();
    else if (a === '--no-cache') o.cache = false;
    else if (a === '--max-draft-mb') o.maxDraftBytes = positive('a number of megabytes') * 1e6;
    else if (a === '--limit') {
      o.limit = positive('a whole number');
      if (!Number.isInteger(o.limit)) throw new UsageError('--limit takes a whole number above 0');
    } else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}`);
    else if (!o.command) o.command = a;
    else o.args.push(a);
  }
  if (format !== null) {
    if (!(CHECK_FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format takes one of ${CHECK_FORMATS.join(', ')} (not "${format}")`);
    if (o.json && format !== 'json') throw new UsageError(`--json and --format ${format} ask for two formats`);
    o.format = format as CheckFormat;
  } else if (o.json) o.format = 'json';
  if (o.format !== 'text' && o.format !== 'json' && o.command && o.command !== 'check') throw new UsageError(`--format ${o.format} is for attributor check`);
  return o;
}
