// A ministry's or a press office's record of a press conference: the askers named in the question's bracket with
// their outlet, a moderator named once with a long title, and the room's applause between two paragraphs of one
// answer. Invented text.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/attribution/analyzeText';

const P = (...paragraphs: string[]) => paragraphs.join('\n\n');

/** Each quotation of a text: its speaker's name (or `-`) and its words. */
function quotes(text: string): string[] {
  return analyzeText(text, { id: 'a' }).quotes.map((q) => `${q.speaker?.name ?? '-'}: ${q.text}`);
}

const RECORD = P(
  'Press conference of the Minister of Trade, Orava, 12 May',
  'Moderator (Dana Oster, Head of the Press and Information Department): Good morning. The minister will take questions after her statement.',
  'Liesel Marrow: Thank you all for coming. Exports rose by a fifth this spring.',
  'Moderator: Questions, please.',
  'Question (Peter Hallan, Evening Ledger): Minister, will the tariff on steel be lifted this year?',
  'Liesel Marrow: Not this year. We need the revenue, and the mills need time.',
  'Q (Ruth Cadell, Coast Radio): And the tariff on grain?',
  'Liesel Marrow: Grain is a different matter. We will review it in June.',
  'Question (Harbor Wire): Will you meet the farmers?',
  'Liesel Marrow: I met them last week.',
  'Q (Orava Today, Kessa): Will you visit the mills?',
  'Liesel Marrow: Next month.',
  'Question (Al Jazeera, Doha): And the ports?',
  'Liesel Marrow: In July.',
);

describe('a press office\'s record of a press conference', () => {
  it('gives a question to the asker its bracket names before the outlet, and an outlet\'s bracket to no one', () => {
    // The two named askers' questions had been no one's: a question's label never named its asker.
    assert.deepStrictEqual(quotes(RECORD).filter((q) => q.includes('?')), [
      'Peter Hallan: Minister, will the tariff on steel be lifted this year?',
      'Ruth Cadell: And the tariff on grain?',
      '-: Will you meet the farmers?',
      '-: Will you visit the mills?',
      '-: And the ports?',
    ]);
  });

  it('gives a moderator\'s lines to the person named with a long title in the first label', () => {
    // The first label's bracket ran past fifty characters and its title after the name: no one's, then or later.
    const moderator = quotes(RECORD).filter((q) => /Good morning|Questions, please/.test(q));
    assert.deepStrictEqual(moderator, ['Dana Oster: Good morning. The minister will take questions after her statement.', 'Dana Oster: Questions, please.']);
  });

  it('goes on with a speaker\'s answer after the room\'s applause, but not after a clip is cued or a crosstalk', () => {
    const answer = (note: string) =>
      quotes(P('Liesel Marrow: We will not raise the tax.', 'Peter Hallan: And the fees?', 'Liesel Marrow: The fees stay too.', note, 'Our budget is balanced without them.', 'Peter Hallan: Thank you.'));
    // The paragraph after `(Applause.)` had been no one's words at all: a bracket ended the turn.
    assert.deepStrictEqual(answer('(Applause.)').slice(-2, -1), ['Liesel Marrow: Our budget is balanced without them.']);
    assert.deepStrictEqual(answer('[Laughter]').slice(-2, -1), ['Liesel Marrow: Our budget is balanced without them.']);
    assert.ok(!answer('(BEGIN VIDEO CLIP)').some((q) => q.includes('balanced')));
    assert.ok(!answer('[crosstalk]').some((q) => q.includes('balanced')));
  });
});
