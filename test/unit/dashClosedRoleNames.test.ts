// A role set off before a name whose aside a dash opens (`Her lawyer, Ivo Kral — who has argued such cases before —`):
// the dash closes the name as a comma would, and the role is learnt for it. Invented sentences.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('a name after its role, closed by a dash', () => {
  it('learns the role for the name, so that the role alone finds the person later', () => {
    // Had been `the lawyer`, a description: the role was learnt only before a comma.
    assert.deepStrictEqual(speakers('Her lawyer, Ivo Kral — who has argued such cases before — spoke for an hour.\n\n"The message was a joke," the lawyer said.'), ['Ivo Kral']);
  });

  it('still learns it before a comma', () => {
    assert.deepStrictEqual(speakers('Her lawyer, Ivo Kral, spoke for an hour.\n\n"The message was a joke," the lawyer said.'), ['Ivo Kral']);
  });
});
