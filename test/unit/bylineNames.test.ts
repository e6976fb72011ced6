// A byline's name is the writer's, no one the text or the corpus quotes: learnt from `By Ana Ho`, it had filled out a
// teahouse owner known only by his surname (`"...," Ho says`) as the writer. Invented text.
import * as assert from 'assert';
import { analyzeText } from '../../src/core';

describe("a byline's name", () => {
  it('is not learnt as a person whom a lone surname in the body fills out', () => {
    const text = 'The dim sum master\n\nBy Ana Ho\n\nLau Kin-wah has folded dumplings at the teahouse since 1961.\n\nThe owner, who asked to be named only by his surname, Ho, says nobody can follow him. "We will probably close," Ho says.';
    const quotes = analyzeText(text).quotes;
    assert.strictEqual(quotes[quotes.length - 1].speaker?.name, 'Ho');
  });

  it("still gives an op-ed's `I` outside the quotation marks to its author", () => {
    const text = 'Why the ferry matters\n\nBy Ana Kral\n\nWhen I met the harbour master, I told him: "The ferry is the town."';
    assert.strictEqual(analyzeText(text).quotes[0].speaker?.name, 'Ana Kral');
  });
});
