// Bundles the in-host test entry (test/host/index.ts) and each spec (test/host/*.spec.ts) into out/test/host/ (or a
// folder of the caller's inside the repository), one file each, so the entry can find the specs by name. `vscode` and `mocha` stay external: the extension host
// provides the first, the repository's node_modules the second.
import * as fs from 'fs';
import * as path from 'path';
import { build } from 'esbuild';
import { hostTestsOutDir, repoRoot } from '../realVscode/paths';

export async function bundleHostTests(outDir = hostTestsOutDir): Promise<string> {
  const sourceDir = path.join(repoRoot, 'test', 'host');
  const specs = fs.readdirSync(sourceDir).filter((name) => name.endsWith('.spec.ts'));
  fs.rmSync(outDir, { recursive: true, force: true });
  await build({
    entryPoints: ['index.ts', ...specs].map((name) => path.join(sourceDir, name)),
    outdir: outDir,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: 'inline',
    external: ['vscode', 'mocha'],
    mainFields: ['module', 'main'],
    logLevel: 'warning',
  });
  return path.join(outDir, 'index.js');
}

if (require.main === module) {
  bundleHostTests().then(
    (entry) => console.log(`bundled the in-host tests: ${path.relative(repoRoot, entry)} and ${path.dirname(path.relative(repoRoot, entry))}/*.spec.js`),
    (error: Error) => {
      console.error(`bundleTests: FAILED: ${error.message}`);
      process.exit(1);
    },
  );
}
