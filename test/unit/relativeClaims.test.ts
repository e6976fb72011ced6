// `Ivo Peskar's daughter said` for words the sources give Ivo Peskar himself: a relative described by a person's full
// name is never that person, and does not speak for them as a spokesman may.
import * as assert from 'assert';
import { indexOf } from '../support/memoryCorpus';
import { misattributedPairs } from '../support/draftMisattributions';

const P = (...paragraphs: string[]) => paragraphs.join('\n\n');

const SOURCES = indexOf({
  firm: P(
    'Ivo Peskar founded the Peskar ferry line in 1979 and handed it to his daughter, Mila Peskar, last year.',
    '"I have crossed that strait in every kind of weather for forty years, and I would have kept the boat in port," Ivo Peskar said.',
    '"Our captains alone decide whether a crossing goes ahead, and they decided well," Mila Peskar said.',
  ),
});

const misattributions = (draft: string): string[] => misattributedPairs(draft, SOURCES);

describe('a draft\'s speaker described as a relative of the source\'s speaker', () => {
  it('is warned: the daughter is not her father', () => {
    assert.deepStrictEqual(misattributions('Ivo Peskar\'s daughter said: "I have crossed that strait in every kind of weather for forty years, and I would have kept the boat in port."').length, 1);
  });

  it('raises nothing for the relative\'s own words, another person\'s relative, or a surname alone', () => {
    assert.deepStrictEqual(misattributions('Ivo Peskar\'s daughter said: "Our captains alone decide whether a crossing goes ahead, and they decided well."'), []);
    assert.deepStrictEqual(misattributions('Mila Peskar\'s father said: "I have crossed that strait in every kind of weather for forty years, and I would have kept the boat in port."'), []);
    // `Peskar's daughter` may be read as the Peskar the sources quote: relatives share a surname.
    assert.deepStrictEqual(misattributions('Peskar\'s daughter said: "Our captains alone decide whether a crossing goes ahead, and they decided well."'), []);
  });
});
