// Words on a sign the subject only points at or stands beside are no one's; a sign the subject holds stays theirs.
// A word asked about (`what "…" means`) is no one's either. Invented text.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

const P = (...paragraphs: string[]) => paragraphs.join('\n\n');
const PEOPLE = 'Lena Moss and Tomas Brenner campaigned in the valley.';

describe('words written on a thing beside the subject', () => {
  it('gives no speaker to a sign, poster or mural the subject points at, laughs at or poses beside', () => {
    // Each had been the subject's.
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Moss pointed to a billboard that read "Brenner lies."')), [null]);
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Moss laughed at a poster declaring "Moss is boss."')), [null]);
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Brenner posed beside a faded mural that read "Our valley, our future."')), [null]);
  });

  it('gives no speaker to a phrase whose meaning is asked', () => {
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Brenner, asked what "fair share" means, gave a long answer.')), [null]);
  });

  it('leaves a sign the subject carries, and a real saying, to the subject', () => {
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Brenner carried a sign that read "Jobs now."')), ['Tomas Brenner']);
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Moss pointed to the crowd and said "this valley deserves better."')), ['Lena Moss']);
  });
});
