// Markdown emphasis around a speaker (`**Ana Kral** said`, `*The minister, Ana Kral*, went further:`) is markup, not
// words: it must not hide the speaker. Invented names throughout.
import * as assert from 'assert';
import { analyzeText } from '../../src/core';

const markdownSpeakers = (text: string) => analyzeText(text, { format: 'markdown' }).quotes.map((q) => q.speaker?.name ?? null);

describe('markdown emphasis around a speaker', () => {
  it('reads the emphasised name as the subject', () => {
    // Each had no speaker: the asterisks stood between the name and its verb.
    assert.deepStrictEqual(markdownSpeakers('**Ana Kral** went further: "We need to stop buying gas entirely."'), ['Ana Kral']);
    assert.deepStrictEqual(markdownSpeakers('*The port minister, Ivo Peskar*, went further: "We need to stop buying gas entirely."'), ['Ivo Peskar']);
    assert.deepStrictEqual(markdownSpeakers('"We need to stop," said __Ana Kral__, the port minister.'), ['Ana Kral']);
  });

  it('keeps bullets and labels as they were, and an underscore inside a word', () => {
    assert.deepStrictEqual(markdownSpeakers('* **Ana Kral:** "We will not go."\n* **Ivo Peskar:** "Nor will we."'), ['Ana Kral', 'Ivo Peskar']);
    // `port_minister` is no emphasis: no name comes out of it.
    assert.deepStrictEqual(markdownSpeakers('The port_minister said: "We will not go."'), [null]);
  });

  it('reads a quotation emphasised right inside its straight marks, and gives it its speaker', () => {
    // Had been no quotation at all: the blanked asterisk left a space after the opening mark, which reads as a closing one.
    const quotes = (text: string) => analyzeText(text, { format: 'markdown' }).quotes.map((q) => [q.speaker?.name ?? null, q.text.replace(/[*_\s.,]+$/, '')]);
    assert.deepStrictEqual(quotes('Ana Kral said on Friday: "*We will not sell the ferry to anyone.*"'), [['Ana Kral', 'We will not sell the ferry to anyone']]);
    assert.deepStrictEqual(quotes('"__We will not sell the ferry to anyone__," Ivo Peskar said.'), [['Ivo Peskar', 'We will not sell the ferry to anyone']]);
  });
});
