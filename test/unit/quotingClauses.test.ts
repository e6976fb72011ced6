// A sentence opened by `Quoting X,` (`To quote X,`, `In X's words,`), or whose verb reproduces X's words (`recalled her father's words:`), hands on
// X's words: its subject quotes them and never says them.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('sentences opened by a clause of quoting', () => {
  it('gives the quote to the person quoted, not to the subject who quotes them', () => {
    assert.deepStrictEqual(speakers('Quoting Ivo Peskar, Harbour Minister Ana Kral told delegates that "the sea does not wait for anyone".'), ['Ivo Peskar']);
  });

  it('reads `To quote X,`, `In the words of X,` and `In X\'s words,` as clauses of quoting', () => {
    assert.deepStrictEqual(speakers('To quote Ivo Peskar, "the sea remembers everything," Ana Kral said.'), ['Ivo Peskar']);
    assert.deepStrictEqual(speakers('In the words of Ivo Peskar, "the sea remembers everything," Ana Kral said.'), ['Ivo Peskar']);
    assert.deepStrictEqual(speakers('In Ivo Peskar\'s words, "the sea remembers everything," Ana Kral said.'), ['Ivo Peskar']);
    // Words of the writer's, or the speaker's own, open no one else's.
    assert.deepStrictEqual(speakers('In other words, "the sea remembers everything," Ana Kral said.'), ['Ana Kral']);
    assert.deepStrictEqual(speakers('In her own words, "the sea remembers everything," Ana Kral said.'), ['Ana Kral']);
  });

  it('gives the quote to the name set off after a description in the clause', () => {
    // Each had been no one's: the clause's phrase ended at the description (`the port's own engineer`).
    assert.deepStrictEqual(speakers('In the words of the port\'s own engineer, Ivo Peskar, the pier is "beyond repair."'), ['Ivo Peskar']);
    assert.deepStrictEqual(speakers('Quoting a former adviser, Ivo Peskar, the minister said the plan was "doomed."'), ['Ivo Peskar']);
    // The name set off is the sentence's subject when no subject and verb follow it: never the one quoted.
    assert.deepStrictEqual(speakers('Quoting her father, Ana Kral, 45, said the farm was "a gift."'), [null]);
  });

  it('gives the quote to no one when what is quoted is a text or unnamed', () => {
    assert.deepStrictEqual(speakers('Quoting a report by the harbour council, Ana Kral said the port was "in serious trouble this winter".'), [null]);
    assert.deepStrictEqual(speakers('Quoting from memory, Ana Kral said: "The sea does not wait for anyone."'), [null]);
  });

  it('still gives the subject the words after a clause of citing evidence', () => {
    assert.deepStrictEqual(speakers('Citing a poll, Ana Kral said the party was "in serious trouble this winter".'), ['Ana Kral']);
  });

  it('gives words a verb of reproducing introduces as someone\'s to their owner, or to no one when unnamed', () => {
    assert.deepStrictEqual(speakers('Ana Kral repeated Ivo Peskar\'s words: "The sea does not wait for anyone."'), ['Ivo Peskar']);
    assert.deepStrictEqual(speakers('Harbour Minister Ana Kral recalled her father\'s words at the launch: "Never forget where you came from."'), [null]);
    // A reply to someone's words is the subject's own, and so is what she recalls of a day.
    assert.deepStrictEqual(speakers('Ana Kral dismissed Ivo Peskar\'s remarks: "They are nonsense from start to finish."'), ['Ana Kral']);
    assert.deepStrictEqual(speakers('Ana Kral recalled the night of the storm: "We were all afraid of the sea."'), ['Ana Kral']);
  });

  it('gives the words to the person named right before the colon after a verb of quoting', () => {
    // Kral had been given the words she quotes.
    assert.deepStrictEqual(speakers('Ana Kral quoted Ivo Peskar: "The sea remembers everything we throw into it."'), ['Ivo Peskar']);
    assert.deepStrictEqual(speakers('Ana Kral cited Ivo Peskar: "The sea remembers everything we throw into it."'), ['Ivo Peskar']);
    // A verb of saying between the name and the colon speaks again.
    assert.deepStrictEqual(speakers('Ana Kral cited Ivo Peskar and added: "The sea remembers everything we throw into it."'), ['Ana Kral']);
  });
});
