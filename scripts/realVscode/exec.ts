// Runs a command to completion and fails loudly: a non-zero exit becomes an Error carrying the end of its output.
import { spawn } from 'child_process';
import * as fs from 'fs';

export interface ExecOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Append the command's output here instead of showing it. */
  logFile?: string;
  /** Show the output (stdio inherited); ignored when logFile is set. */
  inherit?: boolean;
}

export interface ExecResult {
  stdout: string;
}

export function exec(command: string, args: readonly string[], options: ExecOptions = {}): Promise<ExecResult> {
  return new Promise((resolve, reject) => {
    const log = options.logFile ? fs.openSync(options.logFile, 'a') : undefined;
    if (log !== undefined) fs.writeSync(log, `\n$ ${command} ${args.join(' ')}\n`);
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', log ?? (options.inherit ? 'inherit' : 'pipe'), log ?? (options.inherit ? 'inherit' : 'pipe')],
    });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', (error) => {
      if (log !== undefined) fs.closeSync(log);
      reject(new Error(`could not start ${command}: ${error.message}`));
    });
    child.on('close', (code, signal) => {
      if (log !== undefined) fs.closeSync(log);
      if (code === 0) return resolve({ stdout: output });
      const tail = log !== undefined ? tailOfFile(options.logFile!, 40) : output.split('\n').slice(-40).join('\n');
      const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
      reject(new Error(`${command} ${args.join(' ')} ${how}${options.logFile ? ` (full log: ${options.logFile})` : ''}\n${tail}`));
    });
  });
}

export function tailOfFile(file: string, lines: number): string {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}
