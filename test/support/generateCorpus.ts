// Generated news-like articles and drafts for benchmarks and scale tests: sentences of real words drawn
// from a seed text, invented people with titles, and quotations in the usual attribution patterns.
import type { SourceArticle } from '../../src/core';

export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'sa', 'to', 'vel', 'dor', 'an', 'is', 'ber', 'ko', 'na', 'ri', 'zen', 'ul', 'mar', 'te', 'quin', 'os'];
const TITLES = ['Foreign Minister', 'Prime Minister', 'President', 'spokesman', 'Defence Minister', 'Governor', 'Mayor', 'Senator'];
const PLACES = ['Norland', 'Estavia', 'Corvania', 'Belmora', 'Tessaly', 'Valdoria', 'Ostrana', 'Merivale'];

export interface GeneratedPerson {
  readonly first: string;
  readonly last: string;
  readonly title: string;
}

export interface Generator {
  readonly people: readonly GeneratedPerson[];
  article(i: number): SourceArticle;
  /** A sentence of `n` words from the seed vocabulary. */
  words(n: number): string;
}

function capitalise(w: string): string {
  return w[0].toUpperCase() + w.slice(1);
}

export function createGenerator(seedText: string, seed = 42, peopleCount = 400): Generator {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  // A news-sized vocabulary with a Zipf distribution: the seed text's words first (the common ones),
  // then invented words, so that rare words are rare and common words common, as in real news.
  const seedWords = [...new Set((seedText.toLowerCase().match(/[a-z]{3,}/g) ?? ['news']).filter((w) => !['said', 'says', 'told'].includes(w)))];
  const invented = new Set<string>();
  while (invented.size < 60_000) invented.add(Array.from({ length: 2 + Math.floor(random() * 3) }, () => pick(SYLLABLES)).join(''));
  const vocabulary = [...seedWords, ...[...invented].filter((w) => !seedWords.includes(w))];
  const harmonic = vocabulary.map((_, i) => 1 / (i + 1));
  const cumulative: number[] = [];
  harmonic.reduce((sum, h, i) => (cumulative[i] = sum + h), 0);
  const total = cumulative[cumulative.length - 1];
  const zipfWord = () => {
    const x = random() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return vocabulary[lo];
  };
  const name = (parts: number) => capitalise(Array.from({ length: parts }, () => pick(SYLLABLES)).join(''));
  const people: GeneratedPerson[] = Array.from({ length: peopleCount }, () => ({ first: name(2), last: name(3), title: `${pick(PLACES)} ${pick(TITLES)}` }));
  const words = (n: number) => Array.from({ length: n }, zipfWord).join(' ');
  const sentence = () => `${capitalise(words(12 + Math.floor(random() * 12)))}.`;
  const quoteSentence = (p: GeneratedPerson, introduced: boolean): string => {
    const q = words(6 + Math.floor(random() * 14));
    const full = `${p.first} ${p.last}`;
    switch (Math.floor(random() * 5)) {
      case 0:
        return `"${capitalise(q)}," ${introduced ? p.last : full} said.`;
      case 1:
        return `${p.title} ${full} said that ${words(5)} "${q}".`;
      case 2:
        return `"${capitalise(q)}," said ${full}, ${p.title.toLowerCase().replace(/^\w+ /, 'the ')}.`;
      case 3:
        return `${introduced ? p.last : full} told reporters: "${capitalise(q)}."`;
      default:
        return `${capitalise(words(6))} the so-called "${words(2)}" ${words(8)}.`;
    }
  };
  const article = (i: number): SourceArticle => {
    const paragraphs: string[] = [];
    const cast = [pick(people), pick(people), pick(people)];
    const introduced = new Set<GeneratedPerson>();
    const count = 12 + Math.floor(random() * 10);
    for (let k = 0; k < count; k++) {
      if (random() < 0.3) {
        const p = pick(cast);
        paragraphs.push(quoteSentence(p, introduced.has(p)));
        introduced.add(p);
      } else paragraphs.push(`${sentence()} ${sentence()}`);
    }
    const text = paragraphs.join('\n\n') + '\n';
    return { id: `gen_${String(i).padStart(5, '0')}`, path: `/generated/gen_${i}.txt`, text, title: paragraphs[0].slice(0, 80), outlet: null, url: null, date: null, doubts: [] };
  };
  return { people, article, words };
}
