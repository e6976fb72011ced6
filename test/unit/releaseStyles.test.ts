// Press releases, police appeals and state-agency copy: an officer's unit set off after the name, a firm or unit named by
// its ending, a sender described in the sentence that quotes them. Invented sentences.
import * as assert from 'assert';
import { analyzeText } from '../../src/core';
import { speakers } from '../support/quoteSpeakers';

describe('press-release and agency styles', () => {
  it('reads over a unit set off after the name with `of` (`NAME, of the Major Crimes Unit, said:`)', () => {
    assert.deepStrictEqual(speakers('Detective Inspector Ana Kral, of the Major Crimes Unit, said: "We are keeping an open mind."'), ['Ana Kral']);
    assert.deepStrictEqual(speakers('Ivo Peskar, of the Serious Fraud Squad, said: "The accounts do not add up."'), ['Ivo Peskar']);
  });

  it('gives no one a pronoun after a person described as the sender (`a letter from the council chairman, in which he`)', () => {
    const text = 'Ivo Peskar received a letter from the council chairman, in which he praised "the quick and generous help of the town."';
    assert.deepStrictEqual(speakers(text), [null]);
    const head = 'Ivo Peskar took a call from the head of the port authority, in which he promised "a full inquiry by the spring."';
    assert.deepStrictEqual(speakers(head), [null]);
  });

  it('keeps the subject when the person described is the one written to, or of the other sex', () => {
    assert.deepStrictEqual(speakers('Ivo Peskar sent a letter to the council chairman, in which he praised "the quick and generous help of the town."'), ['Ivo Peskar']);
    assert.deepStrictEqual(speakers('Ivo Peskar received a letter from the chairwoman, after which he promised "a full inquiry by the spring."'), ['Ivo Peskar']);
  });

  it('reads a name ending in a firm\'s or a unit\'s word (`Technologies`, `Airlines`, `Unit`) as no person', () => {
    for (const text of [
      'Kestrel Technologies said the outage had been "fully resolved overnight."',
      'Coastal Airlines said the flights were "delayed but not cancelled."',
      'The Harbour Crimes Unit said the inquiry was "at an early stage."',
    ]) {
      const quote = analyzeText(text).quotes[0];
      assert.strictEqual(quote.speaker?.kind, 'organisation', text);
    }
  });

  it('gives the quote paragraphs under a heading `Statement by NAME on ...` to NAME', () => {
    const text = 'Statement by Commissioner Ana Kral on the fisheries agreement\n\n"This agreement protects our coasts and our fishers alike.\n\n"I thank the negotiators for their patience."';
    assert.deepStrictEqual(speakers(text), ['Ana Kral', 'Ana Kral']);
    const remarks = 'Opening remarks by Minister Ivo Peskar at the donors conference\n\n"We meet at a hard moment for the region."';
    assert.deepStrictEqual(speakers(remarks), ['Ivo Peskar']);
  });

  it('lets a quote under such a heading keep the speaker its own sentence names', () => {
    const text = 'Statement by Commissioner Ana Kral on the fisheries agreement\n\n"We will study it closely," said Ivo Peskar, who leads the opposition.';
    assert.deepStrictEqual(speakers(text), ['Ivo Peskar']);
  });

  it('gives a titled person\'s family or relative no longer the person (`Mr Peskar\'s family described him as "..."`)', () => {
    const text = 'Ivo Peskar, 29, died at the scene. Mr Peskar\'s family described him as "a gentle giant who would help anyone."';
    assert.notStrictEqual(analyzeText(text).quotes[0].speaker?.kind, 'person');
    const daughter = 'Ana Kral ran the shop for forty years. "She never took a day off," Mrs Kral\'s daughter said.';
    assert.notStrictEqual(analyzeText(daughter).quotes[0].speaker?.kind, 'person');
  });

  it('gives words a family or a crowd said inside an officer\'s reported speech to them, not to the officer', () => {
    const text = 'Inspector Ana Kral said the family had described him as "a gentle giant who helped anyone."';
    assert.notStrictEqual(analyzeText(text).quotes[0].speaker?.kind, 'person');
    const crowd = 'Ivo Peskar said the crowd had called him "a traitor to the whole town."';
    assert.notStrictEqual(analyzeText(crowd).quotes[0].speaker?.kind, 'person');
  });

  it('reads capitals after a body\'s kind (`the charity Warm Hearths said`) as that body, no person', () => {
    for (const text of [
      'The charity Warm Hearths said the extension was "welcome but not enough."',
      'A spokesperson for the group Clean Shores said the plan was "a step backwards for the bay."',
    ]) {
      assert.strictEqual(analyzeText(text).quotes[0].speaker?.kind, 'organisation', text);
    }
  });

  it('reads a style of address (`His Highness said:`) as the person named before, never someone named `Highness`', () => {
    const text = 'Sheikh Hamad bin Tariq Al Nuaimi opened the new port on Monday. His Highness said: "This port will serve the whole Gulf."';
    assert.deepStrictEqual(speakers(text), ['Hamad bin Tariq Al Nuaimi']);
    const queen = 'Queen Ana of Eastland opened the bridge. Her Majesty said: "May it stand for a thousand years."';
    assert.notDeepStrictEqual(speakers(queen), ['Majesty']);
  });

  it('reads the lede after a Gulf or South Asian dateline (`DUBAI: Sheikh ... approved ...`) for the pronoun after it', () => {
    const text = 'Port plan approved\n\nPORTVILLE: Sheikh Hamad bin Tariq approved the designs on Sunday. "We are building for forty years," he said.';
    assert.deepStrictEqual(speakers(text), ['Hamad bin Tariq']);
  });

  it('reads a capitalised role opening the sentence, then a name set off (`Chief Executive of the regulator, NAME, added:`)', () => {
    const text = 'Energy Secretary Ana Kral said:\n\n"Nobody should choose between heating and eating."\n\nChief Executive of the regulator, Tomas Brell, added:\n\n"Suppliers must play their part too."';
    assert.deepStrictEqual(speakers(text), ['Ana Kral', 'Tomas Brell']);
  });

  it('gives no one the words a person described in a `when` clause told the subject (`She recalls ..., when a director ... told her:`)', () => {
    const text = 'Ana Kral did not want the job. She recalls her first board meeting, when a director leaned across the table and told her: "You have six months."';
    assert.deepStrictEqual(speakers(text), [null]);
  });

  it('reads one capitalised word that goes on to call itself `its` or `that it` did something as a body, no person', () => {
    for (const text of [
      'Voltra said in a statement that its plants had performed "well above expectations."',
      'Hadrak said in a statement that it had fired rockets "in response to the shelling."',
    ]) {
      assert.strictEqual(analyzeText(text).quotes[0].speaker?.kind, 'organisation', text);
    }
    // `that it was ...` is a state of things, and a person the text names in full stays that person.
    assert.strictEqual(analyzeText('Peskar said that it was "a terrible mistake."').quotes[0].speaker?.kind, 'person');
    assert.deepStrictEqual(speakers('Ana Kral runs the utility. Kral said its plants were "well run."'), ['Ana Kral']);
  });
});
