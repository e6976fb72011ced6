// `As for Kral, he said he is not worried`: a name set up as the sentence's topic is whom the pronoun after the comma
// means. The antecedent search had passed the topic by and given the quotes to the person named before. Invented
// sentences.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('a pronoun after an `As for` topic', () => {
  it('gives the words to the topic, not to the speaker before it', () => {
    const text = 'Ivo Marsh warned against a split vote. "It would be a disaster," Marsh said.\n\nAs for Tom Reddick, he said he is not worried. "First of all, I will win the vote," he said, adding that the count was early. "The one with the most votes should win."';
    assert.deepStrictEqual(speakers(text), ['Ivo Marsh', 'Tom Reddick', 'Tom Reddick']);
  });

  it('reads `As to` the same way, and a woman after a man', () => {
    const text = 'Marek Dolan said the budget was sound. "We kept every promise," Dolan said.\n\nAs to Vera Lang, she said she would vote against it. "It is a bad plan," she said.';
    assert.deepStrictEqual(speakers(text), ['Marek Dolan', 'Vera Lang']);
  });
});
