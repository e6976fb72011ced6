// The language server builds for a web worker: bundled for the browser, it needs no Node module (nothing in the
// core, the service or the server reaches for one outside the Node entry).
import * as assert from 'assert';
import * as path from 'path';
import { build } from 'esbuild';

describe('the language server for a web worker', function () {
  this.timeout(60_000);

  it('bundles for the browser with no Node module', async () => {
    const result = await build({
      entryPoints: [path.join(__dirname, '..', '..', 'src', 'server', 'browser', 'main.ts')],
      bundle: true,
      platform: 'browser',
      format: 'iife',
      write: false,
      logLevel: 'silent',
      metafile: true,
    });
    assert.deepStrictEqual(result.errors, []);
    const inputs = Object.keys(result.metafile.inputs);
    assert.ok(inputs.some((i) => i.includes('src/service/attributorService.ts')), 'the service is in the bundle');
    assert.deepStrictEqual(inputs.filter((i) => /(^|\/)(node:|server\/node\/)/.test(i)), []);
    assert.doesNotMatch(result.outputFiles[0].text, /require\(["'](fs|path|url|child_process|os)["']\)/);
  });
});
