// A chant is the words of the crowd that chants it, not of the person who recalls or reports the scene (`Novak
// recalled how the crowd sang "…"`); a song a named person sings is lyrics, no one's. A view quoted after `sees` is
// the one who sees it so. Invented text.
import * as assert from 'assert';
import { analyzeText } from '../../src/core';
import { speakers } from '../support/quoteSpeakers';

const P = (...paragraphs: string[]) => paragraphs.join('\n\n');
const PEOPLE = 'Former union leader Karel Novak spoke at the memorial alongside historian Eva Marsh.';

describe('chanted and sung words', () => {
  it('are the crowd\'s, never the one who recalls them', () => {
    // Each had been given to Novak or Marsh.
    const text = P(PEOPLE, 'Novak recalled how the crowd sang "We will not kneel" at the gates.', 'Marsh said the dockers chanted "Bread and work" all night.', 'Novak remembered the students chanting "No more tanks" in the square.');
    assert.deepStrictEqual(analyzeText(text).quotes.map((q) => [q.speaker?.name ?? null, q.speaker?.kind ?? null]), [['the crowd', 'description'], ['the dockers', 'description'], ['the students', 'description']]);
  });

  it('are the staff\'s when they cheer them, not the director\'s who recalls it', () => {
    // Had been Novak's.
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Novak recalled how the staff had cheered "at last" when the ship came in.')), ['the staff']);
  });

  it('are no one\'s when a named person sings them: lyrics, not news', () => {
    assert.deepStrictEqual(speakers(P(PEOPLE, 'In one old ballad, Pavel Roth sings, "The river keeps the names."')), [null]);
  });

  it('gives a view quoted after `sees` to the named person who sees it so', () => {
    // Both had no speaker: `sees` is no verb of saying.
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Where Novak sees "a betrayal of the yards", Marsh sees "the end of an era."')), ['Karel Novak', 'Eva Marsh']);
    // A sign seen is no one's words.
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Novak saw "Strike" painted on the gate.')), [null]);
  });

  it('leaves words the recaller said to them to the recaller', () => {
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Novak recalled telling the guards, "Open the gate."')), ['Karel Novak']);
  });
});
