// The sources analysed in order on one speaker registry, as every index of them needs it (the embedded index,
// the PostgreSQL archive): each article learns its names and attributes its quotes; an article left with a quote
// whose speaker might be named elsewhere (`the Kremlin spokesman said`, a role introduced in a later article)
// gets a second look once every article's names are known.
import { toAnalyzedText } from '../attribution/analyzeText';
import { attributeQuotes } from '../attribution/attributeSpeaker';
import { learnNames } from '../attribution/findNames';
import type { SpeakerRegistry } from '../attribution/speakerRegistry';
import type { TextFormat } from '../text/maskMarkup';
import { prepareText } from '../text/prepareText';
import type { AnalyzedArticle, AttributedQuote, SourceArticle, Speaker } from '../types';
import type { Steps } from './stepwise';

export function formatOfPath(path: string): TextFormat {
  return /\.(md|markdown)$/i.test(path) ? 'markdown' : 'plain';
}

function mightResolveLater(quote: AttributedQuote): boolean {
  return (!quote.speaker && !quote.isTerm && quote.method === 'none') || quote.speaker?.kind === 'description';
}

/**
 * Analyses `sources` in order, calling `take(i, article)` once for each, as soon as its analysis is final (most
 * articles during the first pass, the ones that needed a second look after it). Yields every `chunk` articles.
 * Speakers keep the display name they had when attributed: see `currentSpeaker`.
 */
export function* analyzeSources(sources: readonly SourceArticle[], registry: SpeakerRegistry, take: (i: number, article: AnalyzedArticle) => void, chunk = 200): Steps<void> {
  const analyze = (source: SourceArticle, learn: boolean): AnalyzedArticle => {
    const prepared = prepareText(source.text, formatOfPath(source.path), source.id);
    if (learn) learnNames(prepared, registry);
    return { ...source, ...toAnalyzedText(prepared, attributeQuotes(prepared, registry)) };
  };
  const later: number[] = [];
  for (let i = 0; i < sources.length; i++) {
    const article = analyze(sources[i], true);
    if (article.quotes.some(mightResolveLater)) later.push(i);
    else take(i, article);
    if (i % chunk === chunk - 1) yield;
  }
  for (let k = 0; k < later.length; k++) {
    take(later[k], analyze(sources[later[k]], false));
    if (k % chunk === chunk - 1) yield;
  }
  yield;
}

/** A speaker with the display name the registry gives it now (names were still being learnt when it was attributed). */
export function currentSpeaker(registry: SpeakerRegistry, speaker: Speaker): Speaker {
  const names = (speaker.members ?? [speaker.key]).map((key) => {
    const record = registry.record(key);
    return record ? registry.toSpeaker(record) : null;
  });
  if (names.some((n) => n === null)) return speaker;
  return speaker.members ? { ...speaker, name: names.map((n) => n!.name).join(' and ') } : names[0]!;
}

/** How an article writes a speaker's name (`Zelensky` where the canonical name is `Zelenskyy`), its fullest form first. */
export function spellingIn(registry: SpeakerRegistry, articleText: string, speaker: Speaker): string {
  const record = registry.record(speaker.key);
  if (!record || speaker.members) return speaker.name;
  const spellings = [...record.spellings.keys()].sort((a, b) => b.split(' ').length - a.split(' ').length || (record.spellings.get(b) ?? 0) - (record.spellings.get(a) ?? 0));
  return spellings.find((s) => articleText.includes(s)) ?? speaker.name;
}
