// People counted in figures before the place or body they are from (`215 mayors from Westphalia said`, `About 300
// residents of Kelport said`): the people speak, never the place. The figure had cut the phrase, and the place after
// `from` or `of` was read as a person and given the group's words, then its `they` as well.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('people counted in figures before where they are from', () => {
  it('gives the words to the people, never the place', () => {
    const said = (subject: string) => speakers(`In a letter to the minister, ${subject} said they had reached "the end of what a town can do."\n\n"We cannot house one more family," they wrote.`);
    for (const subject of ['215 mayors from Lower Kelland', 'About 300 residents of Kelport', '40 doctors from Harlow']) {
      const got = speakers(`In a letter to the minister, ${subject} said they had reached "the end of what a town can do."`);
      assert.ok(got[0] === null || !/^(?:Lower Kelland|Kelport|Harlow)$/.test(got[0]), `${subject}: ${got[0]}`);
      assert.ok(said(subject).every((s) => s === null || !/^(?:Lower Kelland|Kelport|Harlow)$/.test(s)), subject);
    }
  });

  it('reads the people as a description without the figure', () => {
    assert.deepStrictEqual(speakers('215 mayors from Lower Kelland said they had reached "the end of what a town can do."'), ['mayors from Lower Kelland']);
  });

  it('reads a share counted in figures as before: no one', () => {
    assert.deepStrictEqual(speakers('In a May poll, 75 percent of Kellanders said "most people in politics" cannot be trusted.'), [null]);
  });

  it('reads people counted in words as before', () => {
    assert.deepStrictEqual(speakers('Two mayors from Lower Kelland said they had reached "the end of what a town can do."'), ['mayors from Lower Kelland']);
  });
});
