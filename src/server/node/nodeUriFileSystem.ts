// The service's file system on Node: `file:` URIs read from the disk by the engine's Node file system. Its reads are
// synchronous (a thread-pool round trip a file was several times slower), and an `await` on them lets only other
// promises run, not the server's messages: listing and stat-ing 10,000 sources held the thread 340-420 ms in one go.
// So every call first gives the event loop a turn once the calls before it have held the thread for a slice.
import { fileURLToPath } from 'url';
import { URI, Utils } from 'vscode-uri';
import { nodeFileSystem } from '../../node/nodeFileSystem';
import type { WorkspaceFileSystem } from '../../service/workspace';

/** How long file calls may run back to back before the server answers what is waiting. */
const SLICE_MS = 10;
let sliceStart = performance.now();

async function turnWhenDue(): Promise<void> {
  if (performance.now() - sliceStart < SLICE_MS) return;
  await new Promise((resolve) => setImmediate(resolve));
  sliceStart = performance.now();
}

export const nodeUriFileSystem: WorkspaceFileSystem = {
  readDirectory: async (uri) => {
    await turnWhenDue();
    return nodeFileSystem.readDirectory(fileURLToPath(uri));
  },
  readFile: async (uri) => {
    await turnWhenDue();
    return nodeFileSystem.readFile(fileURLToPath(uri));
  },
  stat: async (uri) => {
    await turnWhenDue();
    return nodeFileSystem.stat(fileURLToPath(uri));
  },
  joinPath: (folder, name) => Utils.joinPath(URI.parse(folder), name).toString(),
};
