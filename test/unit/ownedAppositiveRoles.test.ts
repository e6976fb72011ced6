// `Ivo Marsh, Kessland's transport minister, said ... Later the transport minister said`: a role set off after a name
// and owned by a capital (a country's, a company's) is that person's for the rest of the article; another article's
// bare `the transport minister` is most often another country's or another year's, and is not given to him.
// Invented names and texts throughout.
import * as assert from 'assert';
import { buildCorpusIndex } from '../../src/core';
import { speakers } from '../support/quoteSpeakers';

const article = (id: string, text: string) => ({ id, path: id, text, title: text.split('\n')[0], outlet: null, url: null, date: null, doubts: [] as string[] });

describe('a role owned by a capital, set off after a name', () => {
  it('lets the role stand for the person later in the same article', () => {
    // The second had no one: the owned role was not learnt, so `the transport minister` named nobody.
    const text = 'Ivo Marsh, Kessland\'s transport minister, said fares would rise. "There is no painless way," Marsh said.\n\nLater the transport minister said students would pay less. "Young people should not pay," the transport minister said.';
    assert.deepStrictEqual(speakers(text), ['Ivo Marsh', 'Ivo Marsh']);
  });

  it('does not give another article\'s bare role to its holder', () => {
    const index = buildCorpusIndex([
      article('a.txt', 'Fares\n\nIvo Marsh, Kessland\'s transport minister, said fares would rise. "There is no painless way," Marsh said.'),
      article('b.txt', 'Strike off\n\nUnions called off a strike on Thursday. "We have a fair deal for staff," the transport minister said.'),
    ]);
    const b = index.articles.find((a: { path: string }) => a.path === 'b.txt')!;
    assert.deepStrictEqual(b.quotes.map((q: { speaker?: { name: string; kind: string } | null }) => q.speaker?.kind === 'person' ? q.speaker.name : null), [null]);
  });

  it('does not give another article\'s role to the holder of an earlier year\'s', () => {
    // `Lund's 2008 campaign manager` is not whoever runs Lund's campaign now.
    const index = buildCorpusIndex([
      article('a.txt', 'Old hands\n\n"She will win," said Ana Marsh, Lund\'s 2008 campaign manager.'),
      article('b.txt', 'Race tightens\n\nThe race tightened on Friday. "We see a path," Lund\'s campaign manager said.'),
    ]);
    const b = index.articles.find((a: { path: string }) => a.path === 'b.txt')!;
    assert.deepStrictEqual(b.quotes.map((q: { speaker?: { name: string; kind: string } | null }) => q.speaker?.kind === 'person' ? q.speaker.name : null), [null]);
  });
});
