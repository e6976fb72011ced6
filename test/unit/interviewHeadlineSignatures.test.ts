// A headline's quote signed after a colon by the interview it comes from (`'…': an interview with Ana Kral`) or by
// the name and a topic (`'…': Ana Kral on the strike`): the quote is that person's (dashAttributions.ts).
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

const BODY = '\n\nMarta Kowalczyk has run the Dunmore bridge works since 2015. She spoke to us from her office.';

describe('a headline quote signed by an interview with its speaker', () => {
  it('is the guest\'s after `an interview with` or `a conversation with`', () => {
    // Each had been no one's.
    assert.deepStrictEqual(speakers(`"We build bridges that last a century": an interview with Marta Kowalczyk${BODY}`), ['Marta Kowalczyk']);
    assert.deepStrictEqual(speakers(`'Nobody reads the small print': a conversation with Marta Kowalczyk${BODY}`), ['Marta Kowalczyk']);
  });

  it('is the named person\'s before a topic after `on`', () => {
    assert.deepStrictEqual(speakers(`'We will not sell the works': Marta Kowalczyk on the takeover bid${BODY}`), ['Marta Kowalczyk']);
  });

  it('is no one\'s when the guest is a description or the name goes on with a verb', () => {
    assert.deepStrictEqual(speakers(`'We will not sell the works': an interview with the mayor${BODY}`), [null]);
    assert.deepStrictEqual(speakers(`'We will not sell the works': Marta Kowalczyk digs in${BODY}`), [null]);
  });
});
