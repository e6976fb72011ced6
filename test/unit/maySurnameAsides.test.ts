// `May` is a surname as well as a month and a modal. Set off by commas (`Her neighbour, Corinne May, said`) or before
// an aside in a participle (`Party leader Corinne May, re-elected in Dunmore, said`), it ends the name: the speaker had
// been `Corinne` alone, or the description before the name (issue 7).
import * as assert from 'assert';
import { analyzeText } from '../../src/core';

const speakerOf = (text: string) => analyzeText(text).quotes[0]?.speaker?.name;

describe('`May` ending a name before a comma', () => {
  it('reads the full name before a participle aside', () => {
    assert.strictEqual(speakerOf('Party leader Corinne May, re-elected in Dunmore, said the vote was "a clear message".'), 'Corinne May');
  });

  it('reads the full name set off after a description', () => {
    assert.strictEqual(speakerOf('Her neighbour, Corinne May, said the vote was "a clear message".'), 'Corinne May');
  });

  it('leaves a month before `said` no one\'s name', () => {
    assert.strictEqual(analyzeText('Talks resumed in May, said the report. "It will hold," she said.').quotes[0]?.speaker?.name ?? null, null);
  });
});
