// An opening clause, then a `the` description set off, then the name and its verb (`Born in Leeds, the daughter of a
// miner, Ada won a place at Oxford`): the name is the sentence's subject, and a later pronoun of her sex is hers
// (openingDescriptions.ts). Before, the sentence had no subject read and the pronoun went to the speaker before it.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

const OBITUARY = (opening: string) => [
  'Edith Crane, who has died aged 88, was the first woman to chair the Kelport bench.',
  'Her former clerk, Mary Holt, remembers her first day. "She read every file twice and then asked why the second reading had been needed," Mrs Holt said.',
  `${opening} Edith won a place at Oxford. She later said the college had been "another country" for a girl from the docks.`,
].join('\n\n');

describe('a name after an opening clause and a `the` description set off', () => {
  it('is the subject, and the later pronoun of her sex is hers', () => {
    // Had been Mary Holt.
    assert.deepStrictEqual(speakers(OBITUARY('Born in Kelport, the daughter of a crane driver,'))[1], 'Edith Crane');
    assert.deepStrictEqual(speakers(OBITUARY('Raised above the docks, the eldest of five girls,'))[1], 'Edith Crane');
  });

  it('is read as before without the description', () => {
    assert.deepStrictEqual(speakers(OBITUARY('Born in Kelport,'))[1], 'Edith Crane');
  });
});
