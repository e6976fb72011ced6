// A company or agency speaks through its officers: `Northwind Grid said in a statement` for words the sources give
// `Ana Kral, the Northwind Grid chief executive` is no misattribution, even where the body's name reads like a person's.
// A person known by a given name is not their aide's body (`Ivo Lenz, the Tomas Reyes campaign manager`). Invented sources.
import * as assert from 'assert';
import { checkDraft } from '../../src/core';
import { indexOf } from '../support/memoryCorpus';

const SOURCES = {
  outage: [
    'Ana Kral, the Northwind Grid chief executive, said crews from five states were on their way.',
    '',
    '"Parts of our network will have to be rebuilt from the ground up, not repaired," Kral said in a statement.',
    '',
    'Northwind Grid says 80,000 homes are still dark.',
  ].join('\n'),
  campaign: [
    'Ivo Lenz, the Tomas Reyes campaign manager, spoke to reporters on the bus. Senator Tomas Reyes was not there.',
    '',
    '"We will win every county north of the river by ten points," Lenz said.',
  ].join('\n'),
};

function misattributed(draft: string): string[] {
  return checkDraft(draft, indexOf(SOURCES)).findings.filter((f) => f.code === 'misattributed-quote').map((f) => f.sourceSpeaker ?? '');
}

describe('a body credited with its officer\'s words', () => {
  it('raises nothing when the draft credits the company with its chief executive\'s words', () => {
    assert.deepStrictEqual(misattributed('Northwind Grid said in a statement: "Parts of our network will have to be rebuilt from the ground up, not repaired."'), []);
  });

  it('still catches the words given to another person, and the aide\'s words given to the senator', () => {
    assert.deepStrictEqual(misattributed('"Parts of our network will have to be rebuilt from the ground up, not repaired," Ivo Lenz said.'), ['Ana Kral']);
    assert.deepStrictEqual(misattributed('"We will win every county north of the river by ten points," Tomas Reyes said.'), ['Ivo Lenz']);
  });
});
