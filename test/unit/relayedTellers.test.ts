// `Halden said the guard had warned him "…"`: the one who warned or told someone the words said them, whatever noun
// names that one; the report's own speaker only relays them. Invented text.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

const P = (...paragraphs: string[]) => paragraphs.join('\n\n');
const PEOPLE = 'Businessman Viktor Halden faced prosecutor Ingrid Moe in court.';

describe('words someone told the reporting speaker', () => {
  it('are the teller\'s, not the reporter\'s, even for a noun the lexicon lacks', () => {
    // Each had been given to Halden or Moe, who only report them.
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Halden said the night guard had warned him "the vault is open."')), ['the night guard']);
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Moe said the bookkeeper told her: "Shred nothing."')), ['the bookkeeper']);
  });

  it('leaves words a report gives its own speaker to that speaker', () => {
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Halden said his lawyer had warned him "keep quiet."')), ["Viktor Halden's lawyer"]);
  });
});
