// `attributor`: the engine on the command line, for a writer's terminal or a newsroom's CI. Every bad input ends
// with one line on stderr and exit status 2, never a stack trace.
import { runCheck } from './checkCommand';
import { InputError, parseArgs, UsageError, type Options } from './cliOptions';
import { runComplete } from './completeCommand';
import { runFind } from './findCommand';
import { HELP } from './helpText';
import { OutputError, print, warn, watchOutput } from './output';
import { runQuotes } from './quotesCommand';
import { runReport } from './reportCommand';

// `archive` alone needs the PostgreSQL client (pg and its COPY streams), whose loading every other run would pay
// at start: it is loaded only when that command runs (esbuild keeps the dynamic import lazy in the bundle).
const runArchive = async (o: Options): Promise<number> => (await import('./archiveCommand')).runArchive(o);

const COMMANDS: Record<string, (o: Options) => Promise<number>> = { check: runCheck, report: runReport, quotes: runQuotes, find: runFind, complete: runComplete, archive: runArchive };

export async function main(argv: string[]): Promise<number> {
  try {
    const o = parseArgs(argv);
    if (o.help) {
      if (o.command && !HELP[o.command]) throw new UsageError(`unknown command "${o.command}"`);
      print(HELP[o.command || 'main']);
      return 0;
    }
    if (!o.command) throw new UsageError('no command given');
    const command = COMMANDS[o.command];
    if (!command) throw new UsageError(`unknown command "${o.command}"`);
    return await command(o);
  } catch (e) {
    if (e instanceof InputError) warn(e.message);
    else if (e instanceof UsageError) {
      const command = argv.find((a) => HELP[a] && a !== 'main');
      warn(`${e.message} (see: attributor ${command ? `${command} ` : ''}--help)`);
    } else if (e instanceof OutputError) warn(e.message);
    else warn(`internal error: ${(e as Error).message?.split('\n')[0] ?? String(e)}`);
    return 2;
  }
}

if (require.main === module) {
  watchOutput();
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
