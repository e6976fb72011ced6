// The sources' own `," he said`, which the engine gave a named person with certainty, tells that person's sex: a draft
// giving his words by `she added` to a woman of the same surname is caught. A tag the engine only guessed, or tags and
// other signs that disagree, tell nothing, and a right attribution raises nothing.
import * as assert from 'assert';
import { checkDraft } from '../../src/core';
import { indexOf } from '../support/memoryCorpus';
import { taggedSex } from '../../src/core/draft/sourcePronounTags';
import type { AttributionMethod, SourceMatch, Speaker } from '../../src/core/types';

const P = (...paragraphs: string[]) => paragraphs.join('\n\n');

/** The draft's misattributed, altered and distorted quotes: `code: claimed / source`. */
function alarms(draft: string, sources: ReturnType<typeof indexOf>): string[] {
  return checkDraft(draft, sources)
    .findings.filter((f) => /^(misattributed|altered|distorted)-quote/.test(f.code))
    .map((f) => `${f.code}: ${f.claimedSpeaker} / ${f.sourceSpeaker}`);
}

// Neither `Kavita` nor `Ozren` is a given name whose sex the engine knows: only the text can tell.
const FERRY = P(
  'Governor Kavita Holm opened the Brennock ferry terminal on Monday, two years late.',
  '"Every crossing will leave on time from this winter," Holm said.',
  'Opposition leader Ozren Holm, who is not related to the governor, said the terminal had cost twice its budget.',
  '"This terminal was paid for with borrowed money and borrowed promises," he said. "The governor signed every one of those loans herself."',
);

describe('the sources` pronoun tags as evidence of a speaker`s sex', () => {
  it('catches a draft whose `she added` gives a man`s words, tagged `he said` in the sources, to a woman of his surname', () => {
    const draft = P('"Every crossing will leave on time from this winter," Governor Kavita Holm said. "This terminal was paid for with borrowed money and borrowed promises," she added.');
    assert.deepStrictEqual(alarms(draft, indexOf({ wire: FERRY })), ['misattributed-quote: Kavita Holm / Ozren Holm']);
  });

  it('raises nothing on the right speaker, by name or by pronoun', () => {
    const sources = indexOf({ wire: FERRY });
    assert.deepStrictEqual(alarms('"This terminal was paid for with borrowed money and borrowed promises," Ozren Holm said.', sources), []);
    assert.deepStrictEqual(alarms('Opposition leader Ozren Holm was scathing. "This terminal was paid for with borrowed money and borrowed promises," he said.', sources), []);
  });

  it('tells nothing where another sign of the sources gives the person the other sex', () => {
    // The sentence naming him also says `she`: his sex is in doubt, and the draft's `she` may mean him.
    const doubted = indexOf({
      wire: FERRY,
      paper: P('Ozren Holm, the opposition leader, said she had warned about the loans last year.'),
    });
    const draft = P('"Every crossing will leave on time from this winter," Governor Kavita Holm said. "This terminal was paid for with borrowed money and borrowed promises," she added.');
    assert.deepStrictEqual(alarms(draft, doubted), []);
  });

  it('takes no evidence from a pronoun the engine only guessed, nor from tags of both sexes', () => {
    const ozren: Speaker = { key: 'ozren holm', name: 'Ozren Holm', kind: 'person' };
    const place = (method: AttributionMethod, pronoun: string) =>
      ({ speaker: ozren, sourceQuote: { method, mention: { start: 0, end: pronoun.length, text: pronoun } } }) as unknown as SourceMatch;
    assert.strictEqual(taggedSex(ozren, [place('after', 'he')]), 'male');
    assert.strictEqual(taggedSex(ozren, [place('pronoun-guess', 'he')]), null);
    assert.strictEqual(taggedSex(ozren, [place('after', 'he'), place('continuation', 'she')]), 'conflict');
    // A named tag tells nothing of sex.
    assert.strictEqual(taggedSex(ozren, [place('after', 'Holm')]), null);
  });

  it('still needs words that are distinctively the speaker`s', () => {
    const sources = indexOf({
      wire: P(
        'Governor Kavita Holm opened the Brennock ferry terminal on Monday.',
        'Opposition leader Ozren Holm said the terminal was late.',
        '"We will see," he said.',
      ),
    });
    assert.deepStrictEqual(alarms('Governor Kavita Holm spoke at the opening. "We will see," she said.', sources), []);
  });
});
