// `At a rally in Portland, Maine, on Thursday, Tom Reddick said ...`: an opening phrase whose place runs on to its
// region, then a time, before the subject. The region had been read as the sentence's subject (a place, no person),
// and a later `he said` went to the person named before. Invented sentences.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('a region after a town in an opening phrase', () => {
  it('is passed over to the subject, whom a later `he` means', () => {
    const text = 'Marek Dolan filed a bill in the House. "It is a slur," Marek Dolan said.\n\nAt a rally in Portland, Maine, on Thursday afternoon, Tom Reddick put Ruritania on a list of countries he said had sent plotters.\n\n"We are letting people come in who should not be allowed," he said.';
    assert.deepStrictEqual(speakers(text), ['Marek Dolan', 'Tom Reddick']);
  });
});
