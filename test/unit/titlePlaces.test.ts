// A capitalised title held in a chamber or a place, then its holder's name (`Leader of the Opposition in the Senate
// Tomas Marsh said`): the holder speaks. The place had cut the name off, leaving the bare title a description that
// another article's holder of a like role could be taken for (roleComplements.ts, nameAfterTitlePlace).
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('a title held in a place before its holder\'s name', () => {
  it('gives the words to the name after the place', () => {
    // Each had been the description `Leader of the Opposition` or `Head of Mission`.
    assert.deepStrictEqual(speakers('Leader of the Opposition in the Senate Tomas Marsh said he was "deeply worried."'), ['Tomas Marsh']);
    assert.deepStrictEqual(speakers('Leader of the Opposition in Dunmore Assembly Rahul Verin, who grew up there, said he was "deeply pained."'), ['Rahul Verin']);
    assert.deepStrictEqual(speakers('"We grieve with them," said Head of Mission in Kessland Ana Kral.'), ['Ana Kral']);
    assert.deepStrictEqual(speakers('Leader of the Opposition in the Senate Tomas Marsh visited the camp. "We grieve," he said.'), ['Tomas Marsh']);
  });

  it('names no one where the place has no name after it', () => {
    assert.deepStrictEqual(speakers('Head of Mission in South East Asia said the harvest was "grim."'), ['Head of Mission']);
    assert.deepStrictEqual(speakers('Minister of State in the Prime Minister Office Tomas Marsh said it was "grim."'), ['Minister of State']);
  });
});
