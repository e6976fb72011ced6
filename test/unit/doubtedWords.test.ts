// Words whose saying the sentence doubts or denies (`Whether Kral said "…" is disputed`, `Peskar denies that he said
// "…"`) are nobody's: the source does not say the person named said them. Invented text.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

const P = (...paragraphs: string[]) => paragraphs.join('\n\n');
const PEOPLE = 'Ana Kral and Ivo Peskar spoke at the port.';

describe('words whose saying is doubted', () => {
  it('are no one\'s after whether', () => {
    // Each had been given to the person doubted.
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Whether Peskar told the crew "the ferry is doomed" is still argued over.')), [null]);
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Whether or not Kral said "the pier belongs to the town," the council sold it.')), [null]);
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Nobody can tell whether Kral actually said "the islanders can swim."')), [null]);
  });

  it('are no one\'s after a denial or a doubt of the saying', () => {
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Peskar denies that he ever told them "the pier is rotten."')), [null]);
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Kral doubts Peskar said "the ferry will sail by June."')), [null]);
  });

  it('are no one\'s in a question of whether they were said', () => {
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Did Kral say "the ferry is a relic"? The tape is unclear.')), [null]);
  });

  it('leaves words said and then judged to the speaker', () => {
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Kral said "the ferry is a relic," and it was meant as a joke.')), ['Ana Kral']);
    assert.deepStrictEqual(speakers(P(PEOPLE, 'What did Kral say? "The ferry is a relic," she told the crew.')), ['Ana Kral']);
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Peskar said "the pier is rotten," which Kral denies.')), ['Ivo Peskar']);
  });
});
