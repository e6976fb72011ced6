import * as assert from 'assert';
import { hasHearingLine } from '../../src/core/attribution/hearingLabels';
import { hasDottedQuestionLine, questionLine } from '../../src/core/attribution/interviewAnswers';
import { maskLeads } from '../../src/core/text/maskLeads';
import { matchAtLineStart } from '../../src/core/text/textLines';

// A pattern for a line's start is tried at each line's start alone (after a look at the line's first characters),
// not at every character of the text; what it finds must be what `(?:^|\n)` before the pattern finds.
describe('a pattern matched at line starts', () => {
  const word = /[ \t]*Quay\b/y;
  const opensQ = (c: number) => c === 0x51;

  it('finds the first line opening with the pattern: the text\'s start or after a \\n, never mid-line or after a lone \\r', () => {
    assert.strictEqual(matchAtLineStart('Quay works.', word, ' \t', opensQ)?.index, 0);
    const text = 'The Quay was shut.\rQuay one.\n  Quay two.\nQuay three.';
    const m = matchAtLineStart(text, word, ' \t', opensQ);
    assert.strictEqual(m?.index, text.indexOf('  Quay two'));
    assert.strictEqual(m?.[0], '  Quay');
    assert.strictEqual(matchAtLineStart('The Quay was shut. Quay two.', word, ' \t', opensQ), null);
  });

  it('tries no line starting past its reach', () => {
    const text = `${'x'.repeat(30)}\nQuay.`;
    assert.strictEqual(matchAtLineStart(text, word, ' \t', opensQ, 31)?.index, 31);
    assert.strictEqual(matchAtLineStart(text, word, ' \t', opensQ, 30), null);
  });

  it('agrees with the whole-text patterns it stands for, on invented lines of every ending', () => {
    // Of the pieces, only the three labels in capitals open a hearing's line.
    const HEARING = /(?:^|\n)[ \t]*(?:Senator KRAL|The CHAIRMAN|Mr\. PESKAR)\. \p{Lu}/u;
    const QUESTION = /(?:^|\n)[ \t>*_-]*Q(?::|\.[*_]*[ \t])/;
    const DOTTED = /(?:^|\n)[ \t>*_-]*Q\.[*_]*[ \t]/;
    const pieces = ['\n', '\r\n', '\r', '\u2028', ' ', '\t', '> ', '**', 'Q', 'Q.', 'Q:', '.', ' Why?', 'Senator KRAL. Thank', 'The CHAIRMAN. The', 'Mr. PESKAR. We', 'Senator Kral. Thank', 'said'];
    let seed = 11;
    const next = (n: number) => (seed = (seed * 48271) % 2147483647) % n;
    for (let k = 0; k < 3000; k++) {
      let text = '';
      for (let j = 1 + next(12); j > 0; j--) text += pieces[next(pieces.length)];
      assert.strictEqual(hasHearingLine(text), HEARING.test(text), JSON.stringify(text));
      assert.strictEqual(hasDottedQuestionLine(text), DOTTED.test(text), JSON.stringify(text));
      const q = QUESTION.exec(text);
      const found = questionLine(text);
      assert.strictEqual(found && found.index + found[0].length, q && q.index + q[0].length, JSON.stringify(text));
    }
    assert.strictEqual(hasHearingLine('Intro.\r\n  Senator KRAL. Thank you.'), true);
    assert.strictEqual(hasHearingLine('Intro.\rSenator KRAL. Thank you.'), false);
    assert.strictEqual(hasHearingLine('Intro. Senator KRAL. Thank you.'), false);
  });

  it('blanks a colon dateline on a line within the lede\'s reach, indented at most three, in any capitals', () => {
    const spaces = (s: string) => s.replace(/[^\r\n]/g, ' ');
    const body = 'Ann Lee opened the quay on Monday.';
    assert.strictEqual(maskLeads(`Quay news\n   ÉCLUSE: ${body}`), `Quay news\n${spaces('   ÉCLUSE: ')}${body}`);
    assert.strictEqual(maskLeads(`Quay news\n    PORTVILLE: ${body}`), `Quay news\n    PORTVILLE: ${body}`);
    const before = (n: number) => `${'a'.repeat(n - 1)}\n`;
    assert.strictEqual(maskLeads(`${before(600)}PORTVILLE: ${body}`), `${before(600)}${spaces('PORTVILLE: ')}${body}`);
    assert.strictEqual(maskLeads(`${before(601)}PORTVILLE: ${body}`), `${before(601)}PORTVILLE: ${body}`);
  });
});
