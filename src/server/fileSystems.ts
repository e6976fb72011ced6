// The service's file system in the server: files on disk through the host's own file system (the node entry gives
// one), every other URI scheme (virtual workspaces) read through the client, as the Markdown server does.
import type { Connection } from 'vscode-languageserver';
import { URI, Utils } from 'vscode-uri';
import { ReadDirectoryRequest, ReadFileRequest, StatRequest } from '../protocol/lspExtensions';
import type { WorkspaceFileSystem } from '../service/workspace';

function joinPath(folder: string, name: string): string {
  return Utils.joinPath(URI.parse(folder), name).toString();
}

function notFound(uri: string): Error {
  return Object.assign(new Error(`${uri} does not exist`), { code: 'ENOENT' });
}

function decodeBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Reads through the client's file system (`attributor/fs/*` requests). */
export function clientFileSystem(connection: Connection): WorkspaceFileSystem {
  return {
    async readDirectory(uri) {
      return connection.sendRequest(ReadDirectoryRequest, { uri });
    },
    async readFile(uri) {
      const stat = await connection.sendRequest(StatRequest, { uri });
      if (!stat) throw notFound(uri);
      return decodeBase64((await connection.sendRequest(ReadFileRequest, { uri })).base64);
    },
    async stat(uri) {
      const stat = await connection.sendRequest(StatRequest, { uri });
      if (!stat) throw notFound(uri);
      return stat;
    },
    joinPath,
  };
}

/** `file:` URIs through `local` (when the host has a disk), every other scheme through the client (when it offers). */
export function routedFileSystem(local: WorkspaceFileSystem | undefined, client: WorkspaceFileSystem | undefined): WorkspaceFileSystem {
  const pick = (uri: string): WorkspaceFileSystem => {
    const fs = uri.startsWith('file:') ? local ?? client : client ?? local;
    if (!fs) throw Object.assign(new Error(`cannot read ${uri}: no file system for it`), { code: 'ENOENT' });
    return fs;
  };
  return {
    readDirectory: (uri) => pick(uri).readDirectory(uri),
    readFile: (uri) => pick(uri).readFile(uri),
    stat: (uri) => pick(uri).stat(uri),
    joinPath,
  };
}
