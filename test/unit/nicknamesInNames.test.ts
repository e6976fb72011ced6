// `Aleksander "Sasha" Orlov`: a nickname in quotation marks inside a name is part of the name, not a quotation. Read
// as one, it left `Orlov` alone as the speaker, a person with no given name, and a draft giving his words to someone
// else, or someone else's to `Sasha Orlov`, went unwarned.
import * as assert from 'assert';
import { analyzeText } from '../../src/core';
import { indexOf } from '../support/memoryCorpus';
import { misattributedPairs } from '../support/draftMisattributions';

const P = (...paragraphs: string[]) => paragraphs.join('\n\n');

const SOURCES = indexOf({
  ferry: P(
    'The ferry\'s first mate, Aleksander "Sasha" Orlov, survived by holding on to a raft for two hours.',
    '"The captain warned the office about the wind, and the office told him to sail anyway," Orlov said.',
    'A spokesman for the ferry company, Daniel Ferro, denied that. "Nobody in this building ever ordered a captain out into a storm," Ferro said.',
  ),
});

const misattributions = (draft: string): string[] => misattributedPairs(draft, SOURCES);

describe('a nickname in quotation marks inside a name', () => {
  it('is no quotation: the name is read whole', () => {
    const text = 'The first mate, Aleksander "Sasha" Orlov, survived.\n\n"We were told to sail," Orlov said.';
    assert.deepStrictEqual(analyzeText(text).quotes.map((q) => q.text), ['We were told to sail,']);
    assert.deepStrictEqual(analyzeText('"We were told to sail," said Aleksander \u2018Sasha\u2019 Orlov.').quotes.map((q) => q.speaker?.name), ['Aleksander Sasha Orlov']);
  });

  it('reads every nickname of a text, one right after another and one after the first character', () => {
    const text = ' Ivo \u201CBig Dan\u201D Peskar met Aleksander "Sasha" Orlov and Ana \'Zee\' Ulm.\n\n"We were told to sail," Ulm said. "We sailed," Peskar said.';
    assert.deepStrictEqual(analyzeText(text).quotes.map((q) => q.speaker?.name), ['Ana Zee Ulm', 'Ivo Big Dan Peskar']);
  });

  it('keeps a quoted word that is no nickname a quotation (a title-case headline, a word after a verb)', () => {
    assert.deepStrictEqual(analyzeText('Mayor Calls Kral "Reckless" Again').quotes.map((q) => q.text), ['Reckless']);
    assert.deepStrictEqual(analyzeText('Ana Kral said "Never" when asked.').quotes.map((q) => q.text), ['Never']);
  });

  it('tells the nicknamed person from others in a draft', () => {
    assert.deepStrictEqual(misattributions('Sasha Orlov said: "Nobody in this building ever ordered a captain out into a storm."').length, 1);
    assert.deepStrictEqual(misattributions('Sasha Orlov said: "The captain warned the office about the wind, and the office told him to sail anyway."'), []);
    assert.deepStrictEqual(misattributions('Aleksander Orlov said: "The captain warned the office about the wind, and the office told him to sail anyway."'), []);
  });
});
