// A line that does not end a sentence (a heading, a caption, a byline, a list item's lazy line) followed by a line
// break: the next line's quote is not in the earlier line's sentence, so the earlier line's speech verb never
// gives it that line's name. A wrapped sentence still runs on over its line breaks. Invented sources and drafts.
import * as assert from 'assert';
import { analyzeText, checkDraft } from '../../src/core';
import { paragraphModeOf } from '../../src/core/text/segmentText';
import { indexOf } from '../support/memoryCorpus';

const SOURCES = {
  bridge: [
    'Mayor Lena Ortiz opened the rebuilt bridge on Friday.',
    '',
    '"The ferries will run all night until the spring thaw," Ortiz said.',
    '',
    'Council leader Dan Reyes spoke after her. "We cannot afford a second bridge this decade," Reyes told reporters on Friday.',
  ].join('\n'),
};
const REYES = 'We cannot afford a second bridge this decade';

function misattributions(draft: string, format: 'markdown' | 'plain'): string[] {
  return checkDraft(draft, indexOf(SOURCES), { format }).findings.filter((f) => f.code === 'misattributed-quote').map((f) => f.message);
}

function sentencesOf(text: string, format: 'plain' | 'markdown'): string[] {
  return analyzeText(text, { format }).sentences.map((s) => text.slice(s.start, s.end));
}

/** A wrapped text: each line filled up to `width` characters. */
function wrap(words: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of words.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line].join('\n');
}

describe('line breaks after a line that does not end a sentence', () => {
  const lines = [
    ['a heading line', 'Ortiz says the ferries will run all night'],
    ['a caption', 'Photo: Ortiz speaks at the pier on Friday'],
    ['a list item', '- Ortiz said the ferries would run all night'],
    ['a byline', 'By Ana Vidal, who said she watched Ortiz'],
  ];
  for (const [name, line] of lines) {
    for (const format of ['markdown', 'plain'] as const) {
      it(`${name} (${format}) gives its name to no quote on the next line`, () => {
        const draft = `${line}\n"${REYES}," Reyes told reporters on Friday.`;
        assert.deepStrictEqual(misattributions(draft, format), [], draft);
        const report = checkDraft(draft, indexOf(SOURCES), { format });
        assert.strictEqual(report.quotes[0].claimedSpeaker?.name, 'Dan Reyes', draft);
      });
    }
  }

  it('still catches the quote the next line puts in the wrong mouth', () => {
    const draft = `Ortiz says the ferries will run all night\n"${REYES}," Ortiz told reporters on Friday.`;
    assert.strictEqual(misattributions(draft, 'markdown').length, 1);
  });

  it('keeps a wrapped sentence whole when its quotation opens the next line, in a Markdown draft too', () => {
    // The first line is the paragraph's longest: the quotation's first word would not have fitted, so a wrapper broke there.
    const claim = (name: string) => `At the harbour board meeting on Friday night, ${name} told the crowd that\n"${REYES}" and then left the hall.`;
    // (In plain text two lines are two paragraphs unless the whole text is hard-wrapped: the Markdown draft is the case.)
    const format = 'markdown';
    assert.strictEqual(checkDraft(claim('Council leader Dan Reyes'), indexOf(SOURCES), { format }).quotes[0].claimedSpeaker?.name, 'Dan Reyes');
    assert.deepStrictEqual(misattributions(claim('Council leader Dan Reyes'), format), []);
    assert.strictEqual(misattributions(claim('Mayor Lena Ortiz'), format).length, 1, "the quote put in Ortiz's mouth is caught");
  });

  it('ends a sentence at such a line in Markdown and in hard-wrapped plain text', () => {
    assert.deepStrictEqual(sentencesOf('Bridge Reopens\n"It is done," she said.', 'markdown'), ['Bridge Reopens', '"It is done," she said.']);
    const body = 'The council met on Friday to vote on the bridge, and the mayor said the ferries would run all night until the thaw came and the river opened again for the boats of the harbour.';
    const text = `Bridge Reopens After Long Winter\n${wrap(`${body} ${body}`, 72)}`;
    const sentences = sentencesOf(text, 'plain');
    assert.strictEqual(sentences[0], 'Bridge Reopens After Long Winter');
    assert.strictEqual(sentences.length, 3, sentences.join(' | '));
  });

  it('runs a wrapped sentence on over its line breaks', () => {
    // Wrapped Markdown: every break falls where the next word would not fit, so none is a boundary.
    const said = 'Council leader Dan Reyes told a crowded meeting of the harbour board on Friday night that the plan for a second bridge was "far too costly for a small town" and would be dropped.';
    for (const format of ['markdown', 'plain'] as const) {
      const text = wrap(`${said} ${said} ${said}`, 60);
      assert.strictEqual(sentencesOf(text, format).length, 3, text);
      assert.ok(analyzeText(text, { format }).quotes.every((q) => q.speaker?.name === 'Dan Reyes'), text);
    }
    // A short wrapped paragraph whose next line opens with a lower-case word goes on.
    assert.deepStrictEqual(sentencesOf('Reyes told the board that the bridge\nwas "far too costly."', 'markdown'), ['Reyes told the board that the bridge\nwas "far too costly."']);
    // A quote closing its line, then its attribution on the next line: one sentence.
    assert.strictEqual(analyzeText('"We cannot afford it"\nReyes told the board.', { format: 'markdown' }).quotes[0].speaker?.name, 'Reyes');
    // A line ending in a colon or a comma introduces what follows.
    assert.strictEqual(analyzeText('Reyes told the board:\n"We cannot afford it."', { format: 'markdown' }).quotes[0].speaker?.name, 'Reyes');
  });

  describe('a Markdown draft written with semantic line breaks (a clause a line, lines of very different lengths)', () => {
    const drafts = (name: string) => [
      `${name} said\n"${REYES},"\nand left the hall before the vote that the board had planned for the evening.`,
      `At the harbour board meeting on Friday night, after a long and bitter debate about the ferries,\n${name} told the crowd that\n"${REYES}."`,
      `"${REYES},"\n${name} told reporters on Friday,\nafter the vote.`,
      `The board met.\n${name},\nwho had spoken first at the long meeting of the harbour board on Friday night,\nsaid:\n"${REYES}."`,
      `${name}\ntold reporters\nthat "${REYES}."`,
      `${name} told the crowd that\n"${REYES}"\nand then left the long meeting of the harbour board on Friday night.`,
    ];
    for (const [n, draft] of drafts('Dan Reyes').entries()) {
      it(`keeps the speaker of form ${n + 1} and warns when it is the wrong one`, () => {
        const report = checkDraft(draft, indexOf(SOURCES), { format: 'markdown' });
        assert.strictEqual(report.quotes[0].claimedSpeaker?.name, 'Dan Reyes', draft);
        assert.deepStrictEqual(misattributions(draft, 'markdown'), [], draft);
        const wrong = drafts('Lena Ortiz')[n];
        assert.strictEqual(misattributions(wrong, 'markdown').length, 1, wrong);
      });
    }
  });
});


