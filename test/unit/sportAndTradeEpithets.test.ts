// `"...," the off-spinner said`, `the caddie said`, `the 22-year-old shooter said`: sport and business copy go on from
// a name with the person's position or trade. A hyphenated compound is headed by its last part (`off-spinner` is a
// spinner, `ex-wife` a wife), and a few positions the lexicon lacked (caddie, shooter, opener) are nouns for a person;
// read as no person's nouns, the quotes were left with the description alone. Invented text.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('a position or trade that goes on from a name', () => {
  it('gives `the off-spinner` the bowler just named', () => {
    assert.deepStrictEqual(speakers('Kiri Tane took four wickets before tea. "The ball was turning square," the off-spinner said.'), ['Kiri Tane']);
  });

  it('gives `the caddie` and `the 22-year-old shooter` the person just named', () => {
    assert.deepStrictEqual(speakers('Niall Brennan carried the bag for his sister all week. "She never listens to me," the caddie said.'), ['Niall Brennan']);
    assert.deepStrictEqual(speakers('Ruby Amosa scored 41 goals. "The feeders did all the work," the 22-year-old shooter said.'), ['Ruby Amosa']);
  });

  it('leaves a compound of an office to the roles the text gives (`the vice-captain` is not anyone last named)', () => {
    assert.notDeepStrictEqual(speakers('Kiri Tane took four wickets before tea. "We were poor with the bat," the vice-captain said.'), ['Kiri Tane']);
  });
});
