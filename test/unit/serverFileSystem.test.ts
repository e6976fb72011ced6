// The language server's disk reads are synchronous underneath; a long run of them (listing and stat-ing 10,000
// sources) must still let the server answer the messages waiting meanwhile.
import * as assert from 'assert';
import { pathToFileURL } from 'url';
import { URI, Utils } from 'vscode-uri';
import { nodeUriFileSystem, workerUriFileSystem } from '../../src/server/node/nodeUriFileSystem';

describe("the language server's file system on disk", () => {
  it('lets waiting work run during a long run of file calls', async () => {
    const uri = pathToFileURL(__filename).toString();
    let waited = false;
    setTimeout(() => (waited = true), 0);
    const started = Date.now();
    let calls = 0;
    // Before, each call ran at once and an await let only promises through: the timer waited for the whole run.
    while (!waited && Date.now() - started < 3000) {
      await nodeUriFileSystem.stat(uri);
      calls++;
    }
    assert.ok(waited, `the waiting timer ran during the calls (${calls} calls in ${Date.now() - started} ms)`);
  });

  it('joins names to folders as vscode-uri does, whichever folder came before', () => {
    const folders = ['file:///work/sources', 'file:///work/sources/', 'file:///work/other%20folder', 'file:///c%3A/Users/ann/news'];
    const names = ['a.txt', 'caf\u00e9 #1.md', 'sub', 'x y?.txt'];
    for (const fs of [nodeUriFileSystem, workerUriFileSystem]) {
      for (const name of names) {
        for (const folder of [...folders, ...folders.slice().reverse()]) {
          assert.strictEqual(fs.joinPath(folder, name), Utils.joinPath(URI.parse(folder), name).toString());
        }
      }
    }
  });
});
