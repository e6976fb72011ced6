import * as assert from 'assert';
import { indexOf } from '../support/memoryCorpus';

describe('looking up quotes by their wording', () => {
  const index = indexOf({
    port: 'Harbour Master Ilse Varga said: "We will need every crane we can find." Mayor Tobias Renn added: "The market stays open, storm or no storm."',
    budget: '“Every euro we spend on the dykes is a euro we save on the floods,” Finance Minister Ada Morel said.',
  });

  it('completes the start of a quote with the exact words, speaker and source', () => {
    const [first] = index.complete('We will ne', 5);
    assert.deepStrictEqual([first.quote, first.speaker?.name, first.location.sourceId], ['We will need every crane we can find.', 'Ilse Varga', 'port']);
    assert.strictEqual(first.context, 'Harbour Master Ilse Varga said: "We will need every crane we can find."');
  });

  it('completes from a word inside a quote', () => {
    assert.deepStrictEqual(index.complete('storm or n', 5).map((c) => c.quote), ['storm or no storm.']);
  });

  it('forgives typos and words out of order when nothing begins with the words typed', () => {
    assert.deepStrictEqual(index.complete('evrey euro we spnd', 3).map((c) => c.speaker?.name), ['Ada Morel']);
    assert.deepStrictEqual(index.complete('market open stays', 3).map((c) => c.speaker?.name), ['Tobias Renn']);
    assert.deepStrictEqual(index.complete('nothing like these words', 3), []);
  });

  it('finds passages by their words, quotes and sentences, scored 0 to 1', () => {
    const [best] = index.find('cranes need find', 3);
    assert.strictEqual(best.kind, 'quote');
    assert.strictEqual(best.text, 'We will need every crane we can find.');
    assert.ok(best.score > 0 && best.score <= 1);
  });
});
