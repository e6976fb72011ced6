// Court and briefing copy names who heard the words, not who said them: `"…," the court heard`, `"…," reporters were
// told`. The listener never speaks; the agent after `by` or `from` does, and with none the speaker is unnamed (not the
// person who spoke before). Invented text.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

const P = (...paragraphs: string[]) => paragraphs.join('\n\n');

describe('words credited to whoever heard them', () => {
  it('are no one\'s when the one who spoke is not named, never the listener\'s nor the last speaker\'s', () => {
    const text = P(
      'Ana Kral, 34, denies assault. "I never touched him," Kral said.',
      '"He hit me with a bottle," the court heard.',
      '"The ships will sail on Monday," reporters were told.',
      '"He was a kind man," the inquest was told.',
    );
    // They had been Ana Kral's (the paragraph before continued) or `the court`'s.
    assert.deepStrictEqual(speakers(text), ['Ana Kral', null, null, null]);
  });

  it('are the agent\'s after `by` or `from`, never the one told', () => {
    const text = P(
      'Ana Kral and Ivo Peskar met on Monday.',
      '"You have been warned many times," Peskar was told by Kral.',
      '"We will not pay," the jury was told by prosecutor Lena Wirth.',
      '"It was a gift from my mother," the tribunal heard from Tomas Brandt.',
    );
    assert.deepStrictEqual(speakers(text), ['Ana Kral', 'Lena Wirth', 'Tomas Brandt']);
  });

  it('are the speaker\'s when someone was heard or recorded saying them', () => {
    const text = P('Ana Kral and Ivo Peskar met on Monday.', '"I will be back," Kral was heard saying.', '"Get out of my office," Peskar was recorded telling an aide.');
    assert.deepStrictEqual(speakers(text), ['Ana Kral', 'Ivo Peskar']);
  });
});