// Whether plain text is wrapped at a fixed width is read from each line's last visible character.
describe('telling a hard-wrapped plain text', () => {
  const mode = (text: string) => paragraphModeOf(text, 'plain');
  const wrapped = [
    'The harbour board met on Monday to decide whether the',
    'cranes at the north quay would stay idle through the',
    'winter, and harbour master Ann Lee told the members',
    'that the repairs would take longer than the engineers',
    'had promised in their report to the council last year',
    'and that the ferries would keep running all the same.',
  ];

  it('reads lines that mostly end mid-sentence as one wrapped text', () => {
    assert.strictEqual(mode(wrapped.join('\n')), 'wrapped');
    assert.strictEqual(mode(wrapped.join('  \r\n')), 'wrapped');
  });

  it('reads lines that end a sentence, even before trailing spaces, as lines of their own', () => {
    const closed = wrapped.map((l) => `${l.replace(/[,.]?$/, '.')} \t `);
    assert.strictEqual(mode(closed.join('\n')), 'lines');
    assert.strictEqual(mode(wrapped.map((l) => `${l}"`).join('\n')), 'lines');
  });

  it('counts no blank or white-space line, so five lines are too few to tell', () => {
    assert.strictEqual(mode(wrapped.slice(0, 5).join('\n   \n')), 'lines');
    assert.strictEqual(mode(wrapped.join('\n \t\n')), 'wrapped');
  });
});

describe('telling a live blog from a hard-wrapped text', () => {
  it('reads short open lines between one-line paragraphs (clock times, headings, signatures) as lines of their own', () => {
    const text = [
      'Storm live: harbour towns cut off as the wind reaches ninety miles an hour',
      'Key events\n- 14:32 GMT Ferry services suspended until Thursday\n- 13:05 GMT Police urge drivers to stay at home',
      '15:10 GMT\nUpdate: The harbour master at Port Aldis, Ivo Peskar, says the sea wall has held so far.',
      'Posted by Ana Kral, our correspondent in Port Aldis',
      '14:55 GMT\nI have just spoken to a family who were moved out of a caravan park outside the town overnight.',
      'Posted by Tomas Berg, in the newsroom',
      '14:32 GMT\nFerry services suspended',
      '14:20 GMT\n"Do not drive unless your journey is absolutely essential. Trees are down on every road."\n— Chief Inspector Rosa Vidal, harbour police',
    ].join('\n\n');
    assert.strictEqual(paragraphModeOf(text, 'plain'), 'lines');
    assert.deepStrictEqual(analyzeText(text).quotes.map((q) => q.speaker?.name ?? null), ['Rosa Vidal']);
  });
});
