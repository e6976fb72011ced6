// `attributor-ls`: the Attributor language server for Node, over stdio (`--stdio`), IPC (`--node-ipc`) or a socket
// (`--socket=N`), as vscode-languageserver reads the command line. Files on disk are read directly.
import * as path from 'path';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { fileURLToPath } from 'url';
import { URI } from 'vscode-uri';
import { engineVersion } from '../../node/engineVersion';
import { ArchiveIndex } from '../../archive/archiveIndex';
import { startServer } from '../attributorServer';
import { nodeUriFileSystem, onThisDisk } from './nodeUriFileSystem';
import { serverCacheStore } from './serverCacheStore';
import { workerIndexThread } from './workerIndexThread';

if (process.argv.includes('--help') || process.argv.includes('-h')) {
  process.stdout.write('attributor-ls: the Attributor language server (diagnostics, hover, quote completion, quick fixes).\n\nUsage: attributor-ls --stdio | --node-ipc | --socket=PORT\n');
  process.exit(0);
}
if (!process.argv.some((a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket') || a.startsWith('--pipe'))) {
  process.stderr.write('attributor-ls: say how to talk to the editor: --stdio, --node-ipc or --socket=PORT (see --help).\n');
  process.exit(2);
}

// dist/server.js sits next to the bundled corpus's folder, as dist/cli.js does.
const bundledCorpus = URI.file(path.join(__dirname, '..', 'corpus')).toString();
const engine = engineVersion();
// The sources' index is kept in the client's storage folder when it is on this disk (a file: URI).
const indexCache = (folder: string) => (engine && folder.startsWith('file:') ? { store: serverCacheStore(fileURLToPath(folder)), engine } : undefined);
// The index is built in a worker thread (dist/indexWorker.js, beside this file), so that the server's thread only
// reads it back in slices; the worker reads the sources on this disk itself, so their text never passes through the
// server's thread. The Node server can reach a PostgreSQL archive; a web worker's entry gives no opener.
const indexThread = workerIndexThread(path.join(__dirname, 'indexWorker.js'), undefined, onThisDisk);
startServer(createConnection(ProposedFeatures.all), { localFileSystem: nodeUriFileSystem, bundledCorpus, indexCache, indexThread, openArchive: (url) => ArchiveIndex.open(url) });
