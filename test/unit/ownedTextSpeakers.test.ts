// `"…," Ana Kral's statement said.`, `"…," read a statement from Ana Kral.`: a person's own text that speaks the
// words speaks for that person; a text inside someone else's report (`Lee said Kral's tweet meant that "…"`) does not.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('a text a person owns or sends as the speaker', () => {
  it('gives the quote to the owner of `Ana Kral\'s statement said` and the sender of `read a statement from`', () => {
    assert.deepStrictEqual(speakers('"We will appeal," Ana Kral\'s statement said.'), ['Ana Kral']);
    assert.deepStrictEqual(speakers('"We will appeal," read a statement from Ana Kral.'), ['Ana Kral']);
    assert.deepStrictEqual(speakers('"We will appeal," Ana Kral\'s statement read.'), ['Ana Kral']);
  });

  it('leaves a person\'s relative or aide a description, and a text in another\'s report to the reporter', () => {
    assert.deepStrictEqual(speakers('"We will appeal," Ana Kral\'s lawyer said.'), ["Ana Kral's lawyer"]);
    assert.deepStrictEqual(speakers('Lee said Ana Kral\'s tweet about the ferry meant that "if people want safer streets, they should vote for me."'), ['Lee']);
    assert.deepStrictEqual(speakers('Lee said Ana Kral\'s tweet saying the ferry was late meant that "if people want safer streets, they should vote for me."'), ['Lee']);
  });
});
