// The running language server as the client's features see it: started after activation returns, restarted when
// the served languages change; its index status (for the status bar, views and API) as the server reports it.
import * as vscode from 'vscode';
import type { RequestType, RequestType0 } from 'vscode-languageclient';
import type { LanguageClient } from 'vscode-languageclient/node';
import { IndexStatusNotification, ServerCommand, WorkspaceTrustNotification, type EditResult, type IndexStatus } from '../protocol/lspExtensions';
import { createLanguageClient, servedLanguages, tellFileChanged } from './languageClient';

export class ServerSession implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private starting: Promise<LanguageClient> | undefined;
  private currentStatus: IndexStatus | undefined;
  private resolveIndexed!: () => void;
  private readonly indexed = new Promise<void>((resolve) => (this.resolveIndexed = resolve));
  private readonly statusChanged = new vscode.EventEmitter<IndexStatus>();
  private readonly disposables: vscode.Disposable[] = [this.statusChanged];
  readonly onDidChangeStatus = this.statusChanged.event;

  constructor(
    private readonly context: vscode.ExtensionContext,
    readonly output: vscode.LogOutputChannel,
  ) {}

  get status(): IndexStatus | undefined {
    return this.currentStatus;
  }

  /** Starts the server (once); every feature awaits this before its first request. */
  start(): Promise<LanguageClient> {
    return (this.starting ??= this.launch());
  }

  private async launch(): Promise<LanguageClient> {
    const client = createLanguageClient(this.context, this.output);
    this.client = client;
    client.onNotification(IndexStatusNotification, (status) => {
      this.currentStatus = status;
      if (status.state === 'ready') this.resolveIndexed();
      this.statusChanged.fire(status);
    });
    let languages = servedLanguages().join(',');
    this.disposables.push(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (!e.affectsConfiguration('attributor.languages') || servedLanguages().join(',') === languages) return;
        languages = servedLanguages().join(',');
        // The documents a client serves are fixed when it starts: serve the new languages with a new one.
        this.output.info(`Serving ${languages}: restarting the language server.`);
        void this.restart();
      }),
      // Restricted Mode ends: the settings that name paths now count (VS Code ignored the workspace's values), and
      // source folders outside the workspace may be read.
      vscode.workspace.onDidGrantWorkspaceTrust(() => void client.sendNotification(WorkspaceTrustNotification, { trusted: true })),
    );
    await client.start();
    return client;
  }

  private async restart(): Promise<void> {
    const old = await this.starting;
    this.starting = undefined;
    await old?.dispose();
    await this.start();
  }

  /** Resolves once the server has indexed the sources a first time. */
  async whenIndexed(): Promise<IndexStatus> {
    await this.start();
    await this.indexed;
    return this.currentStatus!;
  }

  async request<R>(type: RequestType0<R, void>): Promise<R>;
  async request<P, R>(type: RequestType<P, R, void>, params: P): Promise<R>;
  async request<P, R>(type: RequestType<P, R, void> | RequestType0<R, void>, params?: P): Promise<R> {
    const client = await this.start();
    return params === undefined ? client.sendRequest<R>(type.method) : client.sendRequest<R>(type.method, params);
  }

  /** Runs a server command (workspace/executeCommand); the server applies its edit through workspace/applyEdit. */
  async execute(command: (typeof ServerCommand)[keyof typeof ServerCommand], args: unknown): Promise<EditResult> {
    try {
      await this.start();
      return ((await vscode.commands.executeCommand(command, args)) as EditResult | undefined) ?? { applied: false, message: 'the language server did not answer.' };
    } catch (error) {
      this.output.error(`${command} failed: ${error instanceof Error ? error.message : String(error)}`);
      return { applied: false, message: 'the language server did not answer (see Attributor: Show Output).' };
    }
  }

  /** Tells the server a file it watches was changed or deleted by the extension itself (see tellFileChanged). */
  async fileChanged(uri: vscode.Uri, deleted: boolean): Promise<void> {
    await tellFileChanged(await this.start(), uri, deleted);
  }

  dispose(): void {
    void this.client?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
