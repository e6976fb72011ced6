// Edits as LSP WorkspaceEdits: each one change of one document version (one undo step in the editor), so a stale
// edit is refused rather than written to the wrong place.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import type { InsertionPlan } from '../core';

export function documentEdit(document: TextDocument, edits: TextEdit[]): WorkspaceEdit {
  return { documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits }] };
}

export function replaceEdit(document: TextDocument, start: number, end: number, newText: string): TextEdit {
  return { range: { start: document.positionAt(start), end: document.positionAt(end) }, newText };
}

/** An insertion plan (text at one place, a footnote definition at the end) as one edit, replacing [plan.at, replaceEnd). */
export function planEdit(document: TextDocument, plan: InsertionPlan, replaceEnd = plan.at): WorkspaceEdit {
  const edits = [replaceEdit(document, plan.at, replaceEnd, plan.text)];
  if (plan.append) {
    const end = document.positionAt(document.getText().length);
    edits.push({ range: { start: end, end }, newText: plan.append });
  }
  return documentEdit(document, edits);
}
