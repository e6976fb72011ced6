// A family name written first (`Governor Park Ji-hoon`), then used alone (`Park said`): when the family name is also
// a body word (`Park`, as in `Central Park`), the lone word had been read as a body, so a draft's `Park said` fitted
// any Park of the sources and giving one Park's words to another raised nothing. It is now the person the text named
// in full with it, as a lone given name is; with two such full names, no one.
import * as assert from 'assert';
import { analyzeText, checkDraft } from '../../src/core';
import { indexOf } from '../support/memoryCorpus';

const SOURCES = {
  council: [
    'The city council voted to close the old harbour market on Monday, with one member voting against.',
    '',
    '"The market has lost money for eleven years, and we cannot ask taxpayers to keep it open," said council leader Hall Min-jun.',
    '',
    'His deputy, Hall Seo-yeon, who is not related to him, voted against. "Closing it now punishes the traders who stayed through the worst years," she said.',
  ].join('\n'),
};

function misattributedTo(draft: string): string[] {
  return checkDraft(draft, indexOf(SOURCES)).findings.filter((f) => f.code === 'misattributed-quote').map((f) => f.sourceSpeaker ?? '');
}

describe('a family name written first, then alone', () => {
  it('is the person the text named in full with it', () => {
    const quotes = analyzeText('Council leader Hall Min-jun spoke for an hour. "The market has lost money for eleven years," Hall said.').quotes;
    assert.strictEqual(quotes[0]?.speaker?.name, 'Hall Min-jun');
  });

  it('is no one when two full names open with it', () => {
    const quotes = analyzeText('Hall Min-jun and Hall Seo-yeon disagreed. "The market has lost money for eleven years," Hall said.').quotes;
    assert.notStrictEqual(quotes[0]?.speaker?.kind, 'person');
  });

  it('stays a body with an article or without a full name before it', () => {
    assert.notStrictEqual(analyzeText('"We will reopen in May," the Hall said.').quotes[0]?.speaker?.kind, 'person');
    assert.notStrictEqual(analyzeText('"We will reopen in May," Hall said in a statement.').quotes[0]?.speaker?.kind, 'person');
  });

  it('lets a draft that names one in full and tags by the family name be told the other said it', () => {
    assert.deepStrictEqual(misattributedTo('Council leader Hall Min-jun defended the vote. "Closing it now punishes the traders who stayed through the worst years," Hall said.'), ['Hall Seo-yeon']);
    assert.deepStrictEqual(misattributedTo('Deputy leader Hall Seo-yeon voted against. "Closing it now punishes the traders who stayed through the worst years," Hall said.'), []);
  });
});
