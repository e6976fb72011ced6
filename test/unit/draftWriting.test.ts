// What writing in a draft needs from the engine (src/core/writing, core/text/paragraphAround): the quotation being
// typed, paragraphs and sentences around the cursor, where citations go, the speaker fix.
import * as assert from 'assert';
import { appendDefinition, citationOffset, dominantQuoteStyle, findOpenQuote, needsLeadingSpace, paragraphAround, replacementName, sentenceAround } from '../../src/core';
import { highlightPassage } from '../../src/service/markdown';

describe('writing in a draft', () => {
  describe('findOpenQuote', () => {
    it('finds the words typed after a straight opening mark', () => {
      const text = 'Zelensky said Russia would use "all av';
      const open = findOpenQuote(text, text.length);
      assert.ok(open);
      assert.strictEqual(open.typed, 'all av');
      assert.strictEqual(open.style, 'straight');
      assert.strictEqual(open.closing, '"');
      assert.strictEqual(open.textStart, text.indexOf('"') + 1);
      assert.strictEqual(open.replaceEnd, text.length);
    });

    it('closes curly quotes with a curly mark and covers an auto-closed mark', () => {
      const text = 'He said “all av” and left.';
      const cursor = text.indexOf('”');
      const open = findOpenQuote(text, cursor);
      assert.ok(open);
      assert.strictEqual(open.typed, 'all av');
      assert.strictEqual(open.closing, '”');
      assert.strictEqual(open.replaceEnd, cursor + 1);
    });

    it('covers an auto-closed straight mark', () => {
      const text = 'use "all av"';
      const open = findOpenQuote(text, text.length - 1);
      assert.strictEqual(open?.replaceEnd, text.length);
    });

    it('is null after a closed quotation and outside quotes', () => {
      assert.strictEqual(findOpenQuote('He said "yes" and then', 22), null);
      assert.strictEqual(findOpenQuote('He said “yes” and then', 22), null);
      assert.strictEqual(findOpenQuote('No quotes here', 5), null);
    });

    it('does not look past a blank line', () => {
      const text = 'An unclosed "quote\n\nNext paragraph words';
      assert.strictEqual(findOpenQuote(text, text.length), null);
    });
  });

  it('finds paragraph bounds at blank lines', () => {
    const text = 'one\ntwo\n\nthree\nfour\n\nfive';
    const at = text.indexOf('four');
    const p = paragraphAround(text, at);
    assert.strictEqual(text.slice(p.start, p.end), 'three\nfour');
  });

  it('finds the sentence around an offset', () => {
    const text = 'First sentence here. Putin said he would "fight". Last one!';
    const s = sentenceAround(text, text.indexOf('would'));
    assert.strictEqual(text.slice(s.start, s.end), 'Putin said he would "fight".');
  });

  it('tells the quote style a document uses', () => {
    assert.strictEqual(dominantQuoteStyle('He said “this” and “that”.'), 'curly');
    assert.strictEqual(dominantQuoteStyle('He said "this".'), 'straight');
    assert.strictEqual(dominantQuoteStyle('No quotes.'), 'straight');
  });

  it('bolds the passage and trims long contexts', () => {
    const md = highlightPassage('Moscow would use all available means to protect them.', 17, 37);
    assert.ok(md.includes('**all available means**'), md);
    const long = 'word '.repeat(200) + 'TARGET ' + 'word '.repeat(200);
    const trimmed = highlightPassage(long, 1000, 1006, 100);
    assert.ok(trimmed.includes('**TARGET**'));
    assert.ok(trimmed.startsWith('… ') && trimmed.endsWith(' …'));
    assert.ok(trimmed.length < 160, String(trimmed.length));
  });

  it('replaces a surname by a surname and a role by the full name', () => {
    assert.strictEqual(replacementName('Zelensky', 'Vladimir Putin', 'person'), 'Putin');
    assert.strictEqual(replacementName('Zelensky’s', 'Vladimir Putin', 'person'), 'Putin’s');
    assert.strictEqual(replacementName('the Ukrainian president', 'Vladimir Putin', 'person'), 'Vladimir Putin');
    assert.strictEqual(replacementName('Biden', 'European Union', 'organisation'), 'European Union');
  });

  it('puts a footnote definition after a blank line, or right after other definitions', () => {
    assert.strictEqual(appendDefinition('Text.', '[^1]: x'), '\n\n[^1]: x\n');
    assert.strictEqual(appendDefinition('Text.\n', '[^1]: x'), '\n[^1]: x\n');
    assert.strictEqual(appendDefinition('Text.\n\n', '[^1]: x'), '[^1]: x\n');
    assert.strictEqual(appendDefinition('Text.\n\n[^1]: x\n', '[^2]: y'), '[^2]: y\n');
    assert.strictEqual(appendDefinition('Text.\n\n[^1]: x', '[^2]: y'), '\n[^2]: y\n');
    assert.strictEqual(appendDefinition('Text.\r\n', '[^1]: x'), '\r\n[^1]: x\r\n', 'in the document\'s line endings');
  });

  it('places footnotes after punctuation and inline citations before it', () => {
    const text = 'He vowed to use "all available means".';
    assert.strictEqual(citationOffset(text, text.length, 'footnote'), text.length);
    assert.strictEqual(citationOffset(text, text.length, 'pandoc'), text.length - 1);
    const quoteEnd = text.indexOf('means"') + 'means"'.length;
    assert.strictEqual(citationOffset(text, quoteEnd, 'footnote'), text.length);
    assert.strictEqual(citationOffset(text, quoteEnd, 'inline'), quoteEnd);
    assert.strictEqual(needsLeadingSpace(text, quoteEnd, '[@x]'), true);
    assert.strictEqual(needsLeadingSpace(text, quoteEnd, '[^1]'), false);
  });
});

describe('quotation being typed, at the edges of a paragraph', () => {
  it('is still open after a space just typed, and closed by a blank line', () => {
    const text = 'Putin said he would use "all ';
    assert.strictEqual(findOpenQuote(text, text.length)?.typed, 'all ');
    assert.strictEqual(findOpenQuote('He said "all\n\n', 14), null);
  });

  it('does not run into a Markdown list item above', () => {
    const text = '- an item with "an open mark\n\nNew words';
    assert.strictEqual(findOpenQuote(text, text.length), null);
  });

  it('takes the sentence from the engine, abbreviations included', () => {
    const text = 'Dr. Smith said it was "fine." Mr. Jones disagreed with him.';
    const s = sentenceAround(text, text.indexOf('Jones'));
    assert.strictEqual(text.slice(s.start, s.end), 'Mr. Jones disagreed with him.');
  });
});
