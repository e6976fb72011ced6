// `As her mentor used to say, "..."`: opinion pieces and obituaries quote a saying someone had, with `used to`,
// `liked to` or `loved to` between the person and the speech verb. Invented names throughout.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('a saying introduced with a habit (`used to say`, `liked to tell`)', () => {
  it('gives the words to the person before the habit', () => {
    // Each had no speaker: `used to` stood between the name and its verb, where only adverbs had been read over.
    assert.deepStrictEqual(speakers('As Jorge Ibarra used to say, "The chamber belongs to those who show up."'), ['Jorge Ibarra']);
    assert.deepStrictEqual(speakers('As his old coach Lena Brandt liked to tell rookies, "Nobody remembers the warm-up."'), ['Lena Brandt']);
    assert.deepStrictEqual(speakers('As Tomas Ruiz loved to put it: "A budget is a moral document."'), ['Tomas Ruiz']);
  });

  it('reads no one into other verbs with `to`', () => {
    // `declined to say` names who declined, and quotes nothing of theirs here; the speaker stays the one who said it.
    assert.deepStrictEqual(speakers('Ana Kral declined to comment. "We will see," a neighbour said.'), ['a neighbour']);
  });
});
