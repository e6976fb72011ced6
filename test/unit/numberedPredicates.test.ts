// A verb in -s or -ed before a number after a name (`Sir Ruan Hollis turns 90 this week`, `Kral polled 12 per cent`)
// ends the subject: the name is the sentence's, and a later `he says` is that person's. Invented sentences.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('a verb before a number', () => {
  it('reads the name before `turns 90` as the subject a later pronoun means', () => {
    // Each had been no one's: the subject ran on through `turns 90` and was read as no person.
    assert.deepStrictEqual(speakers('Profile\n\nSir Ruan Hollis turns 90 this week. "I am not going to stop," he says.'), ['Sir Ruan Hollis']);
    assert.deepStrictEqual(speakers('Profile\n\nDame Ana Kral turns 80 on Friday. "I still swim every morning," she says.'), ['Dame Ana Kral']);
  });
});
