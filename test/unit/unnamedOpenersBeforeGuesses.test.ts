// `... thanks to Tom Reddick. One California delegate said he tried to give away passes. "Not even one," he said.`:
// a sentence that opens with an unnamed person (`One California delegate`, `A longtime donor`) has them for a later
// `he`, likelier than anyone named in passing before; the last-resort guess at a named person stops there. It had
// given the words to the person named in passing. Invented sentences.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('an unnamed person opening the sentence before a pronoun', () => {
  it('stops the guess at a person named in passing before', () => {
    const text = 'Many voters are already doing so, thanks to Tom Reddick. One California delegate said he tried to give away guest passes. He was unable to find a single taker, he said.\n\n"Not even one," he said.';
    assert.deepStrictEqual(speakers(text), [null]);
  });

  it('still lets the guess reach a person named in passing when no one else is there', () => {
    const text = 'The award went to Tom Reddick last year.\n\n"It was a surprise," he said.';
    assert.deepStrictEqual(speakers(text), ['Tom Reddick']);
  });
});
