// Drafts that quote a corpus in every way a writer can get a quote right or wrong, for comparing two indexes.
import type { CorpusIndex } from '../../src/core';
import { seededRandom } from './generateCorpus';

/** A draft quoting the sources: each quote rightly and wrongly attributed, altered, shortened with an ellipsis, and words no source has. */
export function draftFrom(index: CorpusIndex, count: number, seed: number): string {
  const random = seededRandom(seed);
  const quotes = index.articles.flatMap((a) => a.quotes.filter((q) => !q.isTerm && q.speaker && q.text.split(' ').length >= 4));
  const names = index.speakers.filter((s) => s.kind === 'person').map((s) => s.name);
  const paragraphs: string[] = [];
  for (let k = 0; k < count; k++) {
    const q = quotes[count >= quotes.length ? k % quotes.length : Math.floor(random() * quotes.length)];
    const words = q.text.replace(/[,.]$/, '').split(' ');
    const other = names[Math.floor(random() * names.length)];
    switch (k % 6) {
      case 0:
        paragraphs.push(`${q.speaker!.name} said "${words.join(' ')}."`);
        break;
      case 1:
        paragraphs.push(`${other} told reporters: "${words.join(' ')}."`);
        break;
      case 2:
        paragraphs.push(`${q.speaker!.name} said "${words.filter((_, i) => i !== 2).join(' ')}."`);
        break;
      case 3:
        paragraphs.push(`"${[...words.slice(0, 3), '...', ...words.slice(-3)].join(' ')}," ${other} said.`);
        break;
      case 4:
        paragraphs.push(`${other} said "${words.slice(1).reverse().join(' ')}".`);
        break;
      default:
        paragraphs.push(`The so-called "${words.slice(0, 2).join(' ')}" were said to be "entirely invented words nobody printed" by ${other}.`);
    }
  }
  return paragraphs.join('\n\n');
}

