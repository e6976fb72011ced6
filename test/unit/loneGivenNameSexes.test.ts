// A source may know a speaker only by a given name (`Dunlop's husband, Walt, … he said`); a draft giving his words to
// a woman the sources name in full (`Ana Dunlop said`), or a draft's `his wife, Lena … she said` for a man's words,
// puts them in another mouth. Only on sure signs of sex: a given name of one sex, pronouns not against it.
import * as assert from 'assert';
import { indexOf } from '../support/memoryCorpus';
import { misattributedPairs } from '../support/draftMisattributions';

const P = (...paragraphs: string[]) => paragraphs.join('\n\n');

const SOURCES = indexOf({
  flood: P(
    'Ana Dunlop, who runs the general store in Pine Hollow, said she had watched the river rise for an hour. "By the time the siren went, the water was over the front step of the store," Dunlop said.',
    'Her husband, Walt, was angrier. "Nobody from the dam company rang a single house on this street before the water came through the fence," he said.',
    'Ivo Peskar, who farms above the village, lost his barn. "The cows swam out through the back door and we found eleven of them on the road to Kellton," Peskar said.',
  ),
});

const misattributions = (draft: string): string[] => misattributedPairs(draft, SOURCES);

describe('a speaker known only by a given name, and a person of the other sex', () => {
  it('warns when a draft gives a lone-named man\'s words to a woman named in full', () => {
    assert.deepStrictEqual(misattributions('Ana Dunlop said: "Nobody from the dam company rang a single house on this street before the water came through the fence."').length, 1);
    assert.deepStrictEqual(misattributions('Ana Dunlop and her husband left together. "Nobody from the dam company rang a single house on this street," she said.').length, 1);
  });

  it('warns when a draft\'s lone given name of one sex takes a man\'s words', () => {
    assert.deepStrictEqual(misattributions('Ivo Peskar and his wife, Lena, waited by the road. "The cows swam out through the back door and we found eleven of them on the road to Kellton," she said.').length, 1);
  });

  it('raises nothing where the names may be one person, or the sex is not sure', () => {
    assert.deepStrictEqual(misattributions('Walt Dunlop said: "Nobody from the dam company rang a single house on this street before the water came through the fence."'), []);
    assert.deepStrictEqual(misattributions('Her husband, Walt, said: "Nobody from the dam company rang a single house on this street before the water came through the fence."'), []);
    // A man named in full for the lone-named man: the rules for full names decide, and a lone name may be anyone's.
    assert.deepStrictEqual(misattributions('Tom Rusk said: "Nobody from the dam company rang a single house on this street before the water came through the fence."'), []);
  });
});
