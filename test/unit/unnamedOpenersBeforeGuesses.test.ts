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

describe('an unnamed speaker after a fronted phrase before a pronoun', () => {
  it('stops the guess at a person named in the paragraph before', () => {
    const text = 'Prime Minister Ivo Peskar had on Monday said the port was "free at last," a remark that drew criticism.\n\nAt the harbour gate, where crowds have waited for days, a former interpreter for the coast guard said he had not slept. "I have my papers, but nobody lets us through," he told reporters.';
    assert.deepStrictEqual(speakers(text), ['Ivo Peskar', null]);
  });

  it('lets a name set off after the indefinite subject be the one meant', () => {
    const text = 'Prime Minister Ivo Peskar spoke on Monday.\n\nAt the harbour gate, a friend, Tom Reddick, said he had waited for days. "Nobody lets us through," he said.';
    assert.deepStrictEqual(speakers(text), ['Tom Reddick']);
  });
});
