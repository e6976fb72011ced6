// A quote that is a sentence of its own, one sentence of narration after a named speaker's quote in the same
// paragraph, goes on in that speaker's voice, unless the narration gives another voice a chance.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('a quote after one sentence of narration', () => {
  it('goes on in the voice of the quote before it', () => {
    const text = '“The ferry has not run on time since March,” said Omar Haddad, a commuter from Eastport. The boat is forty years old and often breaks down. “I take the bus now.”';
    assert.deepStrictEqual(speakers(text), ['Omar Haddad', 'Omar Haddad']);
    const storm = '“Prices are up again,” said vendor Ike Mensah. Eggs now cost twice what they did in the spring. “People buy less.”';
    assert.deepStrictEqual(speakers(storm), ['Ike Mensah', 'Ike Mensah']);
  });

  it('gives none where the narration has someone else, a question, or runs past one sentence', () => {
    for (const between of ['The mayor has other plans.', 'He nodded from the back of the room.', 'Will the district agree?', 'The town relies on it. Most families work there.']) {
      const text = `“The budget is balanced,” said council member Rita Gale. ${between} “We will see about that.”`;
      assert.deepStrictEqual(speakers(text), ['Rita Gale', null], between);
    }
  });
});
