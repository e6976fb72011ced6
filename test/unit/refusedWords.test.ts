// Words a subject refused or denied saying (`Kral declined to say whether the quay was "safe"`, `Kral denied that the
// port was "finished"`) are the question's or an accuser's wording, not the subject's. Invented text.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

const P = (...paragraphs: string[]) => paragraphs.join('\n\n');
const PEOPLE = 'Ana Kral and Ivo Peskar spoke at the port.';

describe('words refused or denied', () => {
  it('are not the speaker\'s who refused or denied them', () => {
    // Each had been given to the subject.
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Kral declined to say whether the quay was "safe for ships of any size."')), [null]);
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Peskar would not say if the plan was "dead in the water."')), [null]);
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Kral didn\'t say whether the quay was "safe for ships."')), [null]);
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Peskar refused to comment on claims that the deal was "a stitch-up by the council."')), [null]);
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Kral denied that the port was "finished for good."')), [null]);
    // `cannot` as `not`: it had been read into the name (a description `Kral cannot`).
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Kral cannot say "the port is safe for ferries" with a straight face.')), [null]);
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Peskar cannot comment on whether the port is "safe for ferries."')), [null]);
    // A refusal written with a contraction (`won't`, `couldn't`) refuses as `will not` does.
    assert.deepStrictEqual(speakers(P(PEOPLE, "Kral won't say whether the quay was \"safe for ships of any size.\"")), [null]);
    assert.deepStrictEqual(speakers(P(PEOPLE, "Peskar couldn't comment on whether the quay was \"safe for ships of any size.\"")), [null]);
  });

  it('leaves the subject words said after the refusal, or a refusal of something else', () => {
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Peskar refused to say whether he would run, but called the plan "a mess from start to finish."')), ['Ivo Peskar']);
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Kral, who declined to comment for this article, proposes a new rule: "Every ship pays the same fee."')), ['Ana Kral']);
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Kral said she would not comment further. "The matter is closed," she said.')), ['Ana Kral']);
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Kral cannot stay long, but she called the plan "a mess from start to finish."')), ['Ana Kral']);
  });

  it('gives no one the words a subject asks another to say', () => {
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Peskar urged Kral to say "the house was never mine."')), [null]);
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Peskar expects her to admit: "The house was never mine."')), [null]);
    // The subject's own word for what is expected, and words the subject goes on to say, stay the subject's.
    assert.deepStrictEqual(speakers('Ivo Peskar expects Ana Kral to announce an "intensification" of the campaign.'), ['Ivo Peskar']);
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Peskar went on to say "the house was never hers."')), ['Ivo Peskar']);
  });

  it('are not the speaker\'s whose verb of saying is negated right before them', () => {
    // Each had been given to Kral, who is said not to have said them.
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Kral never said "we will close the port to every ship."')), [null]);
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Kral did not say: "We will close the port to every ship."')), [null]);
    assert.deepStrictEqual(speakers(P(PEOPLE, "Kral didn't call it \"a sham from start to finish.\"")), [null]);
    // A negation inside the words, or after them, is the speaker's own.
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Kral said: "We will never close the port to any ship."')), ['Ana Kral']);
    assert.deepStrictEqual(speakers(P(PEOPLE, '"We will close the port," Kral said, though she never said when.')), ['Ana Kral']);
  });

  it('are not the speaker\'s whose negated verb of saying reports them in a clause', () => {
    // Had been Kral's, who is said never to have told him so.
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Peskar said Kral had never told him the quay was "closed to ferries."')), [null]);
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Kral did not say that the port was "finished for good."')), [null]);
    // A verb of saying of its own after the negated one speaks again.
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Kral did not say much, but called the plan "a mess from the start."')), ['Ana Kral']);
  });

  it('are not the speaker\'s who denies having said them', () => {
    // Each had been given to the one denying.
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Kral denied ever calling Peskar "a liar and a thief."')), [null]);
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Peskar was quick to deny calling the offer "an insult to the town."')), [null]);
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Kral denies having called the plan "a swindle from the start."')), [null]);
    // Words said in the denial itself are the subject's.
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Kral denied the charge, calling it "a smear by my rivals."')), ['Ana Kral']);
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Kral denied the report, saying "it is false from start to finish."')), ['Ana Kral']);
  });
});
