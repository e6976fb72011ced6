// An office of two words and the body it is of, set off after its holder's name without `the` (`Ana Kral, branch
// secretary of the Unison union at the yard,`): the office is learnt for the name, as `Ana Kral, the branch secretary
// of …` and `Ana Kral, general secretary of …` were, so that a draft's `the union's branch secretary` finds her (it
// had named no one, and a quote of someone else's given to the branch secretary went unwarned). Invented sentences.
import * as assert from 'assert';
import { checkDraft } from '../../src/core';
import { indexOf } from '../support/memoryCorpus';
import { misattributedPairs } from '../support/draftMisattributions';

const P = (...paragraphs: string[]) => paragraphs.join('\n\n');

const SOURCES = indexOf({
  yard: P(
    'PORT ALDIS — Ana Kral, branch secretary of the Unison union at the shipyard, said workers had learned of the cuts from the radio. "Nobody told us a thing before the news came on," she said.',
    'The yard\'s owner, Ivo Peskar, defended the plan. "We kept every job we could keep and we will say so to anyone who asks," Peskar said.',
  ),
});

const misattributions = (draft: string): string[] => misattributedPairs(draft, SOURCES);

describe('an office of a body set off after its holder\'s name', () => {
  it('lets a draft\'s claim by the office be checked against its holder', () => {
    assert.deepStrictEqual(misattributions('"We kept every job we could keep and we will say so to anyone who asks," the union\'s branch secretary said.'), ['Ana Kral / Ivo Peskar']);
    assert.deepStrictEqual(misattributions('"Nobody told us a thing before the news came on," the union\'s branch secretary said.'), []);
  });

  it('learns no office from a word about the holder (`former`): the draft\'s claim stays unchecked', () => {
    const sources = indexOf({ yard: P('Ana Kral, former secretary of the Unison union, said the cuts were wrong. "Nobody told us a thing," she said.', 'Ivo Peskar, the yard\'s owner, disagreed. "We kept every job we could keep and we will say so to anyone who asks," Peskar said.') });
    assert.deepStrictEqual(checkDraft('"We kept every job we could keep and we will say so to anyone who asks," the union\'s branch secretary said.', sources).findings.filter((f) => f.code === 'misattributed-quote').length, 0);
  });
});
