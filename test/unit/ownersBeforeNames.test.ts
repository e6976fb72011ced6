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

describe('a possessive opening a longer description, or one with an office before the name', () => {
  const after = (description: string) =>
    P('Governor Keshni Vardhan opened the new harbour on Friday.', `${description} led a march to the town hall.`, '"The harbour was built on debts," he said.');

  it('gives the `he` after `Her namesake and fiercest critic, council leader Ruvan Vardhan,` to him, not to the governor', () => {
    assert.deepStrictEqual(speakers(after('Her namesake and fiercest critic, council leader Ruvan Vardhan,')), ['Ruvan Vardhan']);
  });

  it('reads the `her` before `Her deputy, finance chief Ruvan Pellow,` as the governor\'s, not as his sex', () => {
    assert.deepStrictEqual(speakers(after('Her deputy, finance chief Ruvan Pellow,')), ['Ruvan Pellow']);
  });

  it('reads a description of two nouns joined by `and` as the name\'s subject', () => {
    assert.deepStrictEqual(speakers(after('Her oldest and closest ally, Ruvan Pellow,')), ['Ruvan Pellow']);
  });

  it('still lets a `her` that is the named person\'s own tell her sex', () => {
    const text = P('Mayor Tovin Arkel spoke first.', 'In her first speech as leader, Keshni Vardhan thanked the dockers.', '"They built this town," she said.');
    assert.deepStrictEqual(speakers(text), ['Keshni Vardhan']);
  });
});
