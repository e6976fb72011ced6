// `When Trump spoke, he said "..."`: a pronoun right after a clause of time or cause means that clause's named subject,
// not the person named sentences before. Invented names throughout.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('a pronoun after an opening clause with a named subject', () => {
  it('gives the words to the opening clause\'s subject, past a person named before', () => {
    // It had been Ivo Berg: the antecedent search did not see a name inside the opening clause.
    assert.deepStrictEqual(speakers('Ivo Berg won the seat.\n\nWhen Tom Ruddick announced his bid in June, he called the port "a disgrace."'), ['Tom Ruddick']);
    assert.deepStrictEqual(speakers('Eva Lind won the seat.\n\nAfter Ana Kral lost the vote, she said it was "a new day."'), ['Ana Kral']);
  });

  it('leaves it to the person before when the opening clause points at someone else, or its subject does not fit', () => {
    // `him`: the one the opening clause's subject acted on, most often the person before.
    assert.deepStrictEqual(speakers('Ivo Berg won the seat.\n\nAfter Tom Ruddick attacked him, he said it was "a disgrace."'), ['Ivo Berg']);
    // A woman opening the clause is no `he`.
    assert.deepStrictEqual(speakers('Ivo Berg won the seat.\n\nWhen Ana Kral spoke, he said it was "a disgrace."'), ['Ivo Berg']);
    // No name acting in the clause (`As Kral's aide`): the person before.
    assert.deepStrictEqual(speakers('Ivo Berg won the seat.\n\nSince Tuesday, he has called the port "a disgrace."'), ['Ivo Berg']);
  });
});
