// A clause inside the sentence whose own subject is a bare plural of people (`where residents told her`, `what
// supporters call`) holds its words: the main clause's subject never says them.
import * as assert from 'assert';
import { analyzeText } from '../../src/core';

const speaker = (text: string) => {
  const found = analyzeText(text).quotes[0].speaker;
  return found ? `${found.kind} ${found.name}` : null;
};

describe('a clause whose own subject is a bare plural of people', () => {
  it('keeps its words from the main clause\'s subject', () => {
    for (const text of [
      'Mayor Lidia Sorn visited Eastbridge, where residents told her the floods had been "the worst in living memory."',
      'Councillor Maja Stenholt voted against what supporters call a "fair share" levy.',
      'Mayor Lidia Sorn defended the harbour plan, which critics say is "a giveaway to developers."',
    ]) assert.notStrictEqual(analyzeText(text).quotes[0].speaker?.kind, 'person', text);
  });

  it('gives them to the plural when a word describes it', () => {
    assert.strictEqual(speaker('Mayor Lidia Sorn visited Eastbridge, where local residents told her the floods had been "the worst in living memory."'), 'description local residents');
  });

  it('leaves the main subject its words when the clause is the subject\'s own', () => {
    assert.strictEqual(speaker('Mayor Lidia Sorn visited Eastbridge, where she told residents the floods had been "the worst in living memory."'), 'person Lidia Sorn');
    assert.strictEqual(speaker('Mayor Lidia Sorn told residents the floods had been "the worst in living memory."'), 'person Lidia Sorn');
  });
});
