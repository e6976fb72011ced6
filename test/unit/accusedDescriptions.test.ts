// `the suspect`, `the gunman`: a description of someone held for an attack, after a text names that person as what is
// done to (`Police arrested Tomas Berg`), is not the person last named as a subject. Invented text.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

const P = (...paragraphs: string[]) => paragraphs.join('\n\n');
const MINISTER = 'Interior Minister Ivo Marsh condemned the attack as "cowardly".';

describe('a description of someone held for an attack', () => {
  it('is not the minister who spoke before the arrested man was named', () => {
    // Both had been Marsh's: the search for the description passed Berg, the arrest's object.
    assert.deepStrictEqual(speakers(P(MINISTER, 'Police arrested Tomas Berg, 41, at the scene. According to investigators, the suspect said he "hated the council".')), ['Ivo Marsh', 'the suspect']);
    assert.deepStrictEqual(speakers(P(MINISTER, 'Officers detained Tomas Berg near the ferry. "I did it alone," the gunman told them.')), ['Ivo Marsh', 'the gunman']);
  });

  it('is still the suspect the text named as its subject', () => {
    assert.deepStrictEqual(speakers(P('The suspect, Tomas Berg, 41, was arrested at the scene. Berg appeared in court on Monday.', '"I hated the council," the suspect told the judge.')), ['Tomas Berg']);
  });
});
