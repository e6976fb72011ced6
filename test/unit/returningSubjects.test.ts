// A profile's subject coming back as `he`/`she` after someone of the same sex spoke about them: the narration's acting
// `he` (`He refused.`) and the quote after it are the subject's, not the colleague's who spoke the paragraph before.
// Invented text.
import * as assert from 'assert';
import { analyzeText } from '../../src/core';

function speakers(text: string): Array<string | null> {
  return analyzeText(text).quotes.map((q) => q.speaker?.name ?? null);
}

const OPENING = 'Tomas Brennick, baker who fed a valley\n\nTomas Brennick, who has died aged 90, ran the bakery in Dunmore for 50 years.\n\n';

describe('a profile subject returning as he after a colleague spoke of him', () => {
  it('gives the quote after `He refused.` to the subject, not the colleague', () => {
    const text = OPENING + 'His partner, Ivo Kessel, remembered the offer from a chain. "He made the man wait an hour," Kessel said.\n\nThe family was tempted. He refused. "They would have closed us in a year," he told the paper in 1999.';
    assert.deepStrictEqual(speakers(text), ['Ivo Kessel', 'Tomas Brennick']);
  });

  it('does the same for a woman after another woman spoke of her', () => {
    const text = 'Mara Ostrova, a nurse who flew\n\nMara Ostrova, who has died at 85, was the first nurse to fly with the service.\n\nHer niece, Lena Ruiz, said: "She was still correcting the doctors at 84."\n\nShe never married. "The quiet was the best of it," she said.';
    assert.deepStrictEqual(speakers(text), ['Lena Ruiz', 'Mara Ostrova']);
  });

  it('keeps the colleague when their own words spoke of no one else', () => {
    const text = OPENING + 'His partner, Ivo Kessel, remembered the offer from a chain. "The man waited an hour," Kessel said.\n\nThe family was tempted. He refused. "They would have closed us in a year," he told the paper in 1999.';
    assert.deepStrictEqual(speakers(text), ['Ivo Kessel', 'Ivo Kessel']);
  });

  it('keeps the colleague when the narration between is his speech', () => {
    const text = OPENING + 'His partner, Ivo Kessel, remembered the offer from a chain. "He made the man wait an hour," Kessel said.\n\nHe added that the family was tempted. "They would have closed us in a year," he said.';
    assert.deepStrictEqual(speakers(text), ['Ivo Kessel', 'Ivo Kessel']);
  });

  it('keeps the colleague when the piece named the subject only in passing', () => {
    const text = 'Bakeries close across the valley\n\nThe chain bought six bakeries this year, and Tomas Brennick sold his in May.\n\nHis partner, Ivo Kessel, remembered the offer. "He made the man wait an hour," Kessel said.\n\nThe family was tempted. He refused. "They would have closed us in a year," he said.';
    assert.deepStrictEqual(speakers(text), ['Ivo Kessel', 'Ivo Kessel']);
  });
});
