// A name set off after a description that opens the sentence (`The warden, Mrs Ada Eke, wept`) is whom the sentence
// is about when a title says it is a person's, whatever the verb; a `she` after it is hers, not the woman's named
// before. Invented text.
import * as assert from 'assert';
import { analyzeText } from '../../src/core';

/** The speaker given to the quote that opens with `words`. */
function speakerOf(text: string, words: string): string | null | undefined {
  const quote = analyzeText(text).quotes.find((q) => q.text.startsWith(words));
  return quote === undefined ? undefined : (quote.speaker?.name ?? null);
}

const BEFORE = 'Mrs Petra Lindqvist, the fire chief, said the first engine arrived in fourteen minutes.\n\nShe said, "Our crews were held up by the traffic."';

describe('a titled name set off after a description', () => {
  it('is the subject of any verb, so a later pronoun is theirs', () => {
    const role = `${BEFORE}\n\nThe Harbour Warden of Kelby, Chief Amara Obiefuna-Lake, who toured the market on Friday, appealed to the county for help.\n\nShe said, "These traders have lost everything."`;
    assert.strictEqual(speakerOf(role, 'These traders'), 'Amara Obiefuna-Lake');
    const plain = `${BEFORE}\n\nThe warden, Mrs Amara Lake, wept at the gate.\n\n"We have nothing left," she said.`;
    assert.strictEqual(speakerOf(plain, 'We have nothing left'), 'Amara Lake');
  });

  it('reads one of a group of any trade, past a participle and an aside about her', () => {
    const BEFORE = 'Mr Osric Vane and Mrs Petra Lindqvist spoke first.';
    const trade = `${BEFORE}\n\nOne of the stallholders, Mrs Amara Lake, wept at the gate.\n\n"They made us walk all night," she said.`;
    assert.strictEqual(speakerOf(trade, 'They made us walk'), 'Amara Lake');
    const aside = `${BEFORE}\n\nOne of the rescued stallholders, Mrs Amara Lake, a baker who was travelling with her son, wept at the gate.\n\n"They made us walk all night," she said.`;
    assert.strictEqual(speakerOf(aside, 'They made us walk'), 'Amara Lake');
  });

  it('leaves a place set off after a description to no one', () => {
    const text = `Mr Oskar Delaunay chairs the parish council.\n\nHis village, Port Aldis, voted against the plan.\n\n"We were ignored," he said.`;
    assert.notStrictEqual(speakerOf(text, 'We were ignored'), 'Port Aldis');
  });
});
