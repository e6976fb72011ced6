// A saying foretold in someone's reported words (`Kral said Harbor would respond "..."`): a place or a body that
// will speak is only spoken about, and the words are the reporter's. A person foretold to speak keeps the reading of
// a speech announced in advance.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('sayings foretold in reported words', () => {
  it('gives the words to the minister, not to the capital she says will respond', () => {
    const text = 'Norway\'s foreign minister, Ana Kral, spoke on Monday. Kral said Norway would respond "at a time of our choosing."';
    assert.deepStrictEqual(speakers(text), ['Ana Kral']);
  });

  it('reads over a negation and a `that` between the reporting verb and the modal', () => {
    const text = 'In Lisbon, Foreign Minister Ivo Peskar said that Portugal will not comment on "a quarrel between two harbours."';
    assert.deepStrictEqual(speakers(text), ['Ivo Peskar']);
  });

  it('gives the words to an unnamed spokesman who says the body will respond', () => {
    const text = 'Ana Kral toured the coast. A spokesman for the navy said the fleet would respond to any attack with "overwhelming force."';
    assert.deepStrictEqual(speakers(text), ['A spokesman for the navy']);
  });

  it('keeps the speaker of a past saying and of a person foretold to speak', () => {
    // No modal: the capital spoke (`Harbor responded`), and the quote is its own.
    assert.deepStrictEqual(speakers('Ana Kral spoke on Monday. Kral said Norway responded with "deep regret."'), ['Norway']);
    // A person foretold to speak may be a speech released in advance: not this rule's.
    const person = 'Ana Kral and Ivo Peskar met on Monday. Kral said Peskar would tell the council "the harbour stays open."';
    assert.deepStrictEqual(speakers(person), ['Ivo Peskar']);
  });
});
