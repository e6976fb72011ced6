// A text that gives one office to two people by title (`Ashby Mayor`, `Corlett Mayor`) leaves its bare `the mayor`
// no one's: the person last named is a guess. Invented sentences.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

const P = (...paragraphs: string[]) => paragraphs.join('\n\n');

describe('an office two people hold in one text', () => {
  it('gives `the mayor` to neither of two mayors (it stays a description)', () => {
    const text = P(
      'Ashby Mayor Helen Quist said her town had paid for the last three repairs. "It is their turn now, plain and simple," Quist said.',
      'Corlett Mayor Ivan Pell disputed the figures. "Those numbers leave out the pumps we replaced," Pell said.',
      '"We will not sign anything until the audit is finished," the mayor said.',
    );
    assert.deepStrictEqual(speakers(text), ['Helen Quist', 'Ivan Pell', 'the mayor']);
  });

  it('still gives `the mayor` to the one mayor beside a deputy mayor, and a mayor named twice', () => {
    const text = P(
      'Deputy Mayor Owen Tarrant said the council needed more time. "Half the street has not seen the drawings," Tarrant said.',
      'Mayor Ruth Abiola disagreed. "Every month we wait, the buses get slower," Mayor Abiola said.',
      '"A rushed vote helps no one, but neither does a stalled one," the mayor said.',
    );
    assert.deepStrictEqual(speakers(text), ['Owen Tarrant', 'Ruth Abiola', 'Ruth Abiola']);
  });
});
