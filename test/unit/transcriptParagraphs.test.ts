// Official transcripts print one answer over many paragraphs under a single label: the paragraphs after it that go on
// speaking as `I` or `we` are the labelled speaker's until the next label. Invented names throughout.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

const transcript = [
  'Joint news conference',
  'President of Varnia Ivo Peskar: Colleagues, friends,',
  'We have held substantive talks. I would note that our countries are "acting as one" on every key issue.',
  'We also discussed energy. Our position is that prices must be "fair and predictable."',
  'Question: Mr President, what about the sanctions?',
  'Ana Kral: I will answer that. The sanctions were "a mistake," and everyone can see it.',
  'We have adapted. Our economy is "stronger than before."',
].join('\n\n');

describe('a transcript turn over several paragraphs', () => {
  it('gives a quote in an unlabelled paragraph of the first person to the label before it', () => {
    // The second, third and fifth quotes had no speaker: only a label's own paragraph was read.
    assert.deepStrictEqual(speakers(transcript), ['Ivo Peskar', 'Ivo Peskar', 'Ana Kral', 'Ana Kral']);
  });

  it('carries no turn past a question, into narration, or from a label that names no one', () => {
    // A question's label ends the turn before it.
    assert.deepStrictEqual(speakers('Ivo Peskar: Colleagues, welcome.\n\nQuestion: What next?\n\nWe will see. Our answer is "patience."'), [null]);
    // A paragraph about people, not in their voice, is the writer's.
    assert.deepStrictEqual(speakers('Ivo Peskar: Colleagues, welcome.\n\nThe talks ended late. The two sides called them "useful."'), ['The two sides']);
    // `UPDATE:` names no one.
    assert.deepStrictEqual(speakers('UPDATE: The port reopened.\n\nWe were told it was "safe."'), [null]);
  });
});
