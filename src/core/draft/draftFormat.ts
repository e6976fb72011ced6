// How a draft is read, one rule for every front (the command line, the language server, the editor): Markdown when
// its name says so (`.md`, `.markdown`), plain text otherwise (a `.txt` transcript, a file without an extension);
// a document with no file yet (an editor's untitled draft) by the language the editor gives it.
import { formatOfPath } from '../index/analyzeSources';
import type { TextFormat } from '../text/maskMarkup';

/** `path`: a file path or a URI; `languageId`: the editor's language for the document, when there is an editor. */
export function formatOfDraft(path: string, languageId?: string): TextFormat {
  if (/^untitled:/i.test(path)) return languageId === 'markdown' ? 'markdown' : 'plain';
  // A URI's query or fragment is no part of the name (in a file path `#` and `?` can be).
  const name = /^[a-z][\w+.-]*:\/\//i.test(path) ? path.replace(/[?#].*$/, '') : path;
  return formatOfPath(name);
}
