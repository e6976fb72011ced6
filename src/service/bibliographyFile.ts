// Write CSL-JSON Bibliography: the sources as CSL-JSON, into a file inside the workspace folder. A new file is created;
// an existing one is replaced by one edit of its whole text (undoable in its editor, unsaved changes included).
import type { WorkspaceEdit } from 'vscode-languageserver-types';
import { toCslJson } from '../core';
import type { WriteBibliographyArgs } from '../protocol/lspExtensions';
import type { ServiceContext } from './context';
import type { PlannedEdit } from './editCommands';
import { readTextIfExists } from './workspace';
import { checkedTarget, folderHolding, workspaceFileTarget, type WorkspaceFileTarget } from './workspacePaths';

/**
 * Past any document's end: the editor clamps the range to the text it holds, so the edit replaces all of it, unsaved
 * changes too (the server does not see editors' text of files it does not serve).
 */
const WHOLE_TEXT_END = { line: 2 ** 31 - 1, character: 0 };

async function targetOf(ctx: ServiceContext, args: WriteBibliographyArgs): Promise<WorkspaceFileTarget> {
  const folders = ctx.workspace.folders();
  if (args.target) {
    const folder = folderHolding(folders, args.target);
    if (folder) return checkedTarget(ctx.fs, folder, args.target, 'the bibliography file');
    // With no folder open the writer chose the file in a save dialog; with folders, a file outside them is refused.
    return folders.length ? { refused: 'the bibliography file is outside the workspace folders; Attributor writes only inside them' } : { uri: args.target, folder: '' };
  }
  const folder = args.folder && folders.includes(args.folder) ? args.folder : folders[0];
  if (!folder) return { refused: 'open a folder to write the bibliography into' };
  const settings = await ctx.workspace.settings(folder);
  return workspaceFileTarget(ctx.fs, folder, 'attributor.citation.bibliographyFile', settings.bibliographyFile);
}

export async function planWriteBibliography(ctx: ServiceContext, args: WriteBibliographyArgs): Promise<PlannedEdit> {
  const target = await targetOf(ctx, args);
  if ('refused' in target) return { message: `${target.refused}.` };
  const items = toCslJson((await ctx.library.ready()).articles);
  const text = JSON.stringify(items, null, 2) + '\n';
  let current: string | undefined;
  try {
    current = await readTextIfExists(ctx.fs, target.uri);
  } catch (error) {
    return { message: `the bibliography file cannot be read (${error instanceof Error ? error.message : String(error)}); nothing was written.` };
  }
  const write = { textDocument: { uri: target.uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: WHOLE_TEXT_END }, newText: text }] };
  const edit: WorkspaceEdit = current === undefined ? { documentChanges: [{ kind: 'create', uri: target.uri, options: { ignoreIfExists: true } }, write] } : { documentChanges: [write] };
  const done = `${current === undefined ? 'Wrote' : 'Replaced the bibliography with'} ${items.length} source(s) as CSL-JSON`;
  return { edit, file: target.uri, done, ...(current === undefined ? { created: true } : { replaced: true, previous: current }) };
}
