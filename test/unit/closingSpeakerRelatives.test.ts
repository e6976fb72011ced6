// `Federal rules are a burden, said Tom Wilcox, an Orlando Republican who founded a firm.` and `..., said Tom Wilcox,
// who founded a firm.`: a relative clause that describes the person closing a sentence of reported words leaves them
// its speaker, whom a later `he said` means. The closing speaker had been dropped for any `who`, and the pronoun went
// to someone named paragraphs before. Invented sentences.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

const withClosing = (closing: string) => `"Towns were bleeding cash," Marsh said.\n\n${closing}\n\n"There is more time spent on compliance," he said.`;

describe('a closing speaker described by a relative clause', () => {
  it('is whom a later `he said` means', () => {
    assert.deepStrictEqual(speakers(withClosing('Federal rules are a burden, said Tom Wilcox, an Orlando Republican who founded defense companies.')), ['Marsh', 'Tom Wilcox']);
    assert.deepStrictEqual(speakers(withClosing('Federal rules are a burden, said Tom Wilcox, who founded defense companies.')), ['Marsh', 'Tom Wilcox']);
  });
});
