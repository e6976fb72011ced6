// Two roles joined by `and` before one name (`Former pupil and local councillor Ivo Marsh`) describe that person: the
// subject read from the sentence's start runs on to the name, as the phrase read back from a speech verb does.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('two roles joined before one name', () => {
  it('makes the named person the subject of a verb that is no verb of speech', () => {
    assert.deepStrictEqual(speakers('Former pupil and local councillor Ivo Marsh remembered her as "a teacher who never gave up on anyone."'), ['Ivo Marsh']);
    assert.deepStrictEqual(speakers('Longtime friend and neighbour Ana Kral remembered him as "the kindest man on the whole street, always."'), ['Ana Kral']);
  });

  it('leaves a plural before `and` two speakers, not one', () => {
    assert.deepStrictEqual(speakers('Residents and local councillor Ivo Marsh opposed the plan, calling it "a disaster for the whole town."'), [null]);
  });
});
