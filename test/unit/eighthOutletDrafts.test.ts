// Drafts in the styles of an eighth set of outlets (a wildfire's wire, local and briefing copy, a utility's
// statement; an annexation told by wires, a statement, a transcript, an explainer and a live blog), checked against
// invented sources: a right attribution raises nothing, a quote given to another of the sources' people is caught.
import * as assert from 'assert';
import { checkDraft } from '../../src/core';
import { indexOf } from '../support/memoryCorpus';

const P = (...paragraphs: string[]) => paragraphs.join('\n\n');

/** The draft's misattributed, altered and distorted quotes: `code: claimed / source`. */
function alarms(draft: string, sources: ReturnType<typeof indexOf>): string[] {
  return checkDraft(draft, sources)
    .findings.filter((f) => /^(misattributed|altered|distorted)-quote/.test(f.code))
    .map((f) => `${f.code}: ${f.claimedSpeaker} / ${f.sourceSpeaker}`);
}

describe('drafts of an eighth set of outlets', () => {
  it('never calls a company`s statement misattributed when its name reads like a person`s and the sources make it the body of a chief', () => {
    // `Marion Falls Power` is read as a person (`Marion`); the sources call it the body of a head and a chief executive.
    const sources = indexOf({
      utility: P(
        'The head of Marion Falls Power said on Monday that the company would pay for the damage.',
        '"If our cable caused this, we will pay for every fence and every barn," chief executive Ivo Peskar said in a statement.',
        'Farmer Ana Kral said she had lost two barns. "Nobody from that company has been out to look at them," Kral said.',
      ),
    });
    const words = '"If our cable caused this, we will pay for every fence and every barn."';
    assert.deepStrictEqual(alarms(`In a statement, Marion Falls Power said: ${words}`, sources), []);
    // The draft's own words may say so (`Marion Falls Power chief executive Ivo Peskar`).
    const own = indexOf({ utility: '"If our cable caused this, we will pay for every fence and every barn," Ivo Peskar said in a statement.' });
    assert.deepStrictEqual(alarms(P('Marion Falls Power chief executive Ivo Peskar apologised.', `Marion Falls Power said: ${words}`), own), []);
    // Another person is still caught, and so is the company given a farmer's words the sources tell apart from it.
    assert.deepStrictEqual(alarms(`Ana Kral said: ${words}`, sources), ['misattributed-quote: Ana Kral / Ivo Peskar']);
    assert.deepStrictEqual(alarms('Marion Falls Power said: "Nobody from that company has been out to look at them."', sources), ['misattributed-quote: Marion Falls Power / Ana Kral']);
  });
});
