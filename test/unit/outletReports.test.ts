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
});
