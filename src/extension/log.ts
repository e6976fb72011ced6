import * as vscode from 'vscode';
import type { Logger } from '../core';

/** The "Attributor" output channel: load problems, errors and timings go here, never to a modal. */
export class Log implements Logger, vscode.Disposable {
  readonly channel: vscode.LogOutputChannel;

  constructor() {
    this.channel = vscode.window.createOutputChannel('Attributor', { log: true });
  }

  info(message: string): void {
    this.channel.info(message);
  }

  warn(message: string): void {
    this.channel.warn(message);
  }

  error(message: string, error?: unknown): void {
    const detail = error instanceof Error ? error.stack ?? error.message : error === undefined ? '' : String(error);
    this.channel.error(detail ? `${message}: ${detail}` : message);
  }

  /** Runs `fn`, reporting (not rethrowing) what it throws. */
  guard<T>(what: string, fn: () => T, fallback: T): T {
    try {
      return fn();
    } catch (error) {
      this.error(what, error);
      return fallback;
    }
  }

  async guardAsync<T>(what: string, fn: () => Promise<T> | T, fallback: T): Promise<T> {
    try {
      return await fn();
    } catch (error) {
      this.error(what, error);
      return fallback;
    }
  }

  show(): void {
    this.channel.show(true);
  }

  dispose(): void {
    this.channel.dispose();
  }
}
