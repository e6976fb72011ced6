// `Last night Mr Kral vowed to fight on. "...," he said.`: a time opening a sentence with no comma after it (a
// tabloid's and a wire's habit) stands before the subject, who is the `he` after it. Invented names throughout.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

const P = (...paragraphs: string[]) => paragraphs.join('\n\n');
const BEFORE = P('Ivo Marsh, 54, told reporters: "I have lived here for years."', 'A council spokesman said the rules were clear. "They apply to all," he said.');

describe('a time opening a sentence with no comma', () => {
  it('leaves the subject after it the antecedent of the next pronoun', () => {
    // Each had gone to the council spokesman: the subject was lost behind the time, and `he` went back past it.
    for (const opening of ['Last night Mr Marsh', 'On Monday Marsh', 'Yesterday Ivo Marsh', 'But this week Marsh']) {
      assert.deepStrictEqual(speakers(P(BEFORE, `${opening} vowed to fight on. "I will not let this go," he said.`)).slice(2), ['Ivo Marsh'], opening);
    }
  });

  it('still reads a time with its comma, and a sentence with no time, as before', () => {
    assert.deepStrictEqual(speakers(P(BEFORE, 'Last night, Marsh vowed to fight on. "I will not let this go," he said.')).slice(2), ['Ivo Marsh']);
    assert.deepStrictEqual(speakers(P(BEFORE, 'Marsh vowed to fight on. "I will not let this go," he said.')).slice(2), ['Ivo Marsh']);
  });
});
