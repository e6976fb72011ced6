// Builds the .vsix a user installs: the production bundle, then `vsce package`, which takes only what the
// .vscodeignore allow-list lets in.
//
//   npm run package                        -> attributor-<version>.vsix in the repository root
//   npx tsx scripts/realVscode/packageExtension.ts --out some/file.vsix [--no-bundle]
import * as fs from 'fs';
import * as path from 'path';
import { exec } from './exec';
import { repoRoot } from './paths';

/** With `bundle: false` it packages dist/extension.js as it is (say, from `npm run build`). */
export async function packageExtension(outFile: string, { bundle = true } = {}): Promise<string> {
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.rmSync(outFile, { force: true });
  if (bundle) await exec(process.execPath, [path.join(repoRoot, 'scripts', 'bundle.mjs'), '--production'], { cwd: repoRoot });
  if (!fs.existsSync(path.join(repoRoot, 'dist', 'extension.js'))) throw new Error('dist/extension.js is missing: run npm run build');
  const vsce = path.join(path.dirname(require.resolve('@vscode/vsce/package.json')), 'vsce');
  await exec(
    process.execPath,
    [
      vsce, 'package',
      '--out', outFile,
      // Everything is bundled into dist/extension.js: no node_modules in the package.
      '--no-dependencies',
      // The project names no public repository, so README links stay as they are.
      '--allow-missing-repository',
      '--no-rewrite-relative-links',
    ],
    { cwd: repoRoot },
  );
  if (!fs.existsSync(outFile)) throw new Error(`vsce reported success but ${outFile} is missing`);
  return outFile;
}

export function defaultVsixPath(): string {
  const { name, version } = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { name: string; version: string };
  return path.join(repoRoot, `${name}-${version}.vsix`);
}

if (require.main === module) {
  const outIndex = process.argv.indexOf('--out');
  const outFile = outIndex > 0 ? path.resolve(process.argv[outIndex + 1]) : defaultVsixPath();
  packageExtension(outFile, { bundle: !process.argv.includes('--no-bundle') }).then(
    (file) => console.log(`packaged ${path.relative(process.cwd(), file) || file} (${Math.round(fs.statSync(file).size / 1024)} KiB)`),
    (error: Error) => {
      console.error(`package: FAILED: ${error.message}`);
      process.exit(1);
    },
  );
}
