import * as assert from 'assert';
import { analyzeText } from '../../src/core';

function quotesOf(text: string): string[] {
  return analyzeText(text).quotes.map((q) => q.text);
}

describe('finding quotations', () => {
  it('finds straight and curly double quotes and keeps the words verbatim', () => {
    assert.deepStrictEqual(quotesOf('He said "we will win," and left. She said “we won’t.”'), ['we will win,', 'we won’t.']);
  });

  it('does not take apostrophes for quotation marks', () => {
    assert.deepStrictEqual(quotesOf("Ukraine's army won't stop, the Joneses' lawyer said. It’s Kyiv’s call."), []);
  });

  it('finds single-quoted quotes between apostrophes', () => {
    assert.deepStrictEqual(quotesOf("Biden condemned Russia's 'fraudulent' vote, the minister's aide said."), ['fraudulent']);
  });

  it('keeps a quote inside a quote as part of the outer quote', () => {
    assert.deepStrictEqual(quotesOf('He told everyone, "This \'burger with cheese\' is good."'), ["This 'burger with cheese' is good."]);
  });

  it('reads guillemets', () => {
    assert.deepStrictEqual(quotesOf('«Me encantan los gatos», afirmó Burtón.'), ['Me encantan los gatos']);
  });

  it('recovers from an unclosed quote at the end of its paragraph without swallowing the next one', () => {
    const quotes = analyzeText('He said "this never ends.\n\nA new paragraph with "a closed quote" here.').quotes;
    assert.deepStrictEqual(quotes.map((q) => [q.text, q.unclosed]), [['this never ends.', true], ['a closed quote', false]]);
  });

  it('passes over a lone closing mark of a truncated fragment', () => {
    assert.deepStrictEqual(quotesOf('the leaders could not agree," Ban urged them to show unity.'), []);
  });

  it('ignores quote marks inside HTML attributes, code and URLs', () => {
    const text = '<p class="story">Text</p> `x = "not a quote"` see <a href="https://example.org/x">this</a> and "a real quote" here.';
    assert.deepStrictEqual(analyzeText(text, { format: 'markdown' }).quotes.map((q) => q.text), ['a real quote']);
  });

  it('gives exact offsets of the marks and the words', () => {
    const text = 'Intro.\nPutin said: “all available means”.';
    const [q] = analyzeText(text).quotes;
    assert.strictEqual(text.slice(q.start, q.end), '“all available means”');
    assert.strictEqual(text.slice(q.textStart, q.textEnd), 'all available means');
  });

  it('survives unbalanced marks of every kind', () => {
    const text = '"a "b c" d" e \'f g" “h ” ” “ i \' « j';
    assert.doesNotThrow(() => analyzeText(text));
  });
});
