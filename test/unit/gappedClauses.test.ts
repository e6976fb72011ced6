// A clause after a semicolon that leaves out the verb the clause before gave (`Kral calls it "…"; Peskar, "…"`) has
// its own subject, who says its quote. Invented sentences.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

const LEAD = 'Mayor Ana Kral and council member Ivo Peskar clashed over the harbour plan on Tuesday.\n\n';

describe('a gapped clause after a semicolon', () => {
  it('gives its quote to its own subject, never the first clause’s speaker', () => {
    assert.deepStrictEqual(speakers(`${LEAD}Kral calls it "a swindle"; Peskar, "a bargain."`), ['Ana Kral', 'Ivo Peskar']);
    assert.deepStrictEqual(speakers(`${LEAD}Kral called the deal "a swindle"; and Peskar, "a bargain for the town."`), ['Ana Kral', 'Ivo Peskar']);
  });

  it('leaves the first speaker the words after a semicolon that names no one', () => {
    assert.deepStrictEqual(speakers(`${LEAD}Kral called the deal "a swindle"; worse, "a fraud."`), ['Ana Kral', 'Ana Kral']);
  });
});
