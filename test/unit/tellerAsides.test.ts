// `Vell, he says, shrugged it off.`: the pronoun of an aside set off right after a sentence's subject is the teller,
// never that subject, so the quotation the teller goes on with is his; words quoted after a later verb of the
// subject's (`Vell, he says, listened and then told him: "…"`) stay the subject's. Invented text.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

const P = (...paragraphs: string[]) => paragraphs.join('\n\n');
const LEAD = '"He could talk to anyone about anything," says Ivo Peskar, who worked with him a decade ago.';

describe('a teller\'s aside after the subject', () => {
  it('gives the quotation after `X, he says, shrugged it off` to the teller, not to X', () => {
    assert.deepStrictEqual(speakers(P(LEAD, 'Peskar recalls a bad week in 2014 when the fund lost money. Tom Vell, he says, shrugged it off. "He told me, \'Ivo, money is just news that has not arrived.\' I wrote it down."'))[1],
      'Ivo Peskar');
  });

  it('keeps words quoted after a later verb of the subject the subject\'s', () => {
    const text = P(LEAD, 'Peskar recalls a meeting with the minister in 1987. Tom Vell, he says, listened for an hour and then told him: "You are right about everything, and I can do nothing."');
    assert.strictEqual(speakers(text)[1], 'Tom Vell');
  });
});
