// The real-news development set (../shared/testdata/polnear-train): 663 articles of 2016 US election coverage
// with 6,447 human-annotated direct quotes. Read in place, never copied. The scoring rule is the set's own
// (its README): a speaker is right when it shares a name word with the annotated source, titles aside. It uses
// its own short title list, not the engine's lexicon, so that tuning the engine cannot move the yardstick.
import * as fs from 'fs';
import * as path from 'path';
import { computeLineStarts, type SourceArticle } from '../../src/core';
import { deriveMetadata } from '../../src/core/sources/articleMetadata';

export const POLNEAR_DIR = path.join(__dirname, '..', '..', '..', 'shared', 'testdata', 'polnear-train');

export type SourceType = 'name' | 'pronoun' | 'description';

export interface AnnotatedQuote {
  readonly article: string;
  /** UTF-16 offset of the opening mark in the article's text. */
  readonly offset: number;
  readonly quote: string;
  readonly source: string;
  readonly sourceType: SourceType;
}

export interface DevelopmentSet {
  readonly articles: SourceArticle[];
  readonly cases: AnnotatedQuote[];
}

interface RawCase {
  article: string;
  line: number;
  column: number;
  quote: string;
  source: string;
  sourceType: SourceType;
}

export function readDevelopmentSet(dir = POLNEAR_DIR): DevelopmentSet {
  const articleDir = path.join(dir, 'articles');
  const articles = fs
    .readdirSync(articleDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file): SourceArticle => {
      const text = fs.readFileSync(path.join(articleDir, file), 'utf8');
      const id = file.replace(/\.txt$/, '');
      const meta = deriveMetadata(text);
      return { id, path: path.join(articleDir, file), text, title: meta.title, outlet: meta.outlet, url: null, date: meta.date, doubts: meta.doubts };
    });
  const lineStarts = new Map(articles.map((a) => [a.id, computeLineStarts(a.text)]));
  const cases = fs
    .readFileSync(path.join(dir, 'cases.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as RawCase)
    .map((c) => ({ article: c.article, offset: lineStarts.get(c.article)![c.line - 1] + c.column - 1, quote: c.quote, source: c.source, sourceType: c.sourceType }));
  return { articles, cases };
}

const TITLES = new Set([
  'mr', 'mrs', 'ms', 'dr', 'sen', 'senator', 'rep', 'representative', 'gov', 'governor', 'president', 'vice',
  'secretary', 'state', 'gen', 'general', 'lt', 'col', 'judge', 'justice', 'mayor', 'speaker', 'leader', 'former',
  'chairman', 'chairwoman', 'chair', 'director', 'spokesman', 'spokeswoman', 'the', 'a', 'an', 'and', 'of', 'by',
  'democratic', 'republican', 'democrat', 'gop', 'candidate', 'nominee', 'presidential', 'u.s', 'us', 'sens', 'reps',
]);

/** The words of a name that identify someone: capitalised words of the annotation, titles and possessives aside. */
export function nameWords(text: string, capitalisedOnly: boolean): Set<string> {
  const words = text.match(/[\p{L}][\p{L}\p{M}'’.-]*/gu) ?? [];
  const out = new Set<string>();
  for (const raw of words) {
    // `al-Jaber`, `el-Sisi`: a surname opening with its lower-case particle is a name word of the annotation too.
    if (capitalisedOnly && !/^\p{Lu}/u.test(raw) && !/^\p{Ll}{1,3}-\p{Lu}/u.test(raw)) continue;
    const word = raw
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/’/g, "'") // one apostrophe: O’Malley and O'Malley share their name word
      .replace(/'s?$/, '')
      .replace(/\.$/, '');
    if (word.length > 1 && !TITLES.has(word)) out.add(word);
  }
  return out;
}

/** The set's rule: right when the engine's speaker shares a name word with the annotated source. */
export function sharesNameWord(speakerName: string, annotatedSource: string): boolean {
  const ours = nameWords(speakerName, false);
  for (const w of nameWords(annotatedSource, true)) if (ours.has(w)) return true;
  return false;
}
