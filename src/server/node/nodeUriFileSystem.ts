// The service's file system on Node: `file:` URIs read from the disk by the engine's Node file system. Its reads are
// synchronous (a thread-pool round trip a file was several times slower), and an `await` on them lets only other
// promises run, not the server's messages: listing and stat-ing 10,000 sources held the thread 340-420 ms in one go.
// So on the server's thread every call first gives the event loop a turn once the calls before it have held the
// thread for a slice; the index's worker thread, which answers nobody, reads at once.
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

function uriFileSystem(beforeEachCall: () => Promise<void>): WorkspaceFileSystem {
  // A folder's entries are joined to it one after another, with no call between them to give a turn: parsing the
  // folder's URI again for each of 10,000 entries held the thread about 110 ms in one go, under load.
  let folderUri = '';
  let folderParsed = URI.parse('file:///');
  return {
    readDirectory: async (uri) => {
      await beforeEachCall();
      return nodeFileSystem.readDirectory(fileURLToPath(uri));
    },
    readFile: async (uri) => {
      await beforeEachCall();
      return nodeFileSystem.readFile(fileURLToPath(uri));
    },
    stat: async (uri) => {
      await beforeEachCall();
      return nodeFileSystem.stat(fileURLToPath(uri));
    },
    joinPath: (folder, name) => {
      if (folder !== folderUri) {
        folderParsed = URI.parse(folder);
        folderUri = folder;
      }
      return Utils.joinPath(folderParsed, name).toString();
    },
  };
}

/** For the server's thread: a turn of its event loop after each slice of calls. */
export const nodeUriFileSystem: WorkspaceFileSystem = uriFileSystem(turnWhenDue);

/** For the index's worker thread: every call at once. */
export const workerUriFileSystem: WorkspaceFileSystem = uriFileSystem(async () => {});

/** The URIs both read: files on this machine's disk. */
export function onThisDisk(uri: string): boolean {
  return uri.startsWith('file:');
}
