// A draft's role placed in a country the sources know only from their own text (`Varnia's foreign minister said`,
// `the Varnian foreign minister`) is checked against the source's speaker of the words when the sources give that
// speaker the same office in another place (`Ostrana's foreign minister, Ivo Peskar`): the draft moves the words across
// a border. The place is learnt from the sources (`Varnian President Ana Kral`), no list of countries.
import * as assert from 'assert';
import { indexOf } from '../support/memoryCorpus';
import { misattributedPairs } from '../support/draftMisattributions';

const P = (...paragraphs: string[]) => paragraphs.join('\n\n');

const SOURCES = indexOf({
  talks: P(
    'Ostrana\'s foreign minister, Ivo Peskar, said he had called his Varnian counterpart overnight. "Our pilots and theirs will search the strait together until every boat is found," Peskar said.',
    'Varnian President Ana Kral thanked him. "No border runs through the water when people are drowning in it," Kral said.',
    'Foreign Minister Lada Zorn said Varnia would send its own experts. "We will read every radio log from that night ourselves," Zorn said.',
    'Oleg Rudenko, a spokesman for the Varnian interior ministry, said a hotline was open. "Relatives can ring us at any hour of the night and someone will pick up," Rudenko said.',
  ),
});

const misattributions = (draft: string): string[] => misattributedPairs(draft, SOURCES);

describe('a draft\'s role placed in a country the sources name', () => {
  it('warns when the sources give the words to the same office of another country', () => {
    assert.deepStrictEqual(misattributions('"Our pilots and theirs will search the strait together," Varnia\'s foreign minister said.').length, 1);
    assert.deepStrictEqual(misattributions('The Varnian foreign minister said: "Our pilots and theirs will search the strait together until every boat is found."').length, 1);
    assert.deepStrictEqual(misattributions('"Our pilots and theirs will search the strait together," the foreign minister of Varnia said.').length, 1);
  });

  it('warns when a spokesman placed in one country has the words of another country\'s official', () => {
    assert.deepStrictEqual(misattributions('"Relatives can ring us at any hour of the night and someone will pick up," the Ostranan coast guard spokesman said.').length, 1);
    assert.deepStrictEqual(misattributions('"Relatives can ring us at any hour of the night and someone will pick up," the Varnian spokesman said.'), []);
    // Whatever the office, one of Varnia's is not Ostrana's foreign minister.
    assert.deepStrictEqual(misattributions('"Our pilots and theirs will search the strait together," the Varnian defence minister said.').length, 1);
  });

  it('raises nothing for the same country, an office the sources place nowhere, or a bare role', () => {
    assert.deepStrictEqual(misattributions('"Our pilots and theirs will search the strait together," Ostrana\'s foreign minister said.'), []);
    assert.deepStrictEqual(misattributions('"Our pilots and theirs will search the strait together," the foreign minister said.'), []);
    // Zorn's office has no country in the sources: a draft may know she is Varnia's.
    assert.deepStrictEqual(misattributions('"We will read every radio log from that night ourselves," the Varnian foreign minister said.'), []);
  });
});
