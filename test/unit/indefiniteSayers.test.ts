// Words of a sayer who is no one in particular (`whoever says "…"`, `if anyone claims "…"`, `no one told her "…"`)
// are no one's, even in a sentence a named speaker opens. Invented text.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

const P = (...paragraphs: string[]) => paragraphs.join('\n\n');
const PEOPLE = 'Judge Maria Okonkwo heard the case against trader Felix Dunmore on Thursday.';

describe('words of no one in particular', () => {
  it('are no one\'s after whoever, anyone, someone', () => {
    // Each had been given to the sentence's named subject, or to `Whoever` as a person.
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Whoever says "the market forgives" has never sat in this court.')), [null]);
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Okonkwo said whoever claims "the ledgers were lost" is lying.')), [null]);
    assert.deepStrictEqual(speakers(P(PEOPLE, 'If anyone claims "this was a mistake", Dunmore said, they have not read the file.')), [null]);
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Dunmore said anyone who says "the fund is empty" is a fool.')), [null]);
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Okonkwo warned that whoever shouts "liar" in her court will be removed.')), [null]);
  });

  it('are no one\'s after a saying no one owns, and never give its adjective as a speaker', () => {
    // Had been given to `The old`, read as the subject of `saying`.
    assert.deepStrictEqual(speakers(P(PEOPLE, 'The old saying "a debt paid is a friend kept" has rarely fitted a trial so well.')), [null]);
    // A saying someone repeats is still theirs to have said.
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Dunmore repeated an old proverb, "the tide lifts every boat."')), ['Felix Dunmore']);
  });

  it('leaves words said to someone to the speaker', () => {
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Dunmore told someone at the door, "I will be back."')), ['Felix Dunmore']);
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Okonkwo told everyone: "Sit down."')), ['Maria Okonkwo']);
  });
});
