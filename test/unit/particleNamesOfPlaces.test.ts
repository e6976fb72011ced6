// `Joost van Rijn of Utrecht was ...`, `Her rival, Ana de la Vega of Seville, ...`: a name with its particles ends
// where its place begins, as one without them does (`Sherrod Brown of Ohio`). The particle had kept the name from
// ending there, so that the words before `of` read as a title and the place as the name: the sentence had no subject,
// and a `he` after it went back to the speaker before. Invented text.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

const P = (...paragraphs: string[]) => paragraphs.join('\n\n');

describe('a name with particles before the place it is of', () => {
  it('is the subject a later `he` stands for', () => {
    assert.deepStrictEqual(
      speakers(P('The umpire, Karel Mraz, said the court was dry. "We can play," he said.', 'Joost van Rijn of Utrecht was waiting in the players\' lounge. "I have been here since noon," he said.')),
      ['Karel Mraz', 'Joost van Rijn'],
    );
  });

  it('is the person in an appositive after a description', () => {
    assert.deepStrictEqual(
      speakers(P('The umpire, Karel Mraz, said the court was dry. "We can play," he said.', 'His next opponent, Joost van Rijn of the Netherlands, was stretching by the net. "I feel fresh," the Dutchman said.')),
      ['Karel Mraz', 'Joost van Rijn'],
    );
  });

  it('keeps two particles together (`de la`)', () => {
    assert.deepStrictEqual(
      speakers(P('Ana de la Vega of Seville won the final in three sets. "It was a long day," she said.')),
      ['Ana de la Vega'],
    );
  });
});
