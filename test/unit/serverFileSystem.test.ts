// The language server's disk reads are synchronous underneath; a long run of them (listing and stat-ing 10,000
// sources) must still let the server answer the messages waiting meanwhile.
import * as assert from 'assert';
import { pathToFileURL } from 'url';
import { nodeUriFileSystem } from '../../src/server/node/nodeUriFileSystem';

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
});
