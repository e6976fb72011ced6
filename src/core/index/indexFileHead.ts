// The index file's head: its tag, the order of its sections, and the sections that need only the texts (the word
// index, its posting lists, the texts themselves), which the thread that read the words writes while another thread
// still analyses (`writeIndexHead`); persistedIndex writes the rest after them and reads the whole.
import { ByteWriter } from './binaryCodec';
import { SectionedFileWriter, type WrittenHead } from './sectionedFile';
import type { WordIndexParts } from './wordIndexBuild';

export const MAGIC = 'attributor index 18\n';

/**
 * The file's sections, in order: the word index (kept in memory), its posting lists and the articles' texts, which
 * need only the texts, first, so that the thread that read the words writes them while another still analyses the
 * texts (`writeIndexHead`); then the articles' blocks (their analyses), their traces, the stored touches, the tables
 * (kept in memory).
 */
export const WORDS = 0;
export const POSTINGS = 1;
export const TEXTS = 2;
export const BLOCKS = 3;
export const TRACES = 4;
export const TOUCHES = 5;
export const TABLES = 6;
export const SECTIONS = 7;

/** The file's head (see `writeIndexHead`) as written already: its sections, and where each text starts in the texts' section (one more: its end). */
export interface IndexHead extends WrittenHead {
  readonly textAt: Int32Array;
}

/** The word index's arrays as a build made them (its posting lists whole). */
export type BuiltWords = Omit<WordIndexParts, 'postings'> & { readonly postings: Int32Array };

/** Writes one section of `file`: through `scratch` when given, else in parts kept as they are (`expected` bytes at first). */
export function writeSection(file: SectionedFileWriter, scratch: Uint8Array | undefined, expected: number, write: (out: ByteWriter) => void): void {
  file.begin();
  const out = scratch ? ByteWriter.into(file.write, scratch) : new ByteWriter(expected);
  write(out);
  for (const part of out.written()) file.write(part);
  file.end();
}

/** The word index's two sections (its arrays, then its posting lists); `narrow` when every text is shorter than 65,536 characters. */
export function writeWordSections(file: SectionedFileWriter, scratch: Uint8Array | undefined, w: BuiltWords, narrow: boolean): void {
  writeSection(file, scratch, 1 << 16, (out) => {
    out.uint(w.wordList.length);
    for (const word of w.wordList) out.string(word);
    // Not the posting lists: as large as the stream, and counted again from it in a fraction of the time reading them takes.
    out.int32s(w.stream);
    // Where words start in their articles, in 16 bits when every article is shorter than 65,536 characters (almost
    // always): a tenth of the file less to read.
    out.uint(narrow ? 16 : 32);
    if (narrow) out.uint16s(w.starts);
    else out.int32s(w.starts);
    for (const block of [w.firstToken, w.sortedIds, w.postingOffsets]) out.int32s(block);
  });
  file.begin();
  file.write(new Uint8Array(w.postings.buffer, w.postings.byteOffset, w.postings.byteLength));
  file.end();
}

/** The texts' section: each text in turn; where each starts, and the end. */
export function writeTexts(file: SectionedFileWriter, scratch: Uint8Array | undefined, texts: readonly string[]): Int32Array {
  const textAt = new Int32Array(texts.length + 1);
  writeSection(file, scratch, texts.reduce((n, t) => n + Math.ceil(t.length * 1.1) + 8, 0), (out) => {
    texts.forEach((text, i) => {
      textAt[i] = out.size;
      out.string(text);
    });
    textAt[texts.length] = out.size;
  });
  return textAt;
}

/** Whether every text is shorter than 65,536 characters (the word starts are stored in 16 bits then). */
export function narrowStarts(textLengths: Iterable<number>): boolean {
  for (const n of textLengths) if (n >= 0x10000) return false;
  return true;
}

/**
 * Writes the file's head, the word index's sections and the texts, to `out` (through a buffer of `chunk` bytes used
 * again), for `texts`: what a thread that built the word index writes while another analyses (the texts are 40% of
 * the file, and encoding and writing them had been the longest part of the other thread's write). The writer of the
 * rest (`indexFileWriter`'s, given the head returned here) goes on where it ends, and the file is byte for byte the
 * one written whole.
 */
export function writeIndexHead(out: (part: Uint8Array) => void, words: BuiltWords, texts: readonly string[], chunk = WRITE_CHUNK): IndexHead {
  const file = new SectionedFileWriter(MAGIC, out);
  const scratch = new Uint8Array(chunk);
  writeWordSections(file, scratch, words, narrowStarts(texts.map((t) => t.length)));
  const textAt = writeTexts(file, scratch, texts);
  return { ...file.head(), textAt };
}

/** How many bytes a file written as it is made hands on at once: few write calls, and little fresh memory. */
export const WRITE_CHUNK = 1 << 20;
