// A draft naming a body by its kind (`the utility's chief executive said`) where the sources name it (`Orlen Power
// chief executive Ana Kral`): the office is the one person the sources give it, and words of a source's speaker
// known by another office (the mayor) are moved from one office to another. Invented sentences.
import * as assert from 'assert';
import { checkDraft } from '../../src/core';
import { indexOf } from '../support/memoryCorpus';

const P = (...paragraphs: string[]) => paragraphs.join('\n\n');

const SOURCES = indexOf({
  storm: P(
    'Orlen Power chief executive Ana Kral said the utility would rebuild its lines. "Parts of the grid must be rebuilt from the ground up," Kral said.',
    'Mayor Ivo Peskar toured the shelters. "Every family will have a roof by Sunday," Peskar said.',
    'Tomas Rudd waited outside a shelter with his children. "We have not slept in two days," Rudd said.',
    'Lena Brandt, chief executive of the Vell Water Company, said pumps were running. "The water is safe to drink again," Brandt said.',
  ),
});

function misattributions(draft: string): number {
  return checkDraft(draft, SOURCES).findings.filter((f) => f.code === 'misattributed-quote').length;
}

describe("a draft's office named by its body's kind (`the utility's chief executive`)", () => {
  it("warns when the sources give the words to someone known by another office", () => {
    assert.strictEqual(misattributions('The utility\'s chief executive said: "Every family will have a roof by Sunday."'), 1);
    assert.strictEqual(misattributions('"Every family will have a roof by Sunday," the company\'s chief executive said.'), 1);
  });

  it("reads a chief officer's title in another of its forms (`Chief Executive Officer Ana Kral`)", () => {
    const sources = indexOf({
      storm: P(
        'Chief Executive Officer Ana Kral of Orlen Power spoke on Friday. "Parts of the grid must be rebuilt from the ground up," Kral said.',
        'Mayor Ivo Peskar toured the shelters. "Every family will have a roof by Sunday," Peskar said.',
      ),
    });
    const warned = (draft: string) => checkDraft(draft, sources).findings.filter((f) => f.code === 'misattributed-quote').length;
    assert.strictEqual(warned('The utility\'s chief executive said: "Every family will have a roof by Sunday."'), 1);
    assert.strictEqual(warned('The utility\'s chief executive said: "Parts of the grid must be rebuilt from the ground up."'), 0);
  });

  it('raises nothing for the holder\'s own words, a speaker the sources give no office, or another holder of the office', () => {
    assert.strictEqual(misattributions('The utility\'s chief executive said: "Parts of the grid must be rebuilt from the ground up."'), 0);
    // Rudd may be whatever the draft knows him to be.
    assert.strictEqual(misattributions('"We have not slept in two days," the utility\'s chief executive said.'), 0);
    // Brandt is a chief executive too: the water company's.
    assert.strictEqual(misattributions('"The water is safe to drink again," the company\'s chief executive said.'), 0);
    // A chairman may be his company's chief executive too: the draft may know he is.
    const board = indexOf({ a: P('Orlen Power chief executive Ana Kral spoke first.', 'Skyline Air chairman Tom Bly spoke next. "We will fly every route again by May, with every crew we had before the strike," Bly said.') });
    assert.strictEqual(checkDraft('"We will fly every route again by May, with every crew we had before the strike," the airline\'s chief executive said.', board).findings.filter((f) => f.code === 'misattributed-quote').length, 0);
    // A person's staff (`the mayor's spokesman`) is left to the rules for owned roles.
    assert.strictEqual(misattributions('"Parts of the grid must be rebuilt from the ground up," the mayor\'s spokesman said.'), 0);
  });
});
