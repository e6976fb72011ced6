// The language server as an editor meets it: `attributor-ls --stdio` started, a draft opened, the first diagnostics;
// then a rebuild of the index while hovers keep coming, to see how long a request waits. Numbers, not assertions.
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import {
  ConfigurationRequest, createProtocolConnection, DidOpenTextDocumentNotification, ExitNotification, HoverRequest, InitializedNotification, InitializeRequest,
  PublishDiagnosticsNotification, RegistrationRequest, ShutdownRequest, StreamMessageReader, StreamMessageWriter, type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { URI } from 'vscode-uri';
import { IndexStatusNotification, RebuildIndexRequest, type IndexStatus } from '../../src/protocol/lspExtensions';

const DRAFT = 'Zelensky said Russia would use "all available means" to protect them.\n';

export interface ServerFigures {
  readonly startMs: number;
  readonly firstDiagnosticsMs: number;
  readonly buildMs: number;
  readonly longestStepMs: number;
  readonly hoverDuringRebuild: { readonly count: number; readonly p50: number; readonly max: number };
  /** How the persisted index served the first build. */
  readonly cache: string;
}

/**
 * Runs dist/server.js on `sourcesFolder` (or only the bundled corpus) and measures it; `indexCache`: the folder for its
 * persisted index; `coldRebuild`: empty that folder before the rebuild, so that the rebuild builds and writes it again.
 */
export async function measureServer(sourcesFolder: string | null, indexCache?: string, coldRebuild = false): Promise<ServerFigures> {
  const started = performance.now();
  // ATTRIBUTOR_BENCH_SERVER_FLAGS: node flags for the server (`--cpu-prof --cpu-prof-dir=DIR` to profile it; Node
  // refuses --cpu-prof in NODE_OPTIONS).
  const flags = (process.env.ATTRIBUTOR_BENCH_SERVER_FLAGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...flags, path.join(__dirname, 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'attributor-bench-ls-'));
  const settings = { sources: sourcesFolder ? [sourcesFolder] : [], includeBundledCorpus: true };
  let firstDiagnostics = 0;
  let resolveDiagnostics!: () => void;
  const diagnosed = new Promise<void>((resolve) => (resolveDiagnostics = resolve));
  const statuses: IndexStatus[] = [];
  connection.onNotification(PublishDiagnosticsNotification.method, (p: PublishDiagnosticsParams) => {
    if (p.diagnostics.length && !firstDiagnostics) {
      firstDiagnostics = performance.now();
      resolveDiagnostics();
    }
  });
  connection.onNotification(IndexStatusNotification.method, (s: IndexStatus) => {
    statuses.push(s);
  });
  connection.onRequest(ConfigurationRequest.type, (p) => p.items.map(() => settings));
  connection.onRequest(RegistrationRequest.type, () => undefined);
  connection.listen();
  const uri = URI.file(workspace).toString();
  await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: uri, workspaceFolders: [{ uri, name: 'bench' }], capabilities: { workspace: { configuration: true } }, initializationOptions: indexCache ? { indexCache: URI.file(indexCache).toString() } : undefined });
  const startMs = performance.now() - started;
  const opened = performance.now();
  await connection.sendNotification(InitializedNotification.type, {});
  const draftUri = `${uri}/draft.md`;
  await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: draftUri, languageId: 'markdown', version: 1, text: DRAFT } });
  await diagnosed;
  const firstDiagnosticsMs = firstDiagnostics - opened;
  const first = statuses.find((s) => s.state === 'ready');
  // A rebuild while an editor keeps asking: every hover is answered from the index already there.
  const latencies: number[] = [];
  if (coldRebuild && indexCache) for (const f of fs.readdirSync(indexCache)) fs.rmSync(path.join(indexCache, f), { force: true });
  let rebuilding = true;
  const rebuilt = connection.sendRequest(RebuildIndexRequest.method).then(() => (rebuilding = false));
  while (rebuilding) {
    const t = performance.now();
    await connection.sendRequest(HoverRequest.type, { textDocument: { uri: draftUri }, position: { line: 0, character: 40 } });
    latencies.push(performance.now() - t);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await rebuilt;
  await connection.sendRequest(ShutdownRequest.type);
  // The server ends on `exit` (and writes its profile, when asked to); killed if it has not within 5 s.
  const exited = new Promise((resolve) => child.once('exit', resolve));
  await connection.sendNotification(ExitNotification.type);
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
  connection.dispose();
  child.kill();
  fs.rmSync(workspace, { recursive: true, force: true });
  latencies.sort((a, b) => a - b);
  return {
    startMs,
    firstDiagnosticsMs,
    // The slowest of the builds (with a persisted index, the rebuild is warm and builds nothing).
    buildMs: Math.max(...statuses.map((s) => s.buildMs ?? NaN).filter((n) => !Number.isNaN(n)), 0),
    longestStepMs: Math.max(...statuses.map((s) => s.longestStepMs ?? NaN).filter((n) => !Number.isNaN(n)), 0),
    hoverDuringRebuild: { count: latencies.length, p50: latencies[latencies.length >> 1] ?? NaN, max: latencies.at(-1) ?? NaN },
    cache: first?.cache ?? 'off',
  };
}

export function formatServerFigures(label: string, f: ServerFigures): string {
  const ms = (n: number) => (n < 10 ? n.toFixed(1) : Math.round(n).toString());
  return `${label.padEnd(22)} (index cache ${f.cache}) server start ${ms(f.startMs)} ms | didOpen → first diagnostics ${ms(f.firstDiagnosticsMs)} ms | index build ${ms(f.buildMs)} ms, longest step ${ms(f.longestStepMs)} ms | hover during a rebuild: ${f.hoverDuringRebuild.count} asked, p50 ${ms(f.hoverDuringRebuild.p50)} ms, max ${ms(f.hoverDuringRebuild.max)} ms`;
}
