// The newsroom's archive (`attributor.archive.url`), opened through what the host injects: the Node server opens a
// PostgreSQL archive; a host without one (a web worker) injects nothing, and drafts are checked against the folders.
// One open archive per URL, kept while the setting names it; a URL that cannot be opened is told once, with why,
// and tried again only when the setting changes or the writer rebuilds the index.
import type { SourceIndex } from '../core';
import type { ServiceLogger } from './workspace';

/** Opens the archive at a URL; rejects with a message a writer can act on. */
export type ArchiveOpener = (url: string) => Promise<SourceIndex>;

export type ArchiveState =
  | { readonly kind: 'open'; readonly index: SourceIndex }
  | { readonly kind: 'failed'; readonly reason: string };

export class ArchiveConnections {
  private readonly opened = new Map<string, Promise<ArchiveState>>();
  private readonly untrustedTold = new Set<string>();

  constructor(
    private readonly open: ArchiveOpener | undefined,
    private readonly logger: ServiceLogger,
  ) {}

  /** Whether this host can open an archive at all. */
  get available(): boolean {
    return this.open !== undefined;
  }

  /** Says once per URL that an untrusted workspace does not use the archive; always false (not used). */
  notInUntrusted(url: string): false {
    if (!this.untrustedTold.has(url)) {
      this.untrustedTold.add(url);
      this.logger.warn(`Not using the archive ${redacted(url)} (attributor.archive.url): this workspace is not trusted, so its drafts are checked against the source folders. Trust it (Workspaces: Manage Workspace Trust) to check against the archive.`);
    }
    return false;
  }

  /** The archive at `url`: opened on first use, then the same one. */
  get(url: string): Promise<ArchiveState> {
    let state = this.opened.get(url);
    if (!state) {
      state = this.connect(url);
      this.opened.set(url, state);
    }
    return state;
  }

  /** Closes every archive but `keep` (the URL the settings name now), so a changed setting is read anew. */
  async retain(keep: readonly string[]): Promise<void> {
    for (const [url, state] of [...this.opened]) {
      if (keep.includes(url)) continue;
      this.opened.delete(url);
      const s = await state;
      if (s.kind === 'open') await s.index.close().catch(() => undefined);
    }
  }

  /** Forgets every archive (Rebuild Index: a server that was down is tried again). */
  reset(): Promise<void> {
    return this.retain([]);
  }

  private async connect(url: string): Promise<ArchiveState> {
    const shown = redacted(url);
    if (!this.open) {
      const reason = 'this editor runs Attributor without database access, so drafts are checked against the source folders';
      this.logger.warn(`archive ${shown}: ${reason}`);
      return { kind: 'failed', reason };
    }
    try {
      const index = await this.open(url);
      this.logger.info(`archive ${shown}: open, ${await index.count()} articles; drafts are checked against it`);
      return { kind: 'open', index };
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e);
      this.logger.error(`archive ${shown} cannot be opened: ${reason}. Drafts are not checked until it can (Rebuild Index tries again).`);
      return { kind: 'failed', reason };
    }
  }

  async dispose(): Promise<void> {
    await this.reset();
  }
}

/** The URL without its password, for the log. */
export function redacted(url: string): string {
  return url.replace(/^([a-z][\w+.-]*:\/\/[^:/@]*):[^@/]*@/i, '$1:***@');
}
