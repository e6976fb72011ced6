// Words put in someone's mouth only to suppose them (`If Peskar says "…"`, `Kral would have said "…"`) are nobody's:
// the person named never said them. Invented text.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

const P = (...paragraphs: string[]) => paragraphs.join('\n\n');
const PEOPLE = 'Ana Kral and Ivo Peskar spoke at the port.';

describe('words only supposed', () => {
  it('are no one\'s after a conditional subject', () => {
    // Each had been given to the person supposed to say them.
    assert.deepStrictEqual(speakers(P(PEOPLE, 'If Peskar says "the ferry will never sail again," Kral will resign.')), [null]);
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Unless Kral tells the council "the pier is sound," the money stays frozen.')), [null]);
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Had Peskar said "the pier is rotten to the core," nobody would have listened.')), [null]);
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Were Kral to say "the ferry is sold," the town would riot.')), [null]);
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Imagine Kral saying "the ferry is a luxury we cannot afford" to the islanders.')), [null]);
  });

  it('are no one\'s after a counterfactual perfect', () => {
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Kral would have said "the pier can wait another year" if asked.')), [null]);
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Peskar should never have told the islanders "the ferry is safe."')), [null]);
  });

  it('are no one\'s in a saying of anyone (`as they say`)', () => {
    // Had been given to the people the text named last.
    assert.deepStrictEqual(speakers(P(PEOPLE, 'As they say about the old harbor, "calm water, empty nets."')), [null]);
    // A `they` that says something of its own still means its people.
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Kral and Peskar left early. As they said on Monday, "the vote is over."')).length, 1);
    assert.notDeepStrictEqual(speakers(P(PEOPLE, 'Kral and Peskar left early. As they said on Monday, "the vote is over."')), [null]);
  });

  it('are no one\'s when only meant or never reached', () => {
    // Each had been given to the person who meant to say them.
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Kral wants to tell the islanders "the ferry is coming back."')), [null]);
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Peskar plans to say "the pier is finished" at Monday\'s meeting.')), [null]);
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Kral is expected to tell the council "the ferry is sold" on Friday.')), [null]);
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Peskar never got to say "thank you for everything" to the crew.')), [null]);
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Before Kral could say "thank you," Peskar had left the room.')), [null]);
    // Words someone went on, took to the radio or finally got to say were said.
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Kral went on to say "the crew was brave."')), ['Ana Kral']);
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Kral finally got to say "thank you for everything" to the crew.')), ['Ana Kral']);
  });

  it('leaves a habit, a past before the past and a time clause to the speaker', () => {
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Kral would say "the sea keeps its own clock" whenever the ferry ran late.')), ['Ana Kral']);
    assert.deepStrictEqual(speakers(P(PEOPLE, 'As Peskar would often say, "a pier is only as good as its piles."')), ['Ivo Peskar']);
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Kral had said "the ferry will run all winter" before the storm.')), ['Ana Kral']);
    assert.deepStrictEqual(speakers(P(PEOPLE, 'When Peskar said "the ferry is finished," the islanders wept.')), ['Ivo Peskar']);
    assert.deepStrictEqual(speakers(P(PEOPLE, 'If anything, Kral said, "the ferry has never been busier."')), ['Ana Kral']);
  });

  it('are no one\'s when the verb after the quote only supposes them', () => {
    // Each had been given to the person supposed to say them.
    assert.deepStrictEqual(speakers(P(PEOPLE, '"The ferry will never sail again," Kral might have said a year ago.')), [null]);
    assert.deepStrictEqual(speakers(P(PEOPLE, '"We will build the pier anyway," Peskar would have said, had anyone asked.')), [null]);
    // A habit, a past before the past and a plain verb after the quote were said.
    assert.deepStrictEqual(speakers(P(PEOPLE, '"A pier is only as good as its piles," Peskar would say.')), ['Ivo Peskar']);
    assert.deepStrictEqual(speakers(P(PEOPLE, '"The ferry will run all winter," Kral had said in May.')), ['Ana Kral']);
    assert.deepStrictEqual(speakers(P(PEOPLE, '"The ferry will run," Kral said, though she would have said more had she known.')), ['Ana Kral']);
  });
});
