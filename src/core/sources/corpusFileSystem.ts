/** What the engine needs from a file system. The CLI passes Node's, the extension passes `vscode.workspace.fs`. */
export interface CorpusFileSystem {
  /** The entries of a folder; `symlink` marks a symbolic link (its `kind` is its target's, when it has one). */
  readDirectory(path: string): Promise<Array<{ name: string; kind: 'file' | 'directory' | 'other'; symlink?: boolean }>>;
  readFile(path: string): Promise<Uint8Array>;
  /** `mtime`: the modification time in milliseconds, where the file system knows it (a persisted index is keyed by it). */
  stat(path: string): Promise<{ size: number; kind: 'file' | 'directory' | 'other'; mtime?: number }>;
  joinPath(folder: string, name: string): string;
}
