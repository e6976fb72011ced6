// An in-memory workspace for the service's tests (as vscode-markdown-languageservice's): files by URI, settings
// per folder, drafts as TextDocuments. No VS Code, no disk, no server.
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArchiveOpener } from '../../src/service/archiveConnections';
import { createAttributorService, type AttributorService } from '../../src/service/attributorService';
import type { IndexThread } from '../../src/service/indexBuild';
import { readSettings } from '../../src/service/settings';
import type { AttributorWorkspace, ServiceLogger, WorkspaceFileSystem } from '../../src/service/workspace';

export const FOLDER = 'memfs:/work';

export class MemoryFiles implements WorkspaceFileSystem {
  readonly files = new Map<string, string | Uint8Array>();
  /** URIs that are symbolic links (their folder lists them marked as links). */
  readonly links = new Set<string>();

  /** Files by name in the workspace folder, or by URI anywhere (`memfs:/elsewhere/a.txt`). */
  constructor(files: Record<string, string> = {}) {
    for (const [name, text] of Object.entries(files)) this.files.set(/^[a-z]+:/.test(name) ? name : `${FOLDER}/${name}`, text);
  }

  async readDirectory(uri: string) {
    const prefix = uri.endsWith('/') ? uri : uri + '/';
    const entries = new Map<string, 'file' | 'directory'>();
    for (const file of this.files.keys()) {
      if (!file.startsWith(prefix)) continue;
      const [first, ...rest] = file.slice(prefix.length).split('/');
      entries.set(first, rest.length ? 'directory' : 'file');
    }
    if (!entries.size) throw Object.assign(new Error(`${uri} does not exist`), { code: 'ENOENT' });
    return [...entries].map(([name, kind]) => ({ name, kind, ...(this.links.has(prefix + name) ? { symlink: true } : {}) }));
  }

  async readFile(uri: string) {
    const content = this.files.get(uri);
    if (content === undefined) throw Object.assign(new Error(`${uri} does not exist`), { code: 'ENOENT' });
    return typeof content === 'string' ? new TextEncoder().encode(content) : content;
  }

  async stat(uri: string) {
    const content = this.files.get(uri);
    if (content === undefined) return { size: 0, kind: 'directory' as const };
    return { size: typeof content === 'string' ? content.length : content.length, kind: 'file' as const };
  }

  joinPath(folder: string, name: string): string {
    return `${folder.replace(/\/$/, '')}/${name}`;
  }
}

export interface TestService {
  readonly service: AttributorService;
  readonly files: MemoryFiles;
  readonly logged: string[];
  /** Settings of the `attributor` section, changeable by a test. */
  settings: Record<string, unknown>;
}

/** A service over `sources/` of an in-memory workspace (no bundled corpus unless given). */
export async function memoryService(files: Record<string, string>, settings: Record<string, unknown> = {}, options: { commandLinks?: boolean; trusted?: boolean; links?: string[]; openArchive?: ArchiveOpener; indexThread?: IndexThread } = {}): Promise<TestService> {
  const memory = new MemoryFiles(files);
  for (const link of options.links ?? []) memory.links.add(`${FOLDER}/${link}`);
  const logged: string[] = [];
  const logger: ServiceLogger = { info: (m) => logged.push(m), warn: (m) => logged.push(m), error: (m) => logged.push(m) };
  const test = { files: memory, logged, settings: { sources: ['sources'], ...settings } } as unknown as TestService;
  const workspace: AttributorWorkspace = { folders: () => [FOLDER], settings: async () => readSettings(test.settings), trusted: options.trusted };
  (test as { service: AttributorService }).service = createAttributorService({ workspace, fs: memory, logger, commandLinks: options.commandLinks, openArchive: options.openArchive, indexThread: options.indexThread });
  await test.service.start();
  return test;
}

export function draft(text: string, version = 1, name = 'draft.md'): TextDocument {
  return TextDocument.create(`${FOLDER}/${name}`, 'markdown', version, text);
}
