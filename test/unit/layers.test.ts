// The architecture as a test: which layer may import what, the core's stage order, and no import cycles.
// Every import of every source file is read (type-only imports too: a cycle of types is still a cycle).
import * as assert from 'assert';
import * as fs from 'fs';
import { builtinModules } from 'module';
import * as path from 'path';
import * as ts from 'typescript';

const SRC = path.join(__dirname, '..', '..', 'src');

/** The core's stages in data-flow order: a stage may import its own files and earlier stages', never later ones. */
const CORE_STAGES = ['text', 'sources', 'attribution', 'index', 'draft', 'writing'];
/** npm packages the core may use: pure JavaScript with no Node built-in and no editor or transport. */
const CORE_PACKAGES = new Set(['minisearch', 'diff', 'jsonc-parser']);
/** Folders that make up the VS Code client: the only code that may import `vscode`. */
const CLIENT_FOLDERS = ['client', 'extension'];
/** Packages the service may use: LSP's types, documents and URIs, never a transport. */
const SERVICE_PACKAGES = new Set(['vscode-languageserver-types', 'vscode-languageserver-protocol', 'vscode-languageserver-textdocument', 'vscode-uri']);
const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

interface SourceFile {
  /** Path relative to src/, with forward slashes. */
  readonly file: string;
  /** Relative imports resolved to files relative to src/. */
  readonly local: string[];
  /** Bare package specifiers. */
  readonly packages: string[];
}

function listSources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return listSources(full);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [full] : [];
  });
}

function resolveLocal(from: string, specifier: string): string {
  const base = path.resolve(path.dirname(from), specifier);
  for (const candidate of [`${base}.ts`, path.join(base, 'index.ts')]) {
    if (fs.existsSync(candidate)) return path.relative(SRC, candidate).split(path.sep).join('/');
  }
  throw new Error(`${path.relative(SRC, from)}: cannot resolve ${specifier}`);
}

function readSources(): SourceFile[] {
  return listSources(SRC).map((full) => {
    const info = ts.preProcessFile(fs.readFileSync(full, 'utf8'), true, true);
    const specifiers = info.importedFiles.map((f) => f.fileName);
    return {
      file: path.relative(SRC, full).split(path.sep).join('/'),
      local: specifiers.filter((s) => s.startsWith('.')).map((s) => resolveLocal(full, s)),
      packages: specifiers.filter((s) => !s.startsWith('.')),
    };
  });
}

function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

function layerOf(file: string): string {
  return file.split('/')[0];
}

