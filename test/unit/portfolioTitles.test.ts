// A portfolio of two parts before its office (`Natural Resources and Energy Minister Ana Kral`): the capitals before
// `and` are part of the title, never a person named `Natural Resources` whom a later `she` would mean.
import * as assert from 'assert';
import { analyzeText } from '../../src/core';
import { speakers } from '../support/quoteSpeakers';

describe('portfolios of two parts before an office', () => {
  it('gives a later pronoun to the minister named after the portfolio', () => {
    const text = 'Ivo Peskar opened the summit.\n\nNatural Resources and Energy Minister Ana Kral later dismissed the idea that Kessland was drifting away.\n\n"We have friends in every harbour," she said.';
    assert.deepStrictEqual(speakers(text), ['Ana Kral']);
  });

  it('learns no person named by the portfolio\'s first part', () => {
    const text = 'Ivo Peskar spoke first. Rural Affairs and Fisheries Secretary Ana Kral met the council on Monday. "The quay stays open," Kral said.';
    const { quotes, registry } = analyzeText(text);
    assert.deepStrictEqual(quotes.map((q) => q.speaker?.name ?? null), ['Ana Kral']);
    const people = [...registry.records()].filter((r) => r.kind === 'person').map((r) => r.key);
    assert.deepStrictEqual(people, ['ivo peskar', 'ana kral']);
  });

  it('still reads two people joined by `and` when no office follows', () => {
    const text = 'Ana Kral and Ivo Peskar toured the harbour. "It stays open," Kral said. "For now," Peskar added.';
    assert.deepStrictEqual(speakers(text), ['Ana Kral', 'Ivo Peskar']);
  });

  it('still reads two titled people, or a given name, joined before an office', () => {
    const joint = 'Ana Kral spoke first. "We will keep the ferry," state Senate leader Ivo Peskar and House Speaker Tom Reddick said in a statement.';
    assert.deepStrictEqual(speakers(joint), ['Ivo Peskar and Tom Reddick']);
    const titled = 'Ana Kral spoke first.\n\nMayor Ivo Peskar and Harbour Master Tom Reddick toured the quay.\n\n"It stays open," Peskar said.';
    assert.deepStrictEqual(speakers(titled), ['Ivo Peskar']);
  });
});
