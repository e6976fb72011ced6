// Where the evidence for a speaker is weak, no speaker is better than a wrong one: a quote that another named person
// answers right after it is never carried on in the voice of the quote before, and a verb whose own subject the
// commas hide is never given the sentence's subject.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('speakers withheld where another person stands right after the quote', () => {
  it('does not carry a quote on in the voice before when another named person follows it with a verb', () => {
    const text = 'Mayor Ana Ruiz spoke to the harbour board on Monday.\n\n"The dock will open," Ruiz said. "Every crew is ready."\n\n"Would it open in May?" Ivo Kral pressed. "Or later?"';
    const got = speakers(text);
    assert.deepStrictEqual(got.slice(0, 2), ['Ana Ruiz', 'Ana Ruiz']);
    assert.notStrictEqual(got[2], 'Ana Ruiz');
  });

  it('still carries it on when the person after the quote is the same speaker', () => {
    const text = 'Mayor Ana Ruiz spoke to the harbour board on Monday.\n\n"The dock will open," Ruiz said. "Every crew is ready."\n\n"Would it open in May?" Ruiz pressed. "It will."';
    assert.strictEqual(speakers(text)[2], 'Ana Ruiz');
  });
});

describe('speakers withheld where a clause of its own hides the verb\'s subject', () => {
  it('does not give the sentence\'s subject a quote after a verb whose subject is a person set off by commas', () => {
    const text = 'Ivo Kral is assuring voters he is tough enough to lead after a woman in Dover, Delaware, told him she worries he is "far too soft" to win.';
    assert.notStrictEqual(speakers(text)[0], 'Ivo Kral');
  });

  it('still gives it the subject when a phrase of time, not a clause, stands before the verb', () => {
    assert.deepStrictEqual(speakers('Ivo Kral spoke to voters after the vote, told them he is "ready to lead" and left.'), ['Ivo Kral']);
  });

  it('never gives the sentence\'s subject a quote that a joined clause\'s own subject speaks with a verb of any form', () => {
    // Each had been Brandt's: `hit` and `shot` (no -ed, no -s) were not read as the verbs of a clause of their own.
    const people = 'Interior Minister Lukas Brandt and opposition leader Nadia Farouk met the press.\n\n';
    assert.notStrictEqual(speakers(people + 'Brandt accused Farouk of lying, and she hit back at once: "The camps are full."')[0], 'Lukas Brandt');
    assert.deepStrictEqual(speakers(people + 'Brandt mocked the plan, and Farouk shot back: "Read it first."'), ['Nadia Farouk']);
  });
});
