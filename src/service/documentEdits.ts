// The editor's own edits of each open document (the ranges of LSP didChange), kept so that a re-check is told what
// changed instead of comparing the whole new text with the last one. The language server makes its documents with
// `recordingDocuments`, which notes each change's offsets before applying it.
import { TextDocument, type Range, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { composeChanges, type DraftChange } from '../core';

/** The change that made version `to` from version `from` (null: the whole text was replaced, or several ranges at once). */
interface Edit {
  readonly from: number;
  readonly to: number;
  readonly change: DraftChange | null;
}

/** Edits kept a document: enough for the changes between two checks (a check waits for typing to pause). */
const KEPT = 256;

const edits = new WeakMap<TextDocument, Edit[]>();

/** TextDocuments' configuration (`new TextDocuments(recordingDocuments)`): LSP's own update, with each edit noted. */
export const recordingDocuments = {
  create: TextDocument.create,
  update(document: TextDocument, changes: TextDocumentContentChangeEvent[], version: number): TextDocument {
    const from = document.version;
    // One range is what typing sends; anything else is left to the text compare.
    const only = changes.length === 1 ? (changes[0] as { readonly range?: Range; readonly text: string }) : undefined;
    let change: DraftChange | null = null;
    if (only?.range) {
      const start = document.offsetAt(only.range.start);
      const oldEnd = document.offsetAt(only.range.end);
      change = { start, oldEnd, newEnd: start + only.text.length };
    }
    const updated = TextDocument.update(document, changes, version);
    let list = edits.get(updated);
    if (!list) edits.set(updated, (list = []));
    list.push({ from, to: version, change });
    if (list.length > KEPT) list.splice(0, list.length - KEPT);
    return updated;
  },
};

/** What changed in `document` since its version `since`, when every edit since is known; otherwise undefined. */
export function editSince(document: TextDocument, since: number): DraftChange | undefined {
  const list = edits.get(document);
  if (!list) return undefined;
  let k = list.length - 1;
  let to = document.version;
  let change: DraftChange | undefined;
  // Back from the newest edit to the one made from `since`, each joined before the ones after it.
  for (; k >= 0 && to !== since; k--) {
    const edit = list[k];
    if (edit.to !== to || !edit.change) return undefined;
    change = change ? composeChanges(edit.change, change) : edit.change;
    to = edit.from;
  }
  return to === since ? change : undefined;
}
