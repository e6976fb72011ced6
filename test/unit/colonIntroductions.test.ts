// A paragraph of quotation that a sentence before introduces with a colon speaks for the speaker that sentence
// gives: a statement the subject issues (`released the following statement:`), an opening speech verb (`Stated Kral:`).
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('quotations introduced with a colon', () => {
  it('gives a statement to the named subject that issued it', () => {
    const text = 'When the flood hit, Mayor Dana Reyes released the following statement:\n\n"Our thoughts are with every family in the valley. We will rebuild every road."';
    assert.deepStrictEqual(speakers(text), ['Dana Reyes']);
    const issued = 'Ivo Kral, the harbour board chairman, on Friday issued a short statement:\n\n"The pier will reopen when the engineers say it is safe, and not a day before."';
    assert.deepStrictEqual(speakers(issued), ['Ivo Kral']);
  });

  it('gives it to the speaker after an opening speech verb', () => {
    assert.deepStrictEqual(speakers('Stated Ivo Kral:\n\n"I think the stakes are so high that they would do anything to stay in power."'), ['Ivo Kral']);
  });

  it('gives the words after a colon to the person whose post, statement or reply they are', () => {
    const post = 'Aides say the mayor will stay on. From Dana Reyes\'s Facebook post: "We will finish the sea wall before the next storm season."';
    assert.deepStrictEqual(speakers(post), ['Dana Reyes']);
    const reply = 'Ivo Kral wrote to the harbour board in May. Kral\'s reply was: "Is the pier in Ohio or in Maine, then?"';
    assert.deepStrictEqual(speakers(reply), ['Ivo Kral']);
    const paragraph = 'Dana Reyes spoke on Friday. From Reyes\'s statement:\n\n"We will finish the sea wall before the next storm season."';
    assert.deepStrictEqual(speakers(paragraph), ['Dana Reyes']);
  });

  it('gives the words after `Here is X:` to the person presented, with the time or place of their words', () => {
    assert.deepStrictEqual(speakers('Dana Reyes ran the port for ten years. Here\'s Reyes in March 2019: "We will finish the sea wall before the next storm season."'), ['Dana Reyes']);
    assert.deepStrictEqual(speakers('Dana Reyes ran the port for ten years. Here is Reyes at the harbour meeting:\n\n"We will finish the sea wall before the next storm season."'), ['Dana Reyes']);
  });

  it('presents no one in `Here is` before a thing or a clause', () => {
    assert.deepStrictEqual(speakers('Dana Reyes ran the port. Here\'s the thing: "We will finish the sea wall before the next storm season."'), [null]);
    assert.deepStrictEqual(speakers('Dana Reyes ran the port. Here\'s Ivo Kral, who met Reyes: "We will finish the sea wall before the next storm season."'), [null]);
  });

  it('reads no owner into a possessive that owns no text of speech', () => {
    assert.deepStrictEqual(speakers('Ivo Kral met the board. Kral\'s aide read a line: "Is the pier in Ohio or in Maine, then?"'), [null]);
    assert.deepStrictEqual(speakers('Ivo Kral met the board. The pier\'s statement: "Is the pier in Ohio or in Maine, then?"'), [null]);
  });

  it('leaves the quotation unattributed when no one named introduces it', () => {
    assert.deepStrictEqual(speakers('The result was the following statement:\n\n"The pier will reopen when the engineers say it is safe."'), [null]);
  });

  it('gives the quote after `the words of X:` to X, as a speaker quoting a writer introduces them', () => {
    assert.deepStrictEqual(speakers('Ivo Peskar: Friends, I will quote the words of Ana Kral: "If I call this land my home, that means I love it."'), ['Ana Kral']);
    assert.deepStrictEqual(speakers('He then read out the statement of Ana Kral: "We will not leave the pier."'), ['Ana Kral']);
    // A body named after `of the` is no name read there.
    assert.deepStrictEqual(speakers('He recalled the words of the Harbor Board: "We will not leave the pier."'), [null]);
  });
  it('gives the quote after `X\'s message to Y was blunt:` to X, whoever the words are for and however they are put', () => {
    // Each had no speaker: only `X's message:` and `X's message was:` were read.
    assert.deepStrictEqual(speakers('Ivo Peskar toured the port. Peskar\'s message to shipowners was blunt: "Come back. It is safe."'), ['Ivo Peskar']);
    assert.deepStrictEqual(speakers('Ana Kral spoke last. Kral\'s verdict: "Not good enough."'), ['Ana Kral']);
    assert.deepStrictEqual(speakers('Ana Kral spoke last. Kral\'s answer was short: "No."'), ['Ana Kral']);
    // A name set off after a description is the sentence's subject before a colon, as a plain name is (had none).
    assert.deepStrictEqual(speakers('The port minister, Ivo Peskar, went further: "We need to stop buying gas entirely."'), ['Ivo Peskar']);
    // Not a comma that opens a relative clause after a name the opening phrase's comma comes before (my first try lost it).
    assert.deepStrictEqual(speakers('In the call, Rep. Ana Kral, who was elected in 2010, casts Ivo Peskar as a "liberal who would unravel the plan."'), ['Ana Kral']);
    // A person who owns no text (`Kral's aide`) introduces nothing.
    assert.deepStrictEqual(speakers('Ana Kral spoke last. Kral\'s aide was blunt: "No."'), [null]);
  });

  it('gives the quote after `X\'s words were stark:` to X, a plural text as a singular one', () => {
    // Each had no speaker: only `was` and `is` were read before the colon.
    assert.deepStrictEqual(speakers('Ivo Peskar toured the port. Peskar\'s words to the crews were short: "Sail at dawn."'), ['Ivo Peskar']);
    assert.deepStrictEqual(speakers('Ana Kral spoke last. Kral\'s remarks were: "The port stays open."'), ['Ana Kral']);
  });

  it('reads `have` before a determiner as the verb of a named subject whose colon introduces the words', () => {
    // Each had no speaker: `had` was skipped as an auxiliary, leaving no verb before the colon.
    assert.deepStrictEqual(speakers('Ana Kral had a message for the council: "We have waited long enough."'), ['Ana Kral']);
    assert.deepStrictEqual(speakers('Ivo Peskar has a simple answer: "We have waited long enough."'), ['Ivo Peskar']);
    // Without the colon, `has` only says what the subject has, as `is` does: the writer's term.
    assert.deepStrictEqual(speakers('Ana Kral has the "worst record in the port."'), [null]);
  });

  it('gives the words of `the reply from X` to X, before a colon or after the quote', () => {
    // Each had no speaker.
    assert.deepStrictEqual(speakers('The reply from Ana Kral came swiftly: "He is a friend."'), ['Ana Kral']);
    assert.deepStrictEqual(speakers('The message of Ivo Peskar was blunt: "Come back. It is safe."'), ['Ivo Peskar']);
    assert.deepStrictEqual(speakers('"He is a friend," came the reply from Ana Kral.'), ['Ana Kral']);
    assert.deepStrictEqual(speakers('"He is a friend," was the response of Ivo Peskar, a former minister.'), ['Ivo Peskar']);
    assert.deepStrictEqual(speakers('The question from Ivo Peskar was simple: "Is the plan dead?"'), ['Ivo Peskar']);
    assert.deepStrictEqual(speakers('Ivo Peskar\'s demand: "Close the port."'), ['Ivo Peskar']);
    // What the text is about, after `on` (had been the description `Kral's verdict`).
    assert.deepStrictEqual(speakers('Ana Kral\'s verdict on Ivo Peskar: "a menace to the port and to us all."'), ['Ana Kral']);
  });

  it('never gives a reply to the one who spoke before it', () => {
    // Both had been the previous speaker's, continued.
    assert.deepStrictEqual(speakers('Ana Kral spoke first. "We are ready," she said.\n\n"He is a friend," came the reply.'), ['Ana Kral', null]);
    assert.deepStrictEqual(speakers('Ana Kral spoke first. "We are ready," she said.\n\n"He is a friend," came the reply from the council.'), ['Ana Kral', null]);
    // Her own answer is still hers.
    assert.deepStrictEqual(speakers('Ana Kral spoke first. "We are ready," she said.\n\n"He is a friend," was her answer.'), ['Ana Kral', 'Ana Kral']);
  });

  it('gives the quote after `An email from X:` to X, as a live blog quotes its readers', () => {
    assert.deepStrictEqual(speakers('71 min: An email from Dana Whitlow: "Is the keeper wearing a dressing gown?" It is a coat, Dana.'), ['Dana Whitlow']);
    assert.deepStrictEqual(speakers('A message from Ana Kral: "Come home soon, the harvest is in."'), ['Ana Kral']);
  });
});
