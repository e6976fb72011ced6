// `Director Bev Kral in a Facebook Live: "…"`: a live blog heads a quote with the speaker and the medium the words came
// through, then a colon; the medium's noun makes it a label anywhere in a paragraph (issue 7). Invented text.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('a name and the medium of the words before a colon', () => {
  it('labels the quote after it, mid-paragraph too', () => {
    assert.deepStrictEqual(speakers('The county has ordered people near the creek to leave. Director Bev Kral in a Facebook Live: "If you can get to higher ground, go now."'), ['Bev Kral']);
    assert.deepStrictEqual(speakers('Sheriff Ivo Berg on Twitter: "Stay off the roads tonight."'), ['Ivo Berg']);
  });

  it('labels nothing with a time or a place that is no medium', () => {
    assert.deepStrictEqual(speakers('The storm hit at noon. Tomas Berg in the morning: "We are ready."'), [null]);
  });
});
