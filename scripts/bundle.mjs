// Bundles the extension (the VS Code client), the language server, the CLI and the benchmark with esbuild. Type checking is a separate step (`npm run typecheck`).
import { createHash } from 'crypto';
import { readFileSync, readdirSync } from 'fs';
import { build } from 'esbuild';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

// The engine's version for persisted indexes: a digest of the engine's own code, so an index written by any other
// engine (even one with the same package version) is never read.
const core = new URL('../src/core/', import.meta.url);
const engineHash = createHash('sha256').update(version);
for (const file of readdirSync(core, { recursive: true }).map(String).filter((f) => f.endsWith('.ts')).sort()) {
  engineHash.update(file).update(readFileSync(new URL(file, core)));
}
const engine = JSON.stringify(engineHash.digest('hex').slice(0, 16));

const production = process.argv.includes('--production');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'warning',
  // ES modules first: jsonc-parser's UMD build loads its parts with a require() esbuild cannot follow.
  mainFields: ['module', 'main'],
  // Regex literals with \p{…} stay literals. esbuild's table marks Unicode property escapes unsupported on every
  // Node (they fail its Unicode 16 test), so it wrote each as `new RegExp("…", "u")`, built anew at every call: ~4,900
  // constructions a check of a 10,000-word draft. The runtime reads the pattern either way, with its own Unicode data,
  // and Node ≥ 20.19 (package.json engines) has the escapes.
  supported: { 'regexp-unicode-property-escapes': true },
};

await Promise.all([
  build({ ...common, entryPoints: ['src/client/main.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
  // pg's optional native binding (pg-native) is not installed: the pure JavaScript client is used.
  // The command line's code; dist/cli.js (below) runs it with V8's code cache.
  build({ ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cliMain.js', external: ['pg-native'], define: { ATTRIBUTOR_VERSION: JSON.stringify(version), ATTRIBUTOR_ENGINE: engine } }).then(() =>
    build({ ...common, entryPoints: ['src/cli/launch.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, define: { ATTRIBUTOR_CLI_MAIN: JSON.stringify(createHash('sha256').update(readFileSync('dist/cliMain.js')).digest('hex').slice(0, 16)) } }),
  ),
  build({ ...common, entryPoints: ['src/server/node/main.ts'], outfile: 'dist/server.js', banner: { js: '#!/usr/bin/env node' }, external: ['pg-native'], define: { ATTRIBUTOR_ENGINE: engine } }),
  // The language server's index thread, started by dist/server.js from beside it.
  build({ ...common, entryPoints: ['src/server/node/indexWorker.ts'], outfile: 'dist/indexWorker.js' }),
  // The command line's word index thread for a cold build, started by dist/cli.js from beside it.
  build({ ...common, entryPoints: ['src/node/wordIndexWorker.ts'], outfile: 'dist/wordIndexWorker.js' }),
  build({ ...common, entryPoints: ['test/bench/bench.ts'], outfile: 'dist/bench.js', external: ['pg-native'], define: { ATTRIBUTOR_ENGINE: engine } }),
]);
