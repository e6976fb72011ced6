// `the former Vestmark United striker Ivo Dorn`: a word of the holder's time (`former`, `veteran`) between `the` and a
// body's capitals had kept them from reading as the noun's modifiers, and the club was learnt as a man whom a later
// `he` or a lone word could reach. Invented sentences.
import * as assert from 'assert';
import { findNames } from '../../src/core/attribution/findNames';
import { prepareText } from '../../src/core/text/prepareText';

function people(text: string): string[] {
  return findNames(prepareText(text, 'plain', 'x'))
    .filter((n) => n.kind === 'person')
    .map((n) => n.words.join(' '));
}

describe('capitals after `the former` before a noun', () => {
  it('modify the noun: the club is no person', () => {
    assert.deepStrictEqual(people('The former Vestmark United striker Ivo Dorn said he was happy.'), ['Ivo Dorn']);
    assert.deepStrictEqual(people('The veteran Kessler Brothers banker Ivo Dorn said he was happy.'), ['Ivo Dorn']);
  });

  it("leave a possessive name after `the late` a person's", () => {
    assert.ok(people("The late Ana Kral's husband, Ivo Dorn, said he was happy.").some((name) => name.startsWith('Ana Kral')));
  });
});
