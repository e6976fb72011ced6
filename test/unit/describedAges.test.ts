// A description with an age (`the 52-year-old widow`) means the person the text gave that age, never whoever was
// named last when the text gave the age to someone else. Invented text.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('a description with an age', () => {
  const text = (age: string) =>
    'Maria Ostrova, 52, lost her husband in the flood.\n\nDr Anna Berg, a hydrologist, said the river would fall.\n\n"The worst is over," Berg said.\n\n' +
    `Back in the village, the ${age}-year-old widow stood by the ruins of her kitchen.\n\n"Where will we go?" she said.`;

  it('is not the woman named last when the text gave that age to another', () => {
    // The widow's words had been Anna Berg's, the last woman named.
    assert.notStrictEqual(speakers(text('52'))[1], 'Anna Berg');
  });

  it('still means the one named last when the text gave her that age, or gave no ages', () => {
    const given = 'Dr Anna Berg, 61, a hydrologist, said the river would fall.\n\n"The worst is over," Berg said.\n\n"We will rebuild," the 61-year-old said.';
    assert.deepStrictEqual(speakers(given), ['Anna Berg', 'Anna Berg']);
    const none = 'Dr Anna Berg, a hydrologist, said the river would fall.\n\n"The worst is over," Berg said.\n\n"We will rebuild," the 61-year-old said.';
    assert.deepStrictEqual(speakers(none), ['Anna Berg', 'Anna Berg']);
  });
});
