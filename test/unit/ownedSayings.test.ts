// A partial quote inside what someone else said (`disputing Kral's claim that it was "a mess"`) is that person's,
// not the words of the speaker disputing it. Invented sentences.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('a quote inside a claim someone owns', () => {
  it('gives it to the claim\'s owner, whoever speaks around it', () => {
    assert.deepStrictEqual(speakers('"It was fine," Ivo Peskar said, disputing Ana Kral\'s claim that it was "a mess."'), ['Ivo Peskar', 'Ana Kral']);
    assert.deepStrictEqual(speakers('Ivo Peskar, responding to Ana Kral\'s comment that the team was "lazy," said: "We work hard."'), ['Ana Kral', 'Ivo Peskar']);
  });

  it('gives the whole claim quoted after `that` to its owner, not to whoever mocks or dismisses it', () => {
    // Each had been given to Peskar, whose verb only reports the claim.
    assert.deepStrictEqual(speakers('Ivo Peskar mocked Ana Kral\'s claim that "the pier will outlast us all."'), ['Ana Kral']);
    assert.deepStrictEqual(speakers('Ivo Peskar dismissed Ana Kral\'s suggestion that "the ferry pays for itself."'), ['Ana Kral']);
    // A verb of saying between the claim and the quote speaks again.
    assert.deepStrictEqual(speakers('Ivo Peskar mocked Ana Kral\'s claim, saying: "the pier is rotten."'), ['Ivo Peskar']);
  });

  it('gives no one words of a claim whose owner is known by a role', () => {
    // Each had been given to Peskar, whose verb only reports someone else's words.
    assert.deepStrictEqual(speakers('Ivo Peskar ridiculed the governor\'s pledge that the ferry "will run every hour by June and cost nothing."'), [null]);
    assert.deepStrictEqual(speakers('Ivo Peskar laughed off the harbour master\'s warning that the pier "could fold like wet cardboard in a storm."'), [null]);
    // A line someone is known for is their saying, as a claim is.
    assert.deepStrictEqual(speakers('Ivo Peskar poked fun at Ana Kral\'s line that the ferry "pays for itself twice over."'), ['Ana Kral']);
    // `it's` is a pronoun and a verb, never an owner.
    assert.deepStrictEqual(speakers('Ivo Peskar said it\'s promise that the ferry "pays for itself twice over" he doubts.'), ['Ivo Peskar']);
  });

  it('leaves the speaker who goes on to say the words, and words said of the claim', () => {
    assert.deepStrictEqual(speakers('Ivo Peskar rejected Ana Kral\'s claim, saying the team was "not lazy."'), ['Ivo Peskar']);
    assert.deepStrictEqual(speakers('Ivo Peskar said that Ana Kral\'s claim that the pier is safe is "simply not true."'), ['Ivo Peskar']);
  });
});