describe('layers', () => {
  const sources = readSources();

  it('reads the source tree', () => {
    assert.ok(sources.length > 20, `only ${sources.length} files under src/`);
    assert.ok(sources.some((s) => s.file.startsWith('core/attribution/')));
  });

  it('only the VS Code client imports vscode', () => {
    const offenders = sources.filter((s) => s.packages.includes('vscode') && !CLIENT_FOLDERS.includes(layerOf(s.file))).map((s) => s.file);
    assert.deepStrictEqual(offenders, []);
  });

  it('the core imports no Node built-in, no editor and no transport: only its own files and pure packages', () => {
    const offenders = sources
      .filter((s) => layerOf(s.file) === 'core')
      .flatMap((s) => s.packages.filter((p) => NODE_BUILTINS.has(p) || !CORE_PACKAGES.has(packageName(p))).map((p) => `${s.file} imports ${p}`));
    assert.deepStrictEqual(offenders, []);
  });

  it('the core imports nothing outside itself', () => {
    const offenders = sources
      .filter((s) => layerOf(s.file) === 'core')
      .flatMap((s) => s.local.filter((l) => layerOf(l) !== 'core').map((l) => `${s.file} imports ${l}`));
    assert.deepStrictEqual(offenders, []);
  });

  it("each core stage imports only its own and earlier stages' files", () => {
    const stageOf = (file: string) => CORE_STAGES.indexOf(file.split('/')[1]);
    const offenders: string[] = [];
    for (const s of sources.filter((x) => layerOf(x.file) === 'core')) {
      const own = stageOf(s.file);
      if (own < 0) continue; // core/index.ts (the public surface) and core/types.ts stand above the stages
      for (const l of s.local) {
        const target = stageOf(l);
        if (target > own) offenders.push(`${s.file} imports ${l}`);
        if (target < 0 && l !== 'core/types.ts') offenders.push(`${s.file} imports the public surface ${l}`);
      }
    }
    assert.deepStrictEqual(offenders, []);
  });

  it('the service speaks LSP types but no transport, and imports only the core and the protocol', () => {
    const offenders: string[] = [];
    for (const s of sources.filter((x) => layerOf(x.file) === 'service')) {
      for (const p of s.packages) if (!SERVICE_PACKAGES.has(packageName(p)) || p.startsWith('vscode-languageserver/')) offenders.push(`${s.file} imports ${p}`);
      for (const l of s.local) if (!['core', 'service', 'protocol'].includes(layerOf(l))) offenders.push(`${s.file} imports ${l}`);
    }
    assert.deepStrictEqual(offenders, []);
  });

  it('pg is used only by the archive, and the archive serves the fronts without depending on them', () => {
    const offenders: string[] = [];
    for (const s of sources) {
      const layer = layerOf(s.file);
      if (s.packages.some((p) => packageName(p) === 'pg') && layer !== 'archive') offenders.push(`${s.file} imports pg`);
      if (layer === 'archive' && s.local.some((l) => !['archive', 'core'].includes(layerOf(l)))) offenders.push(`${s.file} imports outside core and archive`);
      if (layer === 'archive' && s.packages.some((p) => p === 'vscode' || p.startsWith('vscode-languageserver'))) offenders.push(`${s.file} imports an editor package`);
    }
    assert.deepStrictEqual(offenders, []);
  });

  it('the server runs without Node outside its node entry (a web worker can host it), on the service', () => {
    const offenders: string[] = [];
    for (const s of sources.filter((x) => layerOf(x.file) === 'server')) {
      const nodeEntry = s.file.startsWith('server/node/');
      for (const p of s.packages) if (!nodeEntry && (NODE_BUILTINS.has(p) || p === 'vscode-languageserver/node')) offenders.push(`${s.file} imports ${p}`);
      const allowed = nodeEntry ? ['core', 'service', 'protocol', 'server', 'node', 'archive'] : ['core', 'service', 'protocol', 'server'];
      for (const l of s.local) if (!allowed.includes(layerOf(l))) offenders.push(`${s.file} imports ${l}`);
    }
    assert.deepStrictEqual(offenders, []);
  });

  it('the protocol file stands alone: server and client share it and nothing else', () => {
    const offenders = sources
      .filter((s) => layerOf(s.file) === 'protocol')
      .flatMap((s) => [...s.local.filter((l) => layerOf(l) !== 'protocol'), ...s.packages.filter((p) => p !== 'vscode-languageserver-protocol')].map((x) => `${s.file} imports ${x}`));
    assert.deepStrictEqual(offenders, []);
  });

  it('the VS Code client holds no engine: it talks to the server through the protocol', () => {
    const offenders = sources
      .filter((s) => layerOf(s.file) === 'client')
      .flatMap((s) => s.local.filter((l) => !['client', 'protocol'].includes(layerOf(l))).map((l) => `${s.file} imports ${l}`));
    assert.deepStrictEqual(offenders, []);
  });

  it('has no import cycles', () => {
    const graph = new Map(sources.map((s) => [s.file, s.local]));
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const visit = (file: string, trail: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push([...trail.slice(trail.indexOf(file)), file].join(' -> '));
        return;
      }
      state.set(file, 'open');
      for (const next of graph.get(file) ?? []) visit(next, [...trail, file]);
      state.set(file, 'done');
    };
    for (const file of graph.keys()) visit(file, []);
    assert.deepStrictEqual(cycles, []);
  });
});
