// `The first officer, Nina Holm, said …`, `The ferry's first officer, Nina Holm, …`: `first` between the article (or
// an owner's possessive) and a role is the role's ordinal, as in `the first lady`, so the subject runs on to the name
// set off after it. The subject had stopped at `The`, no one: a `she` in the next paragraph found her only as a last
// guess, and a draft giving her words to someone else was not told.
import * as assert from 'assert';
import { analyzeText, checkDraft } from '../../src/core';
import { indexOf } from '../support/memoryCorpus';

const HEARING = [
  '"We are here to learn what happened," Judge Eva Strand said.',
  '',
  'The ferry\'s first officer, Nina Holm, who has sailed the route for years, said the charts were old.',
  '',
  '"The charts had not been updated since 1994. We wrote to the owners about it twice," she said.',
].join('\n');

function misattributedTo(draft: string): string[] {
  return checkDraft(draft, indexOf({ hearing: HEARING })).findings.filter((f) => f.code === 'misattributed-quote').map((f) => f.sourceSpeaker ?? '');
}

describe('an ordinal role set off with a name at a sentence\'s start', () => {
  it('makes the named person the subject a later pronoun stands for', () => {
    const quotes = analyzeText(HEARING).quotes;
    assert.strictEqual(quotes[1]?.speaker?.name, 'Nina Holm');
    assert.notStrictEqual(quotes[1]?.method, 'pronoun-guess');
    const bare = analyzeText('"We are here to learn," Judge Eva Strand said.\n\nThe first officer, Nina Holm, said the charts were old.\n\n"The charts had not been updated since 1994," she said.').quotes;
    assert.strictEqual(bare[1]?.speaker?.name, 'Nina Holm');
    assert.notStrictEqual(bare[1]?.method, 'pronoun-guess');
  });

  it('tells a draft that gives her words to the judge who it was', () => {
    assert.deepStrictEqual(misattributedTo('Judge Eva Strand said: "The charts had not been updated since 1994. We wrote to the owners about it twice."'), ['Nina Holm']);
    assert.deepStrictEqual(misattributedTo('First officer Nina Holm said: "The charts had not been updated since 1994. We wrote to the owners about it twice."'), []);
  });

  it('leaves `first` a time word before anything but a role', () => {
    const quotes = analyzeText('"We are here to learn," Judge Eva Strand said.\n\nThe first hearing, in March, was short.\n\n"It will be longer this time," she said.').quotes;
    assert.strictEqual(quotes[1]?.speaker?.name, 'Eva Strand');
  });
});
