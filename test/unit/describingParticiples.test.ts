// A lower-case participle before a noun for a person and a full name, after an opening phrase (`On Mill Lane, retired
// engineer Colin Ashby watched …`), describes the subject; it is no verb ending the subject before it begins.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('a participle describing the subject after an opening phrase', () => {
  it('reads the described name as the sentence\'s subject, whom a later `he` means', () => {
    // Had been no one's: the subject was read as none.
    assert.deepStrictEqual(speakers('The river rose at dawn.\n\nOn Mill Lane, retired engineer Colin Ashby, 74, watched a pump struggle. He has lived on the lane for fifty years. "I have seen three floods here," he said.'), ['Colin Ashby']);
    assert.deepStrictEqual(speakers('The river rose at dawn.\n\nIn the square, celebrated chef Ana Pell handed out soup. "Nobody should be hungry tonight," she said.'), ['Ana Pell']);
  });

  it('leaves a participle before anything but a noun for a person and a name a verb', () => {
    assert.deepStrictEqual(speakers('The river rose at dawn.\n\nOn Mill Lane, flooded homes stood empty. "I have seen three floods here," she said.'), [null]);
  });
});
