// `His widow, Ana Kral, read a statement in court. "…," she said`: `read` after a name set off by commas is the
// sentence's verb (past or present, no `-ed`), so the name, not the relative's description, is the subject a later
// `she` stands for (issue 7). Invented text.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

const P = (...paragraphs: string[]) => paragraphs.join('\n\n');

describe('a name set off after a relative, with `read` for its verb', () => {
  it('gives a later pronoun the name', () => {
    assert.deepStrictEqual(
      speakers(P('Tomas Berg, 61, died in the crash.', 'His widow, Ana Kral, read a statement in court.', '"He never got to meet his grandchild," she said.')),
      ['Ana Kral'],
    );
  });
});
