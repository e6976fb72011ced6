// An attribution set off inside a subject (`Peskar, Kral said, had told her: "…"`) reports the sentence: the words
// are the subject's before it. Invented text.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

const P = (...paragraphs: string[]) => paragraphs.join('\n\n');
const PEOPLE = 'Ana Kral and Ivo Peskar spoke at the port.';

describe('an attribution set off inside the subject', () => {
  it('leaves the words to the subject before it', () => {
    // Each had been given to the aside's speaker.
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Peskar, Kral said, had told her: "The ferry will stop at noon."')), ['Ivo Peskar']);
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Peskar, she said, told the islanders "the pier is closed."')), ['Ivo Peskar']);
    const [lawyer] = speakers(P(PEOPLE, 'The lawyer, Kral recalled, said "nobody reads the small print."'));
    assert.notStrictEqual(lawyer, 'Ana Kral');
  });

  it('reads the subject past a relative clause set off that closes on a quote', () => {
    // Each had been given to the clause's subject.
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Peskar, whom Kral called "a dinosaur," said "I am proud of the name."')), ['Ana Kral', 'Ivo Peskar']);
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Peskar, who Kral said was "a dinosaur," told the crowd "I am proud of the name."')), ['Ana Kral', 'Ivo Peskar']);
  });

  it('leaves the aside its own words when no verb of saying follows it', () => {
    assert.deepStrictEqual(speakers(P(PEOPLE, 'The plan, Kral said, was "a disaster for the islands."')), ['Ana Kral']);
    assert.deepStrictEqual(speakers(P(PEOPLE, '"The pier is closed," Kral said, "and it stays closed."')), ['Ana Kral', 'Ana Kral']);
  });
});
