// A name after the verb of a restrictive `that` or `which` clause (`the crew that rescued Ana Kral told`) is the
// clause's object: the sentence's verb of speech speaks for the phrase the clause follows, never for that name.
import * as assert from 'assert';
import { analyzeText, checkDraft } from '../../src/core';
import { indexOf } from '../support/memoryCorpus';

const speaker = (text: string) => {
  const found = analyzeText(text).quotes[0].speaker;
  return found ? `${found.kind} ${found.name}` : null;
};

describe('a restrictive `that` or `which` clause before a verb of speech', () => {
  it('keeps the name in the clause from the words', () => {
    assert.strictEqual(speaker('The pilot of the boat that rescued Ana Kral told the hearing the sea was "like a wall."'), 'description The pilot of the boat');
    assert.strictEqual(speaker('The nurse on the ward that treated Ivo Marsh said he had been "very lucky indeed."'), 'description The nurse');
    assert.strictEqual(speaker('The driver that hit Ivo Marsh told police he had been "blinded by the sun."'), 'description The driver');
    assert.strictEqual(speaker('The firm which employs Ana Kral said the claims were "without foundation."'), 'description The firm');
  });

  it('leaves `that` opening what was said, and a name after it, as they were', () => {
    assert.strictEqual(speaker('Officials said that Ana Kral told them the plan was "dead on arrival."'), 'person Ana Kral');
    assert.strictEqual(speaker('Ivo Marsh told reporters that the plan was "dead on arrival."'), 'person Ivo Marsh');
  });
});

describe('a draft that names someone inside a restrictive `that` clause before its verb of speech', () => {
  it('claims the words for the clause\'s head, not for the name: no warning on a right draft', () => {
    const index = indexOf({
      rescue: 'Boat crew tells hearing of night rescue\n\nThe pilot of the lifeboat, Oskar Brandt, told the hearing that the sea had been "like a wall of black glass all night long".\n\nThe fisherman he rescued, Ana Kral, thanked the crew.',
    });
    const draft = 'The pilot of the boat that rescued Ana Kral told the hearing the sea had been "like a wall of black glass all night long".';
    const warned = checkDraft(draft, index).findings.filter((f) => f.code === 'misattributed-quote');
    assert.deepStrictEqual(warned, []);
  });
});
