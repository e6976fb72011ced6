// A writer's own question put to someone (`I asked Kral about it.`, `I put that point to Kral.`): the `he` answering
// it is the one asked, not whoever the text named before. Invented names and sentences throughout.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('a question the writer puts to someone', () => {
  it('gives the answer after it to the one asked', () => {
    // Each had gone to Tomas Reed, named in the paragraph before: a columnist's opponent given a developer's words.
    const before = 'Piet Varga runs the council. Tomas Reed said the plan would "pay for itself." He did not say how.\n\n';
    assert.deepStrictEqual(speakers(`${before}I put that point to Varga. "The town needs it," he said.`), ['Tomas Reed', 'Piet Varga']);
    assert.deepStrictEqual(speakers(`${before}I asked Varga about it. "The town needs it," he said.`), ['Tomas Reed', 'Piet Varga']);
    assert.deepStrictEqual(speakers(`${before}We put the question to Varga. "The town needs it," he said.`), ['Tomas Reed', 'Piet Varga']);
  });

  it('gives a question put to someone by a named asker to the one asked', () => {
    const before = 'Piet Varga runs the council. Tomas Reed said the plan would "pay for itself."\n\n';
    assert.deepStrictEqual(speakers(`${before}Host Ana Moss put the claim to Varga. "It is nonsense," he said.`), ['Tomas Reed', 'Piet Varga']);
  });

  it('keeps the writer\'s other sentences from naming anyone', () => {
    // `put` with no question is no asking: the pronoun still reads back to the one named before.
    const before = 'Tomas Reed said the plan would "pay for itself."\n\n';
    assert.deepStrictEqual(speakers(`${before}I put the money to one side. "It will work," he said.`), ['Tomas Reed', 'Tomas Reed']);
  });
});
