// Settings per resource, asked of the client (workspace/configuration) and kept until the client says they
// changed; for clients that cannot be asked, the settings they push (didChangeConfiguration) or sent at start.
import type { Connection } from 'vscode-languageserver';
import { readSettings, type AttributorSettings } from '../service/settings';

export class ServerSettings {
  private readonly cache = new Map<string, Promise<AttributorSettings>>();
  private pushed: unknown;

  constructor(
    private readonly connection: Connection,
    private readonly canAsk: boolean,
    initial: unknown,
  ) {
    this.pushed = initial;
  }

  get(resource: string | undefined): Promise<AttributorSettings> {
    const key = resource ?? '';
    let settings = this.cache.get(key);
    if (!settings) {
      settings = this.canAsk
        ? this.connection.workspace.getConfiguration({ scopeUri: resource, section: 'attributor' }).then(readSettings, () => readSettings(this.pushed))
        : Promise.resolve(readSettings(this.pushed));
      this.cache.set(key, settings);
    }
    return settings;
  }

  /** The client said the settings changed (with them, for clients that push). */
  changed(pushed: unknown): void {
    const section = (pushed as { attributor?: unknown } | null)?.attributor;
    if (section !== undefined) this.pushed = section;
    this.cache.clear();
  }
}
