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
  it('gives a quote inside the opening clause to its subject, through a second verb joined by `and`', () => {
    // It had been no one's: the joined verb's subject was sought after the clause (`the crowd`), past the quote.
    assert.deepStrictEqual(speakers('When Ana Kral referred to the flood and said she would "protect every family on the coast," the crowd applauded.'), ['Ana Kral']);
    // Whom the clause's verb acts on could be who speaks next: no guess.
    assert.deepStrictEqual(speakers('After Ivo Peskar criticized him and said the plan was "a betrayal," Tom Ruddick left.'), [null]);
  });

  it('gives it to the subject of such a clause opening past the sentence\'s start, as its only subject', () => {
    // It had been no one's: the sentence's own subject is `There`.
    assert.deepStrictEqual(speakers('There were sharper jabs, such as when Ana Kral cornered Ivo Peskar on tariffs and called him a "timid moderate," a dig at his record.'), ['Ana Kral']);
    // `such as` opens no clause: with no subject of a clause, no one.
    assert.deepStrictEqual(speakers('There were sharper jabs, such as Ana Kral on tariffs and the label of "timid moderate," a dig at his record.'), [null]);
  });

  it('reads the subject of a clause after a semicolon as a pronoun\'s nearer antecedent', () => {
    // It had been Ana Reyes: only the sentence's first subject (Tom Reyes, no `she`) was asked, then the sentence before.
    assert.deepStrictEqual(speakers('Ana Reyes spoke first. Tom Reyes praised the plan; his aide, Mia Chen, was less sure. "It is rushed," she said.'), ['Mia Chen']);
    assert.deepStrictEqual(speakers('Ana Reyes spoke first. Tom Reyes praised the plan; Mia Chen disagreed. "It is rushed," she said.'), ['Mia Chen']);
    // A clause with no person for its subject, or a list, gives none.
    assert.deepStrictEqual(speakers('Ana Reyes spoke first. Tom Reyes praised the plan; the vote is Monday. "It is rushed," she said.'), ['Ana Reyes']);
  });

  it('reads the subject past an opening `Born in …` clause, as a later pronoun\'s antecedent', () => {
    // It had been Ana Lind: the subject after `Born in 1936, …` went unread, so `she` reached back to the last speaker.
    const obituary = 'Eva Okafor, the union leader, died on Sunday. Her daughter, Ana Lind, confirmed the death. "She argued to the end," Ms. Lind said.\n\nBorn in 1936 to a docker, Okafor left school at 14. She joined the union a year later. "I was the only woman in the room," she told an interviewer in 2004.';
    assert.deepStrictEqual(speakers(obituary), ['Ana Lind', 'Eva Okafor']);
    // A person of that name speaking is still that person.
    assert.deepStrictEqual(speakers('Max Born spoke first. Born said the result was "astonishing."'), ['Max Born']);
  });
});
