// `The chair turned to her and she said`: a `she` after `and` and an object `her` stands for whom `her` stands for,
// never for the first clause's subject (objectPronounSubjects.ts).
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('a pronoun subject after an object pronoun of its sex and `and`', () => {
  it('gives the words to the person the object stands for, not to the first clause\'s subject', () => {
    // Each had been the chair's.
    assert.deepStrictEqual(speakers('Councillor Ana Ruiz was asked about the vote. The chair turned to her and she said "I will not resign over this."'), ['Ana Ruiz']);
    assert.deepStrictEqual(speakers('Tom Berg sat at the end of the table. The chair turned to him, and he said "I will not resign over this."'), ['Tom Berg']);
  });

  it('gives no one when no one before the sentence fits', () => {
    assert.deepStrictEqual(speakers('The chair turned to her and she said "I will not resign over this."'), [null]);
  });

  it('leaves a pronoun after a possessive `her` to the subject', () => {
    assert.deepStrictEqual(speakers('Councillor Ana Ruiz was asked about the vote. Mia Holm lost her seat and she said "I will not resign over this."'), ['Mia Holm']);
  });
});
