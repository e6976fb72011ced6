// A paragraph of nothing but quotation signed in the line after it (`- Dana Reyes.`, `— Ivo Kral, harbour board
// chairman`), as fact-checks, letters and op-eds sign what they quote, speaks for the one who signs.
import * as assert from 'assert';
import { analyzeText } from '../../src/core';

function speakers(text: string, format: 'plain' | 'markdown' = 'plain'): Array<string | null> {
  return analyzeText(text, { format }).quotes.map((q) => q.speaker?.name ?? null);
}

describe('quotation paragraphs signed in the line after them', () => {
  it('gives each signed paragraph to the name after the dash', () => {
    const text = [
      'Here are some of the claims made at the harbour board meeting.',
      '"Every berth of the north pier has been rebuilt since the storm, and at no cost to the town."',
      '- Dana Reyes.',
      'The pier has two berths that have not been touched since 2019.',
      '"The board never voted on the sale of the old ferry terminal."',
      '\u2014 Ivo Kral, harbour board chairman',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Dana Reyes', 'Ivo Kral']);
  });

  it('reads a signature with no space after the dash and what the speaker did after the comma', () => {
    const text = 'The crowd cheered.\n\n"She is tested. She is ready. She never quits."\n\n-Senator Ana Ortiz, writing after the speech.';
    assert.deepStrictEqual(speakers(text), ['Ana Ortiz']);
  });

  it('signs a statement of several paragraphs and a Markdown blockquote', () => {
    const text = '"We will not close the school.\n\n"We will find the money, and the town will help."\n\n\u2013 Mia Santos, head teacher';
    assert.deepStrictEqual(speakers(text), ['Mia Santos', 'Mia Santos']);
    const quoted = '> "The bridge stays open all winter, whatever the weather does."\n>\n> \u2014 Tomas Berg, county engineer';
    assert.deepStrictEqual(speakers(quoted, 'markdown'), ['Tomas Berg']);
  });

  it('takes no speaker from a dash line that names no one', () => {
    const text = 'The exchange went on for an hour.\n\n"Who told you that the pier was safe? Who told you that?"\n\n- exchange during a hearing of the harbour board in May.';
    assert.deepStrictEqual(speakers(text), [null]);
  });

  it('keeps the attribution a quotation paragraph gives itself', () => {
    const text = '"We will find the money for the school," Mia Santos said.\n\n- Ivo Kral, harbour board chairman';
    assert.deepStrictEqual(speakers(text), ['Mia Santos']);
  });

  it('does not sign over a paragraph of the reporter\'s own words', () => {
    const text = '"We will find the money for the school and for the bridge."\n\nThe town has no money left for either of them.\n\n- Ivo Kral, harbour board chairman';
    assert.deepStrictEqual(speakers(text), [null]);
  });
});
