// Attributions whose name or appositive runs long: after a question or an exclamation (`"...?" Miller, a retired
// worker, said`, `"...!" Rep. Ana Kral, R-Pa., said`), an appositive that holds a list (`assistant secretary for
// ports, harbours, and canals,`), and a quote joined by `and` to the next one, which the attribution follows.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('long attributions', () => {
  it('reads a titled name or a name and its appositive after a question or an exclamation as its attribution', () => {
    assert.deepStrictEqual(speakers('Ana Kral met Eva Miller.\n\n"How are you today? Will you vote?" Miller, a retired worker from the plant, said into the phone. "We are calling everyone."'), ['Eva Miller', 'Eva Miller']);
    assert.deepStrictEqual(speakers('The museum opened its doors.\n\n"Perpetual motion!" Rep. Ana Kral, R-Pa., said of the swirl of events.'), ['Ana Kral']);
  });

  it('still ends the sentence when a connective opens the next one', () => {
    assert.deepStrictEqual(speakers('"Will it open in May?" Then, in a sudden move, the board said it would close.'), [null]);
  });

  it('reads past an address or an affiliation set off after the name, the town after it too', () => {
    // They had been no one's: `, of Harbour Road,` was no appositive, so the name and its verb were not read together.
    const court = 'Ana Kral, 34, and Ivo Peskar, 51, deny assault.\n\nJudge Tomas Brandt said: "This is a serious case."';
    assert.deepStrictEqual(speakers(`${court}\n\n"I never touched him," Kral, of Harbour Road, told the court.`), ['Tomas Brandt', 'Ana Kral']);
    assert.deepStrictEqual(speakers(`${court}\n\n"I was at home all night," Peskar, of Mill Lane, Split, told the jury.`), ['Tomas Brandt', 'Ivo Peskar']);
    assert.deepStrictEqual(speakers('The port reopened.\n\n"The trust will appeal," Lena Wirth, of the Harbour Trust, said on Monday.'), ['Lena Wirth']);
  });

  it('reads past an address whose town is set off after it, before the verb that opens the quote', () => {
    // They had been no one's: read backwards from the verb, a town (`, Isle of Wight,`) was taken for no appositive.
    assert.deepStrictEqual(speakers('Tomas Vell, 71, of Arnby, Isle of Skarn, said he had "only done what any skipper would do."'), ['Tomas Vell']);
    assert.deepStrictEqual(speakers('Mira Holt, of Kessby, Norvale Islands, said: "We waited all night for news."'), ['Mira Holt']);
    assert.deepStrictEqual(speakers('"We waited all night," Mira Holt, of Kessby, Isle of Skarn, told the inquest.'), ['Mira Holt']);
  });

  it('reads an appositive that holds a list', () => {
    const text = 'The plans "will not solve this, but are steps in the right direction," Ana Kral, assistant secretary for ports, harbours, and canals, said on the call.';
    assert.deepStrictEqual(speakers(text), ['Ana Kral']);
  });

  it('gives a quote joined by `and` to the next one that quote\'s speaker', () => {
    const text = 'Ships are "the ultimate public health crisis" and "stunt the harbour\'s growth," Ana Kral, the former governor, proclaimed to a cheering crowd at the pier.';
    assert.deepStrictEqual(speakers(text), ['Ana Kral', 'Ana Kral']);
  });

  it('reads `he told` with its listener after a quote that a colon introduces', () => {
    const text = 'Tom Varga often steam-rolls through the questions.\n\nFor example: "We made a terrible mistake building the pier in the first place," he told the Gazette\'s Ana Kral in October.';
    assert.deepStrictEqual(speakers(text), ['Tom Varga']);
  });

  it('reads a role with a lower-case complement after `of` on to the name it comes before', () => {
    assert.deepStrictEqual(speakers('"Thank you all for coming to the pier tonight," said master of ceremonies Ana Kral, a port engineer.'), ['Ana Kral']);
    assert.deepStrictEqual(speakers('"We will open the pier in May," said head of the port authority Ivo Peskar.'), ['Ivo Peskar']);
    assert.deepStrictEqual(speakers('Director of communications Ana Kral said: "We will open the pier in May."'), ['Ana Kral']);
  });

  it('reads no name into a group of people after `of`', () => {
    assert.deepStrictEqual(speakers('"We will open the pier in May," said members of the Eastville Port Board.'), [null]);
  });
});

