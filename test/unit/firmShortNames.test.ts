// `Kestrel Semiconductor Inc cut its forecast. "Demand is soft," Kestrel said.`: a firm named in full and then by its
// first word speaks as that firm. Read alone, the word had been a person called Kestrel, whom a later `he` could take.
// Invented text.
import * as assert from 'assert';
import { analyzeText } from '../../src/core';

function speakerOf(text: string, words: string): { name: string | null; kind: string | null } {
  const quote = analyzeText(text).quotes.find((q) => q.text.includes(words));
  return { name: quote?.speaker?.name ?? null, kind: quote?.speaker?.kind ?? null };
}

describe('a firm called by the first word of its full name', () => {
  it('reads `Kestrel said` after `Kestrel Semiconductor Inc` as the firm', () => {
    assert.deepStrictEqual(speakerOf('Kestrel Semiconductor Inc cut its forecast on Tuesday. "Demand is soft," Kestrel said.', 'Demand is soft'), { name: 'Kestrel Semiconductor Inc', kind: 'organisation' });
  });

  it('lets `the bank` go on from `Harrowgate` when the text named Harrowgate Bank', () => {
    const text = 'The regulator fined Harrowgate Bank on Monday.\n\n"We fell short," Harrowgate said in a statement. "We have changed," the bank added.';
    assert.deepStrictEqual(speakerOf(text, 'We have changed'), { name: 'Harrowgate Bank', kind: 'organisation' });
  });

  it('leaves a surname the text gives a person (`Bill Ford` of `Ford Motor Co`) a person', () => {
    assert.deepStrictEqual(speakerOf('Bill Ford, chairman of Ford Motor Co, spoke at the plant. "We are fine," Ford said.', 'We are fine'), { name: 'Bill Ford', kind: 'person' });
  });

  it('leaves a given name of one sex (`Victor`) to be read as a person', () => {
    assert.notStrictEqual(speakerOf('Victor Holdings cut its target. "The stock is cheap," Victor said.', 'stock is cheap').kind, 'organisation');
  });
});
