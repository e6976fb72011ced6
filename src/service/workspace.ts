// What the service needs from its host, injected (vscode-markdown-languageservice's shape): the workspace folders,
// settings per resource, a file system over URIs, a logger. The language server provides them over LSP; the tests
// provide them in memory.
import type { CorpusFileSystem, Logger } from '../core';
import type { AttributorSettings } from './settings';

export interface AttributorWorkspace {
  /** The workspace folders' URIs, in order. */
  folders(): readonly string[];
  /** The settings that apply to a document or folder (read each time: a folder can override them). */
  settings(resource: string | undefined): Promise<AttributorSettings>;
  /** The folder URI of the bundled corpus, when there is one. */
  readonly bundledCorpus?: string;
  /**
   * False in a workspace the editor does not trust (VS Code's Restricted Mode): then nothing outside the workspace
   * folders is read. Editors without workspace trust leave it out (trusted).
   */
  readonly trusted?: boolean;
}

/** The engine's file system, with URI strings for paths (so that virtual file systems work too). */
export type WorkspaceFileSystem = CorpusFileSystem;

export interface ServiceLogger extends Logger {
  error(message: string, error?: unknown): void;
}

/** Whether an error says that a file does not exist (Node, VS Code and the client's file requests say it differently). */
export function isNotFound(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  return code === 'ENOENT' || code === 'FileNotFound' || code === 'EntryNotFound';
}

/** A UTF-8 text file, or undefined when it does not exist. */
export async function readTextIfExists(fs: WorkspaceFileSystem, uri: string): Promise<string | undefined> {
  try {
    return new TextDecoder('utf-8').decode(await fs.readFile(uri)).replace(/^\uFEFF/, '');
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}
