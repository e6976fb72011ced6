// A draft's role-only claim (`The president said: "…"`) is checked only where the sources resolve the role to one
// person. Sources with `President Ivo Peskar` and also `Varnian President Ana Kral` give `the president` to no one in
// particular: a draft quoting her as `the president` was warned that the sources give the words to her, not to him.
import * as assert from 'assert';
import { indexOf } from '../support/memoryCorpus';
import { misattributedPairs } from '../support/draftMisattributions';

const P = (...paragraphs: string[]) => paragraphs.join('\n\n');

const SOURCES = indexOf({
  summit: P(
    'Ostranan President Ivo Peskar opened the summit on Monday. "Our ports will stay open to every ship that keeps the rules," President Peskar said.',
    'Varnian President Ana Kral answered him the next day. "Make no mistake, these blockades have no legitimacy at all," Kral said.',
  ),
});

const misattributions = (draft: string): string[] => misattributedPairs(draft, SOURCES);

describe('a draft\'s claim by a bare role that several of the sources\' people hold', () => {
  it('raises nothing: the role names no one in particular', () => {
    assert.deepStrictEqual(misattributions('The president said: "Make no mistake, these blockades have no legitimacy at all."'), []);
    assert.deepStrictEqual(misattributions('"Our ports will stay open to every ship that keeps the rules," the president said.'), []);
  });

  it('is still checked where words narrow the role to one of them', () => {
    assert.deepStrictEqual(misattributions('The Ostranan president said: "Make no mistake, these blockades have no legitimacy at all."').length, 1);
  });
});
