// A quote inside a participle clause that opens the sentence (`Reading the letter that called him "...," Ruiz
// frowned.`) is the words of the clause's object, never those of the main clause's subject named after the comma;
// a participle of saying whose clause is its own (`Calling the plan "...," Hale asked`) still gives them to Hale.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('a quote in an opening participle clause about another\'s words', () => {
  it('gives no one the words a letter, a sign, a flyer or a memo holds', () => {
    for (const sentence of [
      'Reading aloud the note that called the warden “a heartless man,” Judge Mara Voss shook her head.',
      'Holding a banner that said “no more tolls,” Mayor Dirk Olsen walked out of the hall.',
      'Holding a placard that read “hands off our library,” Mayor Dita Crane walked out.',
      'Waving a leaflet promising “free parking for everyone,” Tobias Renn laughed at the panel.',
      'Quoting the inspector’s “serious safety lapses,” Senator Ula Brandt demanded a hearing.',
      'Citing the treasurer’s “grave doubts,” Councilwoman Ines Harrow asked for a delay.',
      'Echoing the governor’s “roads first” pledge, Alderman Pim Sorel promised new paving.',
    ]) assert.deepStrictEqual(speakers(sentence), [null], sentence);
  });

  it('still gives a participle of saying\'s own words to the subject, and a gerund subject\'s quote to the attribution', () => {
    assert.deepStrictEqual(speakers('Calling the new timetable “a mess for commuters,” Principal Odo Hale asked the board to wait.'), ['Odo Hale']);
    assert.deepStrictEqual(speakers('Closing the old quarry would “ruin this valley,” Ferris Quill said.'), ['Ferris Quill']);
    assert.deepStrictEqual(speakers('Praising the crew’s “quiet courage,” Captain Ansel Roe asked for medals.'), ['Ansel Roe']);
  });
});
