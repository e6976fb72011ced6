// The head of a school under British and older names (`headteacher`, `headmaster`, `headmistress`) is a role, as
// `principal` is: a title before a name, and a later `the headteacher said` is the holder's.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('the head of a school by its British names', () => {
  it('gives `the headteacher` to the person the text named with that title or set off after it', () => {
    // Each had been the description.
    assert.deepStrictEqual(speakers('Headteacher Martin Lowe wrote to parents on Friday. Parents were angry. "We will review it at Easter," the headteacher said.'), ['Martin Lowe']);
    assert.deepStrictEqual(speakers('The headmistress, Ana Pell, wrote to parents on Friday. Parent Tom Berg was angry. "It is unfair," he said. "We will review it at Easter," the headmistress said.'), ['Tom Berg', 'Ana Pell']);
  });
});
