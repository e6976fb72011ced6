import * as assert from 'assert';
import * as path from 'path';
import { nodeFileSystem } from '../../src/node/nodeFileSystem';

describe("Node's file system for the engine", () => {
  // The paths a listing gives are the ones findings and citations show; the join's shortcut must never change them.
  it('joins a folder and a name exactly as path.join does, whatever the folder', () => {
    const folders = ['/news/sources', '/news/sources/', '/', '.', '', 'sources', './sources', 'a/./b', 'a/../b', '../up', '/news//sources', 'C:\\news'];
    const names = ['article-1.txt', 'Mara Quill interview.md', '.hidden', '..', '.', 'sub/dir.txt', '', '..txt'];
    for (const folder of folders) {
      // Twice over, in both orders, so the remembered folder is exercised as well as a fresh one.
      for (const name of [...names, ...names.slice().reverse()]) {
        assert.strictEqual(nodeFileSystem.joinPath(folder, name), path.join(folder, name), `${JSON.stringify(folder)} + ${JSON.stringify(name)}`);
      }
    }
  });
});
