// `The decision came, Kral says, on a train home from a loss in May.`: an attribution set off by commas in the middle
// of a sentence of reported words tells whose account the sentence is, however long the time and place after it run;
// a later `she says` may mean that teller as much as one who closes a sentence. Invented text; `Bev`, a given name
// whose sex the lexicon does not know, so that only the aside can make Kral the antecedent.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

const P = (...paragraphs: string[]) => paragraphs.join('\n\n');
const OPENING = 'Bev Kral is 68 and has coached the team since 1979.';
const AIDE = 'Her aide, Lena Moss, tells a different story. "She will kill me," Moss says.';

describe('an attribution set off in the middle of a sentence', () => {
  it('makes its teller the antecedent of a later pronoun past a long time and place', () => {
    assert.deepStrictEqual(speakers(P(OPENING, AIDE, 'The decision to retire came, Kral says, on a long bus ride home from a loss in Dover in May. "I looked around," she says.')),
      ['Lena Moss', 'Bev Kral']);
  });

  it('does not when a clause with its own verb follows the aside', () => {
    assert.deepStrictEqual(speakers(P(OPENING, AIDE, 'The decision to retire came, Kral says, on a long bus ride home after the team had lost in Dover. "I looked around," she says.')),
      ['Lena Moss', 'Lena Moss']);
  });
});
