// `His health minister, Osman Kaya, said ...` then `"...," the minister told reporters`: a role a pronoun owns, with a
// word of the office's field before its head, is the name's as the bare role is (`his lawyer, Ivo Kral,`); a word of
// another rank (`his former lawyer`) makes it someone else's office. Invented names throughout.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('a role a pronoun owns, with a modifier, set off before a name', () => {
  it('lets the bare role find the name later', () => {
    // Had been the description `the minister`.
    assert.deepStrictEqual(speakers('President Ana Kral toured the flooded towns. His health minister, Osman Kaya, said the hospitals were full.\n\n"We have beds for a week," the minister told reporters.'), ['Osman Kaya']);
    assert.deepStrictEqual(speakers('Her defence lawyer, Ivo Berg, said she would appeal.\n\n"She is innocent," the lawyer said.'), ['Ivo Berg']);
  });

  it('never lets a role of another rank answer the bare role', () => {
    assert.notStrictEqual(speakers('His former lawyer, Ivo Berg, caused an uproar.\n\n"We have enough," the lawyer told reporters.')[0], 'Ivo Berg');
    assert.notStrictEqual(speakers('His deputy minister, Osman Kaya, opened the session.\n\n"We have enough," the minister told reporters.')[0], 'Osman Kaya');
  });
});
