// An agent is one person's, as a lawyer is (`The player's agent, Luca Brandt,`, `FBI agent Ana Kral`): the role is
// learnt for the name, so a later `the agent said` is theirs and a draft's `the player's agent` finds them (`agent`
// had been a noun for a person only, which no role reads). Invented sentences.
import * as assert from 'assert';
import { indexOf } from '../support/memoryCorpus';
import { speakers } from '../support/quoteSpeakers';
import { misattributedPairs } from '../support/draftMisattributions';

const P = (...paragraphs: string[]) => paragraphs.join('\n\n');

const SOURCES = indexOf({
  transfer: P(
    'The player\'s agent, Luca Brandt, said a decision would come within days. "Everyone wants this settled before the first match," Brandt said.',
    'The club\'s manager, Tom Berg, was blunt. "If the offer is too low, he stays and he plays when I pick him," Berg said.',
  ),
});

const misattributions = (draft: string): string[] => misattributedPairs(draft, SOURCES);

describe('an agent named by the role', () => {
  it('lets a draft\'s claim by `the player\'s agent` be checked against the agent the sources name', () => {
    assert.deepStrictEqual(misattributions('"If the offer is too low, he stays and he plays when I pick him," the player\'s agent said.'), ['Luca Brandt / Tom Berg']);
    assert.deepStrictEqual(misattributions('"Everyone wants this settled before the first match," the player\'s agent said.'), []);
  });

  it('gives a later `the agent said` to the agent named before, past someone named between', () => {
    assert.deepStrictEqual(speakers('Ana Kral, an estate agent in Harlow, said prices fell. "Buyers are scared," she said. Tom Berg disagreed. "Nonsense," he said. "They will come back," the agent said.'), ['Ana Kral', 'Tom Berg', 'Ana Kral']);
    assert.deepStrictEqual(speakers('FBI agent Ana Kral took the stand on Monday. Juror Tom Berg listened. "It was long," Berg said. "We followed the money," the agent said.'), ['Tom Berg', 'Ana Kral']);
  });

  it('reads `Special Agent` as a title, not as part of the name', () => {
    assert.deepStrictEqual(speakers('"It is over," said Special Agent Ana Kral.'), ['Ana Kral']);
  });
});
