// Adding a quote to the ignore file as the writer left it: one insertion into its "ignore" list, placed by
// jsonc-parser (the library VS Code edits JSON with) and laid out like the entries around it. Everything else stays
// byte for byte: `$schema`, `$comment`, unknown fields, comments, trailing commas, entries without a quote yet.
import { findNodeAtLocation, modify, parseTree, type Node, type ParseError } from 'jsonc-parser';
import { normalizePhrase } from '../text/normalizeText';
import { describeParseError, IGNORE_FILE, parseIgnoreFile, serializeIgnoreFile, type IgnoreEntry } from '../draft/ignoreList';

/** Replace `length` characters at `offset` with `content`. */
export interface TextChange {
  readonly offset: number;
  readonly length: number;
  readonly content: string;
}

export type IgnoreFileChange =
  | { readonly changes: readonly TextChange[] }
  /** The entry is there already. */
  | { readonly unchanged: true }
  /** The file cannot take the entry without rewriting what the writer wrote: why, in words for them. */
  | { readonly refused: string };

function lineStartBefore(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** The white space a line starts with. */
function indentOfLine(text: string, offset: number): string {
  return /^[ \t]*/.exec(text.slice(lineStartBefore(text, offset)))![0];
}

/** The file's indentation step: that of its first indented line (a tab, or so many spaces), else two spaces. */
function indentUnit(text: string): string {
  const first = /^([ \t]+)\S/m.exec(text)?.[1];
  return first ? (first.startsWith('\t') ? '\t' : first) : '  ';
}

function sameEntry(a: IgnoreEntry, b: IgnoreEntry): boolean {
  return normalizePhrase(a.quote) === normalizePhrase(b.quote) && normalizePhrase(a.speaker ?? '') === normalizePhrase(b.speaker ?? '');
}

/** The changes that add `entry` to the ignore file's `text` ('' for a file that does not exist yet). */
export function addToIgnoreFile(text: string, entry: IgnoreEntry): IgnoreFileChange {
  if (!text.trim()) return { changes: [{ offset: 0, length: text.length, content: serializeIgnoreFile({ entries: [entry] }) }] };
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true });
  const fix = 'fix it first; nothing was changed';
  if (errors.length) return { refused: `${IGNORE_FILE} is not valid JSON (${describeParseError(text, errors[0])}): ${fix}` };
  if (!root || root.type !== 'object') return { refused: `${IGNORE_FILE} does not hold an object with an "ignore" list: ${fix}` };
  const list = findNodeAtLocation(root, ['ignore']);
  if (list && list.type !== 'array') return { refused: `"ignore" in ${IGNORE_FILE} is not a list: ${fix}` };
  if (parseIgnoreFile(text).list.entries.some((e) => sameEntry(e, entry))) return { unchanged: true };
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const unit = indentUnit(text);
  if (!list) return { changes: newListProperty(text, root, entry, unit, eol) };
  // Where jsonc-parser puts a new last element (after the last one, or inside `[]`), without its reformatting of the
  // neighbouring entry: the new entry is laid out here, one property a line, at the depth of its neighbours.
  const [insertion] = modify(text, ['ignore', -1], entry, { isArrayInsertion: true });
  return { changes: [{ offset: insertion.offset, length: insertion.length, content: laidOut(text, list, entry, unit, eol) }] };
}

/** `{ "quote": "…", "speaker": "…" }` on one line. */
function oneLine(entry: IgnoreEntry): string {
  return JSON.stringify(entry, null, 1).replace(/\n\s*/g, ' ');
}

/**
 * An "ignore" list as a new last property: on a line of its own after the last property's line (a comment ending
 * that line stays where it is), or on the same line in an object written on one line.
 */
function newListProperty(text: string, root: Node, entry: IgnoreEntry, unit: string, eol: string): TextChange[] {
  const block = (indent: string) => `"ignore": [${eol}${indent}${unit}${JSON.stringify(entry, null, unit).split('\n').join(eol + indent + unit)}${eol}${indent}]`;
  const properties = root.children ?? [];
  const last = properties[properties.length - 1];
  if (!last) {
    const closedOnSameLine = !text.slice(root.offset, root.offset + root.length).includes('\n');
    return [{ offset: root.offset + 1, length: 0, content: `${eol}${unit}${block(unit)}${closedOnSameLine ? eol : ''}` }];
  }
  const end = last.offset + last.length;
  const lineEnd = text.indexOf('\n', end) < 0 ? text.length : text.indexOf('\n', end);
  const rest = text.slice(end, lineEnd).replace(/\r$/, '');
  const comma = /^\s*,/.test(rest);
  if (!/^\s*,?\s*(\/\/.*)?$/.test(rest)) return [{ offset: end, length: 0, content: `, "ignore": [${oneLine(entry)}]` }];
  const startsLine = !text.slice(lineStartBefore(text, last.offset), last.offset).trim();
  const indent = startsLine ? indentOfLine(text, last.offset) : unit;
  const at = lineEnd - (text[lineEnd - 1] === '\r' ? 1 : 0);
  const property = `${eol}${indent}${block(indent)}`;
  if (comma) return [{ offset: at, length: 0, content: property }];
  return at === end ? [{ offset: end, length: 0, content: `,${property}` }] : [{ offset: end, length: 0, content: ',' }, { offset: at, length: 0, content: property }];
}

function laidOut(text: string, list: Node, entry: IgnoreEntry, unit: string, eol: string): string {
  const last = list.children?.[list.children.length - 1];
  const block = (indent: string) => JSON.stringify(entry, null, unit).split('\n').join(eol + indent);
  if (last) {
    const startsLine = !text.slice(lineStartBefore(text, last.offset), last.offset).trim();
    // Entries written on one line (`[ {…}, {…} ]`) get one more on that line.
    if (!startsLine) return `, ${oneLine(entry)}`;
    const indent = indentOfLine(text, last.offset);
    return `,${eol}${indent}${block(indent)}`;
  }
  const outer = indentOfLine(text, list.offset);
  const inner = outer + unit;
  const closedOnSameLine = !text.slice(list.offset, list.offset + list.length).includes('\n');
  return `${eol}${inner}${block(inner)}${closedOnSameLine ? eol + outer : ''}`;
}
