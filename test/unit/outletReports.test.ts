// A sentence of nothing but a quotation and the outlet that reported it quotes the outlet's own report; an outlet that
// passes on someone's words (in the first person, or citing someone) is no speaker.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('an outlet reporting its own words', () => {
  it('gives a whole quote in the third person to the outlet that reported it, and the quote after it too', () => {
    const text = '"The emails released Monday were largely sent in 2012 and 2013," the Harbor Gazette reported. "Some are from as far back as 2009."';
    assert.deepStrictEqual(speakers(text), ['Harbor Gazette', 'Harbor Gazette']);
    assert.deepStrictEqual(speakers('"The port lost four ships to the storm last winter," Port Radio reported Monday in its story on the pier.'), ['Port Radio']);
  });

  it('gives no speaker to words an outlet passes on', () => {
    assert.deepStrictEqual(speakers('"I will win this race by a mile," the Harbor Gazette reported.'), [null]);
    assert.deepStrictEqual(speakers('"The port lost four ships to the storm last winter," the Harbor Gazette reported, citing an aide.'), [null]);
    assert.deepStrictEqual(speakers('"Lost," the Harbor Gazette reported.'), [null]);
  });

  it('keeps the speaker named before the outlet', () => {
    assert.deepStrictEqual(speakers('"The port lost four ships to the storm," Ana Kral told the crowd, the Harbor Gazette reported.'), ['Ana Kral']);
  });

  it('gives the words a state body reports to that body, before the quote or after it', () => {
    // The body reports what it did: its own words, not an outlet's relay, however long its name.
    assert.deepStrictEqual(speakers('The Ministry of Defence of the Eastland Federation reported that "the attack on the port was repelled".'), ['Ministry of Defence of the Eastland Federation']);
    assert.deepStrictEqual(speakers('The Ministry of Defence of the Eastland Federation reported: "The attack on the port was repelled."'), ['Ministry of Defence of the Eastland Federation']);
    assert.deepStrictEqual(speakers('"We repelled the attack on the port near the river," the Eastland Defence Ministry reported.'), ['Eastland Defence Ministry']);
  });

  it('still reads no speaker for an outlet, even a state one, passing words on', () => {
    assert.deepStrictEqual(speakers('The state news agency of the Eastland Federation reported that "the attack on the port was repelled".'), [null]);
    assert.deepStrictEqual(speakers('"We repelled the attack on the port near the river," the Eastland Radio Service reported.'), [null]);
  });
});
