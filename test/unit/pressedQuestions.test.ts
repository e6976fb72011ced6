// A question quoted after `Peskar was pressed by Kral` asks in the asker's voice; what the one asked says after it
// is theirs. Invented text.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

const P = (...paragraphs: string[]) => paragraphs.join('\n\n');
const PEOPLE = 'Ana Kral and Ivo Peskar spoke at the port.';

describe('a question after a passive of asking', () => {
  it('is the asker\'s', () => {
    // Each had been given to the one asked.
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Peskar was pressed by Kral about the ferry timetable. "Why does the last boat leave at six?"')), ['Ana Kral']);
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Kral was questioned by Ivo Peskar over the pier repairs. "Who signed off on the concrete?"', '"I did," she said.')), ['Ivo Peskar', 'Ana Kral']);
  });

  it('leaves an answer to the one asked', () => {
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Peskar was pressed by Kral about the ferry timetable. "The last boat leaves at six because the crew must rest."')), ['Ivo Peskar']);
  });
});

describe('a pronoun that asks after someone asked another', () => {
  it('stands for the asker', () => {
    const MEN = 'Ivo Peskar and Tomas Vell run the dock union.';
    // Each had been given to the one asked, read as the nearer antecedent of any `he`.
    assert.deepStrictEqual(speakers(P(MEN, 'Peskar asked Vell about the night shift. "Who will cover it?" he asked.')), ['Ivo Peskar']);
    assert.deepStrictEqual(speakers(P(MEN, 'Vell pressed Peskar on the pay deal.', '"When do the men get paid?" he pressed.')), ['Tomas Vell']);
    // One who says after being asked is still the one asked.
    assert.deepStrictEqual(speakers(P(MEN, 'Peskar asked Vell about the night shift. "Nobody will cover it," he said.')), ['Tomas Vell']);
  });
});
