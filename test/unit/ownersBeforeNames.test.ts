// `Her former student Dr Tarun Iyer recalled`: a `her` opening the sentence's description of a name is the owner's
// (the student's teacher), no evidence of the named person's sex, with or without a comma before the name. Read as
// his, it made him a woman, and the `he` after him went past him to the man named before. Invented text.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

const P = (...paragraphs: string[]) => paragraphs.join('\n\n');

describe('a possessive opening the description right before a name', () => {
  it('gives the name no sex, so a later `he` is the named person', () => {
    const text = P(
      'Mr Osric Vane chaired the memorial meeting. "We start at nine," Vane said.',
      'Her former student Dr Tarun Iyer recalled the long winters at the field station.',
      '"She never missed a measurement, not once in thirty seasons," he said.',
    );
    assert.deepStrictEqual(speakers(text), ['Osric Vane', 'Tarun Iyer']);
  });

  it('still lets a `she` after the name be hers when the text says nothing else', () => {
    const text = P('His neighbour Anouk Devries found the dog.', '"It was shivering under the hedge," she said.');
    assert.deepStrictEqual(speakers(text), ['Anouk Devries']);
  });
});
