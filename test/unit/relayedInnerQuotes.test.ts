// A quotation inside a speaker's quote that the speaker reports someone else saying (`she said, '…'`, `the nurse
// told me: '…'`) is not the speaker's; one framed as the speaker's own words (`I told them, '…'`) stays theirs. Invented text.
import * as assert from 'assert';
import { analyzeText } from '../../src/core';

/** The speaker given to the quote that opens with `words`, or undefined when no quote opens with them. */
function speakerOf(text: string, words: string): string | null | undefined {
  const quote = analyzeText(text).quotes.find((q) => q.text.startsWith(words));
  return quote === undefined ? undefined : (quote.speaker?.name ?? null);
}

const PEOPLE = 'Orla Venn ran the canteen at Harwick Mill for thirty years.';

describe('a quote inside a quote', () => {
  it("gives no speaker to words the speaker reports another saying, and keeps the speaker's own", () => {
    const text = `${PEOPLE}\n\n"A foreman came in and said, 'Nobody eats until the looms run.' We laughed at him," Venn said.`;
    assert.strictEqual(speakerOf(text, 'Nobody eats'), null);
    assert.strictEqual(speakerOf(text, 'A foreman came'), 'Orla Venn');
  });

  it('reads single marks in double and double in single, after a colon and a listener', () => {
    const curly = `${PEOPLE}\n\n\u201CThe nurse told me: \u2018Your mother is asking for you.\u2019 I ran,\u201D Venn said.`;
    assert.strictEqual(speakerOf(curly, 'Your mother'), null);
    const inverted = `${PEOPLE}\n\n'They shouted: "Close the gates!" and the gates shut,' Venn said.`;
    assert.strictEqual(speakerOf(inverted, 'Close the gates'), null);
  });

  it('reads a listener after `to`: `she said to me:`, `she kept saying to us,`', () => {
    const colon = `${PEOPLE}\n\n"The manager said to me: 'You will run this place one day.' She was right," Venn said.`;
    assert.strictEqual(speakerOf(colon, 'You will run'), null);
    assert.strictEqual(speakerOf(colon, 'The manager said'), 'Orla Venn');
    const kept = `${PEOPLE}\n\n"My mother kept saying to us, 'Eat while it is hot.' We never did," Venn said.`;
    assert.strictEqual(speakerOf(kept, 'Eat while'), null);
  });

  it("leaves the speaker's own earlier words and a quoted term with the speaker", () => {
    const own = `${PEOPLE}\n\n"I told them, 'The soup is finished.' They went home," Venn said.`;
    assert.strictEqual(speakerOf(own, 'The soup'), undefined);
    assert.strictEqual(speakerOf(own, 'I told them'), 'Orla Venn');
    const adverb = `${PEOPLE}\n\n"At the till I just say, 'Mind the step,' and smile," Venn said.`;
    assert.strictEqual(speakerOf(adverb, 'Mind the step'), undefined);
    const term = `${PEOPLE}\n\n"They called it the 'long shift' and it was," Venn said.`;
    assert.strictEqual(speakerOf(term, 'long shift'), undefined);
  });
});
