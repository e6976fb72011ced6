// A family named in the plural of a surname the text gives a person (`The Krals said`) speaks as a household: no
// person called `Krals`, nor the Kral named before. Invented sentences.
import * as assert from 'assert';
import { analyzeText } from '../../src/core';
import { indexOf } from '../support/memoryCorpus';

function kinds(text: string): Array<string | null> {
  return analyzeText(text).quotes.map((q) => (q.speaker ? `${q.speaker.name} [${q.speaker.kind}]` : null));
}

describe('a family named in the plural', () => {
  it('gives the words to the household, no person', () => {
    const text = 'Ana Kral runs the farm near the river.\n\nThe Krals said in a statement: "We are leaving the valley for good."\n\n"We tried everything," the Krals said.';
    assert.deepStrictEqual(kinds(text), ['The Krals [description]', 'The Krals [description]']);
    const joneses = 'Tom Jones and his wife Ada Jones bought the mill in 1990.\n\nThe Joneses said: "We never wanted to sell."';
    assert.deepStrictEqual(kinds(joneses), ['The Joneses [description]']);
  });

  it('leaves the person of that surname their own words, and a plural of no surname the text gives alone', () => {
    const text = 'Ana Kral runs the farm near the river.\n\nThe Krals said: "We are leaving."\n\n"I will miss the orchard," Kral said.';
    assert.deepStrictEqual(kinds(text), ['The Krals [description]', 'Ana Kral [person]']);
    // No one of the text is a Beatle: a band's plural is not read as a family.
    assert.notDeepStrictEqual(kinds('Ana Kral met fans.\n\nThe Beatles said: "We are happy."'), ['The Beatles [description]']);
  });

  it('still finds in the family the one of them a later `she` stands for', () => {
    const text = 'Ana Kral, 68, met the governor at school. Kral and her husband, Tom, were greeted by an organizer.\n\n"You will be the best messengers," the organizer said.\n\nThe Krals were part of a group of friends who drove from the city.\n\n"It has shaped my life," she said.';
    assert.deepStrictEqual(kinds(text), ['the organizer [description]', 'Ana Kral [person]']);
  });

  it('never lists the family’s words among the named Kral’s own in an index', () => {
    const index = indexOf({ farm: 'Ana Kral runs the farm near the river.\n\nThe Krals said in a statement: "We are leaving the valley for good."\n\n"I will miss the orchard," Kral said.' });
    const quotes = index.article('farm')!.quotes;
    assert.deepStrictEqual(quotes.map((q) => q.speaker?.name ?? null), ['The Krals', 'Ana Kral']);
    const kral = quotes[1].speaker!.key;
    assert.deepStrictEqual(index.quotesBy(kral).map((x) => x.quote.text.includes('orchard')), [true]);
  });
});
