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

  it('gives the quote after a name that follows the first clause’s quote to that name', () => {
    assert.deepStrictEqual(speakers(`${LEAD}Kral called the year "a miracle," Peskar "a fluke."`), ['Ana Kral', 'Ivo Peskar']);
    // A list of the first speaker's words, or a verb of its own, is no gap.
    assert.deepStrictEqual(speakers(`${LEAD}Kral called it "a swindle," "a fraud" and "a disgrace."`), ['Ana Kral', 'Ana Kral', 'Ana Kral']);
    // After words said following a comma, a name and a quote is the subject of the quoted verb, in the speaker's words.
    assert.deepStrictEqual(speakers(`${LEAD}Peskar said, "Instead of calming the town," Kral "chose to blame the port."`), ['Ivo Peskar', 'Ivo Peskar']);
  });

  it('leaves the first speaker the words after a semicolon that names no one', () => {
    assert.deepStrictEqual(speakers(`${LEAD}Kral called the deal "a swindle"; worse, "a fraud."`), ['Ana Kral', 'Ana Kral']);
  });
});
