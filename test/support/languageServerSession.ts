// A real `attributor-ls --stdio` process, spoken to as Neovim, Helix or Zed would: the invocation is the one the
// README's editor configurations give; settings are answered as those editors answer workspace/configuration.
import * as assert from 'assert';
import { spawn, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import {
  ConfigurationRequest, createProtocolConnection, InitializedNotification, InitializeRequest, LogMessageNotification, PublishDiagnosticsNotification,
  StreamMessageReader, StreamMessageWriter, ApplyWorkspaceEditRequest, RegistrationRequest, ShutdownRequest, ExitNotification,
  type LogMessageParams, type ProtocolConnection, type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { IndexStatusNotification, ReadDirectoryRequest, ReadFileRequest, StatRequest, type IndexStatus, type InitializationOptions } from '../../src/protocol/lspExtensions';

const ROOT = path.join(__dirname, '..', '..');

/** The command line the README's editor configurations run: `attributor-ls --stdio`, the package's bin. */
function readmeInvocation(): string[] {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const neovim = /vim\.lsp\.config\('attributor', \{[\s\S]*?cmd = \{ ([^}]*) \}/.exec(readme);
  assert.ok(neovim, 'the README has a Neovim configuration');
  const helix = /\[language-server\.attributor\]\s*\ncommand = "([^"]+)"\s*\nargs = \[([^\]]*)\]/.exec(readme);
  assert.ok(helix, 'the README has a Helix configuration');
  const zed = /"attributor-ls":\s*\{\s*"binary":\s*\{\s*"path":\s*"([^"]+)",\s*"arguments":\s*\[([^\]]*)\]/.exec(readme);
  assert.ok(zed, 'the README has a Zed configuration');
  const words = (list: string) => [...list.matchAll(/["']([^"']+)["']/g)].map((m) => m[1]);
  const invocations = [words(neovim[1]), [helix[1], ...words(helix[2])], [zed[1], ...words(zed[2])]];
  for (const i of invocations) assert.deepStrictEqual(i, invocations[0], 'every editor runs the same command');
  return invocations[0];
}

export interface Session {
  readonly connection: ProtocolConnection;
  readonly child: ChildProcess;
  readonly diagnostics: PublishDiagnosticsParams[];
  readonly applied: unknown[];
  readonly statuses: IndexStatus[];
  /** What the server wrote to the editor's log (window/logMessage). */
  readonly log: string[];
}

export async function startServer(uri: string, settings: unknown = null, files?: Map<string, string>, initializationOptions?: InitializationOptions): Promise<Session> {
  const [command, ...args] = readmeInvocation();
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };
  assert.strictEqual(command, 'attributor-ls');
  const bin = path.join(ROOT, pkg.bin[command]);
  assert.ok(fs.existsSync(bin), `${pkg.bin[command]} is built (npm run build)`);
  const child = spawn(process.execPath, [bin, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const diagnostics: PublishDiagnosticsParams[] = [];
  const applied: unknown[] = [];
  const statuses: IndexStatus[] = [];
  const log: string[] = [];
  connection.onNotification(LogMessageNotification.method, (p: LogMessageParams) => {
    log.push(p.message);
  });
  connection.onNotification(IndexStatusNotification.method, (s: IndexStatus) => {
    statuses.push(s);
  });
  connection.onNotification(PublishDiagnosticsNotification.method, (p: PublishDiagnosticsParams) => {
    diagnostics.push(p);
  });
  // As Neovim and Helix do: settings asked per resource (none set: the defaults), edits applied by the editor.
  connection.onRequest(ConfigurationRequest.type, (p) => p.items.map(() => settings));
  if (files) serveFiles(connection, files);
  connection.onRequest(RegistrationRequest.type, () => undefined);
  connection.onRequest(ApplyWorkspaceEditRequest.type, (p) => {
    applied.push(p.edit);
    return { applied: true };
  });
  connection.listen();
  await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: uri,
    workspaceFolders: [{ uri, name: 'drafts' }],
    clientInfo: { name: 'Neovim' },
    ...(initializationOptions ? { initializationOptions } : {}),
    capabilities: { workspace: { configuration: true, applyEdit: true, didChangeWatchedFiles: { dynamicRegistration: true } }, textDocument: { publishDiagnostics: { relatedInformation: true } } },
  });
  await connection.sendNotification(InitializedNotification.type, {});
  return { connection, child, diagnostics, applied, statuses, log };
}

/** A virtual workspace: the client answers the server's file requests from memory (as VS Code does for vscode-vfs). */
function serveFiles(connection: ProtocolConnection, files: Map<string, string>): void {
  const under = (uri: string) => [...files.keys()].filter((f) => f.startsWith(uri.replace(/\/?$/, '/')));
  connection.onRequest(StatRequest.method, ({ uri }: { uri: string }) =>
    files.has(uri) ? { size: files.get(uri)!.length, kind: 'file' } : under(uri).length ? { size: 0, kind: 'directory' } : null,
  );
  connection.onRequest(ReadFileRequest.method, ({ uri }: { uri: string }) => ({ base64: Buffer.from(files.get(uri) ?? '').toString('base64') }));
  connection.onRequest(ReadDirectoryRequest.method, ({ uri }: { uri: string }) => {
    const names = new Map<string, 'file' | 'directory'>();
    for (const f of under(uri)) {
      const [first, ...rest] = f.slice(uri.replace(/\/?$/, '/').length).split('/');
      names.set(first, rest.length ? 'directory' : 'file');
    }
    return [...names].map(([name, kind]) => ({ name, kind }));
  });
}

export async function waitFor<T>(what: string, probe: () => T | undefined): Promise<T> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Shuts the server down as an editor does, and ends its process. */
export async function stopServer(session: Session): Promise<void> {
  await session.connection.sendRequest(ShutdownRequest.type);
  await session.connection.sendNotification(ExitNotification.type);
  session.connection.dispose();
  session.child.kill();
}
