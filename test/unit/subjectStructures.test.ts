// Sentence structures whose subject is not the name read right before the verb of speech: a relative clause without
// its pronoun (`The lawyer Ana Kral hired said`), two names offered as alternatives or both denied (`Neither Kral nor
// Peskar said`), a cleft that denies the words to the name before `who` (`It was Kral, not Peskar, who said`), a
// participle set off after a name (`Peskar, described by Kral as "…"`).
// Invented sentences; each had given the quote to the wrong person.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('subjects past the name before the verb', () => {
  it('gives no one the words of a noun a clause without its pronoun follows', () => {
    assert.deepStrictEqual(speakers('The lawyer Ana Kral hired said "the will is valid in every way."'), [null]);
    assert.deepStrictEqual(speakers('The doctor Ivo Peskar saw told him "rest for a week at least."'), [null]);
    assert.deepStrictEqual(speakers('A clerk Ana Kral met in May said the ferry was "never on time."'), [null]);
    assert.deepStrictEqual(speakers('"The will is valid in every way," the lawyer Ana Kral hired said.'), [null]);
    assert.deepStrictEqual(speakers('"The will is valid in every way," said the lawyer Ana Kral hired.'), [null]);
    // The clause running on past its verb (`met in Port Aldis`) before the verb of saying.
    assert.deepStrictEqual(speakers('A man Ana Kral met in Port Aldis said "the ferry has not run since June."'), [null]);
    assert.deepStrictEqual(speakers('A driver Ivo Peskar employed for years later told the court "he never paid on time."'), [null]);
  });

  it('gives a clause without its pronoun set off after a noun to its own named subject, not the sentence\'s', () => {
    const [quote] = speakers('Tomas Dorn investigated the sinking of the ferry, an incident Ivo Peskar brought up as "very fishy" in an interview.');
    assert.strictEqual(quote, 'Ivo Peskar');
    // Inside the predicate the `as` may be the sentence's verb's: its subject keeps the words.
    assert.deepStrictEqual(speakers('Tomas Dorn criticised the plan Ivo Peskar drew up as "a gift to the owners."'), ['Tomas Dorn']);
  });

  it('leaves a named subject after its role whose own verb goes on to speak', () => {
    assert.deepStrictEqual(speakers('Union leader Ivo Peskar campaigned in Port Aldis and said "the ferry must run."'), ['Ivo Peskar']);
    assert.deepStrictEqual(speakers('Port director Ana Kral defended the plan as "a fair deal for the islands."'), ['Ana Kral']);
  });

  it('still reads a name after its role or its owner', () => {
    assert.deepStrictEqual(speakers('Ana Kral\'s lawyer Ivo Peskar said "the will is valid in every way."'), ['Ivo Peskar']);
    assert.deepStrictEqual(speakers('Harbour master Ivo Peskar said "the ferry is never on time."'), ['Ivo Peskar']);
    assert.deepStrictEqual(speakers('The lawyer Ana Kral said "the will is valid in every way."'), ['Ana Kral']);
    assert.deepStrictEqual(speakers('"The will is valid in every way," said Ana Kral, the lawyer Ivo Peskar hired.'), ['Ana Kral']);
    // A party's member with a participle of its own is still the one described.
    assert.notStrictEqual(speakers('"The fund will be spent by May," said one Democrat involved in the talks.')[0], null);
  });

  it('gives no one words two names are offered as alternatives for, or denied', () => {
    assert.deepStrictEqual(speakers('Neither Ana Kral nor Ivo Peskar said "we will resign from the board."'), [null]);
    assert.deepStrictEqual(speakers('Either Ana Kral or Ivo Peskar said "the money is gone for good."'), [null]);
    assert.deepStrictEqual(speakers('Ana Kral or her brother Ivo Peskar told the court "the will is a fake."'), [null]);
    // Joined by `and`, both speak.
    assert.deepStrictEqual(speakers('Ana Kral and Ivo Peskar said "we will resign from the board."'), ['Ana Kral and Ivo Peskar']);
    // People listed with their appositives speak together (had been the last alone).
    assert.deepStrictEqual(speakers('Ana Kral, the mayor, and Ivo Peskar, her deputy, said "we will resign from the board."'), ['Ana Kral and Ivo Peskar']);
    assert.deepStrictEqual(speakers('"We will resign from the board," Ana Kral, the mayor, and Ivo Peskar, her deputy, said.'), ['Ana Kral and Ivo Peskar']);
    // Not a new clause after a comma: there the name alone is its subject.
    assert.deepStrictEqual(speakers('Tom Dorn met the mayor, and Ivo Peskar, her deputy, said "we will resign from the board."'), ['Ivo Peskar']);
    // `both` after the names is no part of the second name (had been Ana Kral's alone).
    assert.deepStrictEqual(speakers('Ana Kral and Ivo Peskar both said "we will resign from the board."'), ['Ana Kral and Ivo Peskar']);
    assert.deepStrictEqual(speakers('Ana Kral and Ivo Peskar have both said "we will resign from the board."'), ['Ana Kral and Ivo Peskar']);
  });

  it('never gives words after a second verb whose pronoun subject no one answers to the first verb’s subject', () => {
    // Each had been Ana Kral's.
    assert.deepStrictEqual(speakers('Ana Kral called Ivo Peskar "a menace to the port," and he called her "a liar and a cheat."')[1], null);
    assert.deepStrictEqual(speakers('Ana Kral called Ivo Peskar "a menace to the port"; he called her "a liar and a cheat."')[1], null);
  });

  it('gives words reported after an aside that agrees (`, and X agreed,`) to the one who reports them', () => {
    // Had been the aside's.
    assert.deepStrictEqual(speakers('Ana Kral said, and Ivo Peskar agreed, that the plan was "dead on arrival at the port."'), ['Ana Kral']);
    // An aside with `as` attributes the words around it.
    assert.deepStrictEqual(speakers('Ana Kral thought that the result, as she later explained, was an "economic bubble."'), ['Ana Kral']);
  });

  it('gives a cleft’s words to the name it affirms, not the one set off after `not`', () => {
    assert.deepStrictEqual(speakers('It was Ana Kral, not Ivo Peskar, who said "the dam will break in spring."'), ['Ana Kral']);
    assert.deepStrictEqual(speakers('The board thanked Ana Kral, not Ivo Peskar, who said "the dam will break in spring."'), ['Ana Kral']);
  });

  it('gives the words of a participle set off after a name to its agent, never to that name', () => {
    assert.deepStrictEqual(speakers('Ivo Peskar, described by Ana Kral as "a giant of the port," died on Monday.'), ['Ana Kral']);
    assert.deepStrictEqual(speakers('Ivo Peskar, described as "a giant of the port," died on Monday.'), [null]);
    // After an appositive or an adverb, a verb in -ed is the name's own.
    assert.deepStrictEqual(speakers('Ivo Peskar, a ferry captain, added "the crossing is too rough for anyone."'), ['Ivo Peskar']);
    assert.deepStrictEqual(speakers('Ivo Peskar, however, interjected by hitting Ana Kral for "lying about the land."'), ['Ivo Peskar']);
    // The agent after `as` and its quote; a name set off in a `what`/`which` clause's subject is no participle's.
    assert.deepStrictEqual(speakers('The mayor, Ivo Peskar, described as "a giant of the port" by Ana Kral, died on Monday.'), ['Ana Kral']);
    assert.deepStrictEqual(speakers('The ferry group called the ruling "rash," while the union welcomed what its leader, Ana Kral, described as "a signal to every port."'), ['The ferry group', 'Ana Kral']);
    assert.deepStrictEqual(speakers('The union welcomed the ruling, which its leader, Ana Kral, described as "a signal to every port."'), ['Ana Kral']);
  });

  it('gives the words to the person a noun describes, not to a name joined by `and` inside its object or owner', () => {
    assert.deepStrictEqual(speakers('A lawyer for Ana Kral and Ivo Peskar said "the land is ours by law."'), ['A lawyer for Ana Kral']);
    assert.deepStrictEqual(speakers('An aide to both Ana Kral and Ivo Peskar said "the land is ours by law."'), ['An aide']);
    assert.deepStrictEqual(speakers('Ana Kral and Ivo Peskar\'s lawyer said "we will appeal the ruling."'), ['Ivo Peskar\'s lawyer']);
    // A person joined to a name speaks with it.
    assert.deepStrictEqual(speakers('Ana Kral and her lawyer said "we will appeal the ruling."'), ['Ana Kral']);
  });
});
