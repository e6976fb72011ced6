// Everything the command writes. A write that fails (a full disk: ENOSPC; a closed pipe: EPIPE) ends the command
// with one line on stderr and no stack trace; `attributor quotes | head` ends quietly.
import { shownControls } from './shownControls';

export class OutputError extends Error {}

function explain(e: NodeJS.ErrnoException): string {
  if (e.code === 'ENOSPC') return 'no space left on the device';
  if (e.code === 'EPIPE') return 'the reader closed the pipe';
  return e.code ?? e.message;
}

/** Output for people (text, reports, help): control characters shown as `\\xHH` (shownControls.ts). */
export function print(text: string): void {
  printData(shownControls(text));
}

/** Output for programs (JSON, SARIF, XML), whose own escaping keeps control characters out of the terminal. */
export function printData(text: string): void {
  try {
    process.stdout.write(text.endsWith('\n') ? text : text + '\n');
  } catch (e) {
    throw new OutputError(`cannot write the output: ${explain(e as NodeJS.ErrnoException)}`);
  }
}

export function warn(line: string): void {
  try {
    process.stderr.write(`attributor: ${shownControls(line)}\n`);
  } catch {
    // Nowhere left to say it.
  }
}

/** Errors of asynchronous writes (pipes) come as events: they end the process the same way. */
export function watchOutput(): void {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    warn(`cannot write the output: ${explain(e)}`);
    process.exit(2);
  });
}
