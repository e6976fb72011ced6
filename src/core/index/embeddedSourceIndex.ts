// The embedded index (CorpusIndex, in memory) behind the SourceIndex interface: every answer is ready at once.
import { positionAt } from '../text/textLines';
import type { AnalyzedArticle, AttributedQuote } from '../types';
import type { CorpusIndex } from './corpusIndex';
import type { LocatedQuote, SourceIndex, SourceQuotation } from './sourceIndex';

function quotation(article: AnalyzedArticle, quote: AttributedQuote): SourceQuotation {
  const sentence = article.sentences[quote.sentence];
  return {
    sourceId: article.id,
    quote,
    at: positionAt(article.lineStarts, quote.start),
    context: sentence ? article.text.slice(sentence.start, sentence.end) : quote.text,
  };
}

export function embeddedSourceIndex(index: CorpusIndex): SourceIndex {
  return {
    registry: index.registry,
    count: async () => index.articles.length,
    source: async (id) => index.article(id),
    speakers: async () => index.speakers,
    quotesBy: async (key) => index.quotesBy(key).map(({ article, quote }) => quotation(article, quote)),
    async *quotations() {
      for (const article of index.articles) for (const quote of article.quotes) yield quotation(article, quote);
    },
    find: async (text, limit) => index.find(text, limit),
    complete: async (prefix, limit) => index.complete(prefix, limit),
    locate: async (texts): Promise<LocatedQuote[]> => texts.map((text) => index.locate(text)),
    close: async () => {},
  };
}
