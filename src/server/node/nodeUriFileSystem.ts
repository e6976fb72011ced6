// The service's file system on Node: `file:` URIs read from the disk by the engine's Node file system.
import { fileURLToPath } from 'url';
import { URI, Utils } from 'vscode-uri';
import { nodeFileSystem } from '../../node/nodeFileSystem';
import type { WorkspaceFileSystem } from '../../service/workspace';

export const nodeUriFileSystem: WorkspaceFileSystem = {
  readDirectory: (uri) => nodeFileSystem.readDirectory(fileURLToPath(uri)),
  readFile: (uri) => nodeFileSystem.readFile(fileURLToPath(uri)),
  stat: (uri) => nodeFileSystem.stat(fileURLToPath(uri)),
  joinPath: (folder, name) => Utils.joinPath(URI.parse(folder), name).toString(),
};
