// At the end of a build every quote's speaker takes the display name the names learnt from all the articles give
// (a fresh build sets it on the quotes it made; a build from an earlier one copies the earlier quotes, which may be
// those of an index still answering).
import * as assert from 'assert';
import { buildCorpusIndex, type CorpusIndex, type SourceArticle } from '../../src/core';

function article(id: string, text: string): SourceArticle {
  return { id, path: `/sources/${id}.txt`, text, title: id, outlet: null, url: null, date: null, doubts: [] };
}

/** Each article's quotes' speakers as a reader sees them. */
function speakers(index: CorpusIndex): string[] {
  return index.articles.map((a) => `${a.id}: ${a.quotes.map((q) => q.speaker?.name ?? '-').join(', ')}`);
}

const PIER = article('pier', 'Pier news\n\n"The pier opens in May," Volodymyr Zelensky said.\n');
const DOCK = article('dock', 'Dock news\n\n"The dock is closed," Volodymyr Zelenskyy said. Volodymyr Zelenskyy left. Volodymyr Zelenskyy came back.\n');

describe('the speakers\' display names at the end of a build', () => {
  it('names a speaker quoted before a later article spelt the name more often otherwise by that spelling', () => {
    const index = buildCorpusIndex([PIER, DOCK]);
    assert.deepStrictEqual(speakers(index), ['pier: Volodymyr Zelenskyy', 'dock: Volodymyr Zelenskyy']);
  });

  it('keeps the analyses a build persists in step with its articles', () => {
    const index = buildCorpusIndex([PIER, DOCK], { keepAnalyses: true });
    assert.deepStrictEqual(
      index.analyses!.map((a) => a.analyzed.quotes.map((q) => q.speaker?.name)),
      index.articles.map((a) => a.quotes.map((q) => q.speaker?.name)),
    );
  });

  it('leaves an earlier index\'s quotes as they were when a build from its analyses names their speaker otherwise', () => {
    const earlier = buildCorpusIndex([PIER], { keepAnalyses: true });
    assert.deepStrictEqual(speakers(earlier), ['pier: Volodymyr Zelensky']);
    const later = buildCorpusIndex([PIER, DOCK], { keepAnalyses: true, earlier: (i) => earlier.analyses![i] });
    assert.deepStrictEqual(speakers(later), ['pier: Volodymyr Zelenskyy', 'dock: Volodymyr Zelenskyy']);
    assert.deepStrictEqual(speakers(earlier), ['pier: Volodymyr Zelensky']);
    assert.deepStrictEqual(earlier.analyses![0].analyzed.quotes.map((q) => q.speaker?.name), ['Volodymyr Zelensky']);
  });
});
