// Where Attributor may write, and read in an untrusted workspace: inside the workspace folders, never through a
// symbolic link (a link in a repository can point anywhere: `.attributor` -> `~/.ssh`, `bibliography.json` ->
// `~/.bashrc`). Checked on URIs, through the workspace's file system, so virtual workspaces are held to it too.
import { URI, Utils } from 'vscode-uri';
import { readTextIfExists, type AttributorWorkspace, type ServiceLogger, type WorkspaceFileSystem } from './workspace';

function normalized(uri: string): URI {
  return Utils.joinPath(URI.parse(uri), '.');
}

/** Whether `uri` is `folder` or lies under it, once `..` is resolved. */
export function isInside(folder: string, uri: string): boolean {
  const f = normalized(folder);
  const u = normalized(uri);
  if (f.scheme !== u.scheme || f.authority !== u.authority) return false;
  const base = f.path.endsWith('/') ? f.path : `${f.path}/`;
  return u.path === f.path || u.path.startsWith(base);
}

/** The deepest of `folders` that holds `uri`. */
export function folderHolding(folders: readonly string[], uri: string): string | undefined {
  return [...folders].sort((a, b) => b.length - a.length).find((f) => isInside(f, uri));
}

/**
 * The first part of the path from `folder` down to `uri` that is a symbolic link (as a path relative to the folder),
 * or undefined when none is. Parts that do not exist yet are no links.
 */
export async function linkOnPath(fs: WorkspaceFileSystem, folder: string, uri: string): Promise<string | undefined> {
  const base = normalized(folder);
  const target = normalized(uri);
  const parts = target.path.slice(base.path.replace(/\/$/, '').length).split('/').filter(Boolean);
  let parent = base;
  for (let i = 0; i < parts.length; i++) {
    let entries: Awaited<ReturnType<WorkspaceFileSystem['readDirectory']>>;
    try {
      entries = await fs.readDirectory(parent.toString());
    } catch {
      return undefined;
    }
    const entry = entries.find((e) => e.name === parts[i]);
    if (!entry) return undefined;
    if (entry.symlink) return parts.slice(0, i + 1).join('/');
    parent = Utils.joinPath(parent, parts[i]);
  }
  return undefined;
}

/**
 * The text of a workspace folder's own file (the ignore or alias file), or undefined when there is none. In an
 * untrusted workspace a file reached through a symbolic link is not read (said in the log). Read errors throw.
 */
export async function readFolderFile(workspace: AttributorWorkspace, fs: WorkspaceFileSystem, logger: ServiceLogger, folder: string, uri: string): Promise<string | undefined> {
  const link = workspace.trusted === false ? await linkOnPath(fs, folder, uri) : undefined;
  if (link) {
    logger.warn(`Not reading ${uri}: it is reached through the symbolic link ${link}, and this workspace is not trusted.`);
    return undefined;
  }
  return readTextIfExists(fs, uri);
}

/** A path setting that is not relative to the workspace folder: absolute, a home folder, a drive or a URI. */
export function isAbsoluteSetting(path: string): boolean {
  return /^([/\\~]|[a-zA-Z]:|[a-zA-Z][\w+.-]*:\/\/)/.test(path.trim());
}

export type WorkspaceFileTarget = { readonly uri: string; readonly folder: string } | { readonly refused: string };

/**
 * The file a path setting names in `folder`, or why Attributor will not write there: it is absolute, leads out of
 * the folder (`../`), or is reached through a symbolic link.
 */
export async function workspaceFileTarget(fs: WorkspaceFileSystem, folder: string, setting: string, relativePath: string): Promise<WorkspaceFileTarget> {
  if (isAbsoluteSetting(relativePath)) return { refused: `${setting} must be a path inside the workspace folder, relative to it; “${relativePath}” is not` };
  const uri = Utils.joinPath(URI.parse(folder), relativePath.replace(/\\/g, '/')).toString();
  return checkedTarget(fs, folder, uri, `${setting} (“${relativePath}”)`);
}

/** `uri` if Attributor may write it: inside `folder`, reached through no symbolic link. */
export async function checkedTarget(fs: WorkspaceFileSystem, folder: string, uri: string, what: string): Promise<WorkspaceFileTarget> {
  if (!isInside(folder, uri) || normalized(uri).path === normalized(folder).path) return { refused: `${what} leads out of the workspace folder; Attributor writes only inside it` };
  const link = await linkOnPath(fs, folder, uri);
  if (link) return { refused: `${what} is reached through the symbolic link ${link}; Attributor does not write through links, which can lead out of the workspace` };
  return { uri: normalized(uri).toString(), folder };
}
