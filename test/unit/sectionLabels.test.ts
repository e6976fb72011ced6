// A reaction round-up opens each entry with a place or body in capitals and a colon (`CHINA: Foreign ministry
// spokeswoman Mao Lin said …`); the entry's subject is the one named after it. Invented names.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('a round-up\'s section label in capitals', () => {
  it('is passed over to the entry\'s own subject, for its quotes and a later pronoun', () => {
    // Each had been no one's: the label was read as the sentence's subject.
    assert.deepStrictEqual(speakers('GERMANY: Chancellor Ines Marlow welcomed the truce as "a first step, and only a first step."'), ['Ines Marlow']);
    assert.deepStrictEqual(speakers('EUROPEAN UNION: The bloc\'s foreign policy chief, Jan Kowal, said the EU stood ready. "We have observers who can deploy within days," he told reporters.'), ['Jan Kowal']);
  });

  it('leaves a transcript\'s speaker label to the transcript', () => {
    assert.deepStrictEqual(speakers('Ivo Kral testified on Monday.\n\nKRAL: Frankly, the plan was always "a first step." Nothing more.\n\nREYES: Then why call it "a final deal" in May?'), ['Ivo Kral', null]);
  });

  it("reads a presenter's label before narration as the teller, never the subject a later `she tells me` means", () => {
    // Read as the subject, the label had been given the guest's words: the presenter narrates, the guest speaks.
    const text = 'PRESENTER (NIAMH McCARTHY): Jean Doyle worked the looms at Millbrook for forty years.\n\nJEAN DOYLE: "You signed to each other. Nobody could hear a word."\n\nNIAMH McCARTHY: Jean laughs when I play her the tape. "We did sign," she tells me.';
    assert.deepStrictEqual(speakers(text).slice(-1), ['Jean Doyle']);
    const him = 'PRESENTER (OWEN PRICE): Huw Morgan has sung tenor in the choir for fifty years.\n\nHUW MORGAN: "You went on a Thursday. You did not ask."\n\nOWEN PRICE: Huw pretends not to hear that. When I ask about retiring, he laughs. "Never," he says.';
    assert.deepStrictEqual(speakers(him).slice(-1), ['Huw Morgan']);
  });
});
