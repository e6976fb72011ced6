// `MR HALVORSEN: Luc Vos, the deckhand, had doubts. He said to me, "…"`: inside a transcript turn the labelled
// speaker calls himself `I`; the `he` of his turn is someone else, never the label the paragraph opens with. A guess
// at him had given the deckhand's words to the witness. Invented text.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/attribution/analyzeText';

const P = (...paragraphs: string[]) => paragraphs.join('\n\n');

const inquest = (turn: string) => P(
  'Coroners Court\nInquest into the death of Ida Berg\nTranscript of proceedings (extract)',
  'Witness: Walter Halvorsen, lead skipper, Fjord Tours Ltd.\nExamined by Ms Ana Ruiz, counsel for the Berg family.',
  'THE CORONER: Mr Halvorsen, you remain under oath.',
  'MS RUIZ: Thank you. Did anyone on the crew disagree with you?',
  `MR HALVORSEN: ${turn}`,
  'MS RUIZ: Slowly. And did you?',
  'MR HALVORSEN: We did.',
);

function speakerOf(text: string, words: string): string {
  const quote = analyzeText(text, { id: 'a' }).quotes.find((q) => q.text.startsWith(words));
  return quote?.speaker?.name ?? '-';
}

describe('a pronoun inside a labelled transcript turn', () => {
  it('does not mean the turn\'s own speaker', () => {
    const text = inquest('Luc Vos, the deckhand, had doubts. He said to me on the bridge, "The ice is thinner than it looks." I told him we would cross slowly.');
    assert.strictEqual(speakerOf(text, 'The ice is thinner'), 'Luc Vos');
  });

  it('leaves the turn\'s own words to its label', () => {
    const text = inquest('Luc Vos, the deckhand, had doubts. He said to me on the bridge, "The ice is thinner than it looks." I told him we would cross slowly.');
    assert.strictEqual(speakerOf(text, 'I told him'), 'Walter Halvorsen');
  });
});
