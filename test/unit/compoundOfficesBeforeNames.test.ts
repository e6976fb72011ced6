// An owner's office of two words written before its holder's name (`Harwick United's sporting director Ana Kral`,
// `the firm's managing director Ivo Peskar`): the lower-case word before the role is the office's, and so is its
// owner, so a later `the sporting director said` is the holder's and a draft's `Harwick United's sporting director`
// finds her (the role had been `director` alone). Invented sentences.
import * as assert from 'assert';
import { indexOf } from '../support/memoryCorpus';
import { speakers } from '../support/quoteSpeakers';
import { misattributedPairs } from '../support/draftMisattributions';

const P = (...paragraphs: string[]) => paragraphs.join('\n\n');

const SOURCES = indexOf({
  transfer: P(
    'HARWICK — Harwick United\'s sporting director Ana Kral said on Monday that the club would not sell its captain. "We have turned down every offer and we will turn down the next one," Kral said.',
    'The captain, Tomas Brenn, said he wanted to stay. "I love this club and I want to finish my career here," Brenn said.',
  ),
});

const misattributions = (draft: string): string[] => misattributedPairs(draft, SOURCES);

describe('an owner\'s office of two words before its holder\'s name', () => {
  it('gives the whole office later to its holder, past someone named between', () => {
    assert.deepStrictEqual(speakers('Harwick United\'s sporting director Ana Kral met the players. Captain Tomas Brenn was calm. "We are ready," Brenn said. "Nobody is for sale," the sporting director said.'), ['Tomas Brenn', 'Ana Kral']);
  });

  it('lets a draft\'s claim by the owner\'s office be checked against its holder', () => {
    assert.deepStrictEqual(misattributions('"I love this club and I want to finish my career here," Harwick United\'s sporting director said.'), ['Ana Kral / Tomas Brenn']);
    assert.deepStrictEqual(misattributions('"We have turned down every offer and we will turn down the next one," Harwick United\'s sporting director said.'), []);
  });

  it('keeps a word about the holder out of the office: `the club\'s new director` is still the director', () => {
    assert.deepStrictEqual(speakers('Harwick United\'s new director Ana Kral met the players. Captain Tomas Brenn was calm. "We are ready," Brenn said. "Nobody is for sale," the director said.'), ['Tomas Brenn', 'Ana Kral']);
  });
});
