// The forms official texts and the wires that rewrite them give a speaker in: a transcript's heading of a title that
// runs through what it is of (`President of Russia Vladimir Putin:`), a ministry named with its portfolio (`the
// Ministry of Foreign Affairs`), and a dateline with both a country and a date (`DONETSK, Ukraine, Sept. 30 (UPI) --`).
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('official statements and transcripts', () => {
  it('reads a transcript heading whose title runs through what it is of', () => {
    assert.deepStrictEqual(speakers('President of Eastland Ivo Peskar: "Colleagues, friends, today we sign the treaties."'), ['Ivo Peskar']);
    assert.deepStrictEqual(speakers('Minister of Foreign Affairs Dana Kolar: "We have no plans to discuss this."'), ['Dana Kolar']);
  });

  it('reads no label where nothing but a role and what it is of stands before the colon', () => {
    assert.deepStrictEqual(speakers('Mayor of Port Aldis: "We have no plans to discuss this."'), [null]);
    assert.deepStrictEqual(speakers('Friends of Eastland Ana Ruiz: "We have no plans to discuss this."'), [null]);
  });

  it('gives a ministry named with its portfolio the words, never a person named after the portfolio', () => {
    for (const text of [
      'The Ministry of Foreign Affairs of Eastland said in a statement: "Eastland will never accept any ultimatums."',
      'The Ministry of Foreign Affairs of Eastland stated that "Eastland will never accept any ultimatums".',
      '"Eastland will never accept any ultimatums," the Ministry of Foreign Affairs said.',
      'The Department of Defence said: "The strikes will go on."',
    ]) {
      const [speaker] = speakers(text);
      assert.ok(speaker !== null && /^(?:Ministry|Department)\b/.test(speaker), `${text} -> ${speaker}`);
    }
    // A title's own `of` still ends in its holder's name.
    assert.deepStrictEqual(speakers('Minister of Foreign Affairs Dana Kolar said: "We have no plans to discuss this."'), ['Dana Kolar']);
  });

  it('reads past a dateline that gives a country and a date before its agency', () => {
    assert.deepStrictEqual(speakers('PORT ALDIS, Eastland, Sept. 30 (UPI) -- "We have returned home," Peskar told the rally.'), ['Peskar']);
    assert.deepStrictEqual(speakers('PORT ALDIS, Eastland, Sept 30 (Harbour Wire) - "We have returned home," Peskar told the rally.'), ['Peskar']);
  });
});
