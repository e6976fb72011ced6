import * as assert from 'assert';
import { checkDraft, checkDraftAsync, DraftCheckCache, embeddedSourceIndex, readDraft, type CorpusIndex, type DraftReport } from '../../src/core';
import { bundledIndex, indexOf } from '../support/memoryCorpus';
import { visibleReport } from '../support/draftArbitraries';

// Sources the tests write themselves: invented people, invented events.
const SOURCES = {
  harbour: [
    'Port Aldis reopened its harbour on Tuesday after a week of storms.',
    '',
    'Harbour Master Ilse Varga said the piers had suffered "damage we have not seen in forty years". "We will need every crane we can find," she added.',
    '',
    'Mayor Tobias Renn rejected calls to close the fish market. "The market stays open, storm or no storm," Renn said.',
    '',
    'The so-called "storm tax" was dropped, according to the city council.',
  ].join('\n'),
  budget: [
    'Finance Minister Ada Morel presented the budget on Friday.',
    '“Every euro we spend on the dykes is a euro we save on the floods,” Morel told parliament.',
    'Opposition leader Carl Dunne called the plan "a soggy compromise."',
  ].join('\n'),
};

function findings(draft: string, index: CorpusIndex) {
  return checkDraft(draft, index).findings.map((f) => ({ code: f.code, quote: f.quote.replace(/[,.]$/, ''), claimed: f.claimedSpeaker, source: f.sourceSpeaker }));
}

describe('checking a draft', () => {
  const index = indexOf(SOURCES);

  it('finds nothing wrong with correctly attributed quotes, however they are phrased', () => {
    const draft = [
      'Varga said the piers had suffered “damage we have not seen in forty years.”',
      '"We will need every crane we can find," the harbour master added.',
      'Renn insisted: "The market stays open, storm or no storm."',
      '“The market stays open,” said Tobias Renn.',
      'Morel told lawmakers that “every euro we spend on the dykes is a euro we save on the floods”.',
      'According to Carl Dunne, it was "a soggy compromise".',
      "Dunne dismissed the budget as 'a soggy compromise'.",
      'The "storm tax" is gone.',
    ].join('\n\n');
    assert.deepStrictEqual(findings(draft, index), []);
  });

  it('does not give a quote in an opening or relative clause to the main clause’s speaker', () => {
    const draft = [
      'Asked about Varga\'s warning of "damage we have not seen in forty years", Renn said the port would reopen.',
      'Responding to Varga\'s "damage we have not seen in forty years", Morel said the budget would pay for it.',
      'After Varga spoke of "damage we have not seen in forty years", Renn said the market would stay open.',
      'Renn, who heard Varga warn of "damage we have not seen in forty years", said the market would stay open.',
    ].join('\n\n');
    assert.deepStrictEqual(findings(draft, index), []);
  });

  it('accepts shortened quotes, brackets, other marks, case and spacing', () => {
    const draft = [
      'Morel said: "Every euro we spend ... is a euro we save on the floods."',
      'Morel said: "Every euro we spend on the dykes is [money] we save on the floods."',
      "Renn said 'the MARKET stays   open'.",
      'Varga spoke of “damage we have not seen in forty years”.',
    ].join('\n\n');
    assert.deepStrictEqual(findings(draft, index), []);
  });

  it('reports a quote put in the wrong mouth, naming who the sources say said it', () => {
    for (const draft of [
      'Renn said the piers had suffered "damage we have not seen in forty years".',
      '"We will need every crane we can find," Mayor Tobias Renn said.',
      'Ada Morel warned that "the market stays open, storm or no storm."',
      'The finance minister warned that "the market stays open, storm or no storm."',
    ]) {
      const [f] = findings(draft, index);
      assert.ok(f, draft);
      assert.strictEqual(f.code, 'misattributed-quote', draft);
      assert.notStrictEqual(f.claimed, f.source, draft);
    }
    const [f] = checkDraft('Renn said the piers had suffered "damage we have not seen in forty years".', index).findings;
    assert.strictEqual(f.sourceSpeaker, 'Ilse Varga');
    assert.match(f.message, /Ilse Varga/);
    assert.strictEqual(f.source, 'harbour');
  });

  it('reports altered wording with the source’s exact words; a changed negation or number as a change of meaning, more severe', () => {
    const [f, ...rest] = checkDraft('Varga said the piers had suffered "damage we have seen in forty years".', index).findings;
    assert.strictEqual(rest.length, 0);
    assert.deepStrictEqual([f.code, f.severity], ['distorted-quote', 'error']);
    assert.strictEqual(f.sourceText, 'damage we have not seen in forty years');
    assert.match(f.message, /changes the source's meaning: a negation \(drops “not”\)/);
    for (const draft of ['Varga said the piers had suffered "damage we have never seen in forty years".', 'Varga said the piers had suffered "damage we have not seen in fifty years".']) {
      assert.deepStrictEqual(checkDraft(draft, index).findings.map((x) => [x.code, x.severity]), [['distorted-quote', 'error']], draft);
    }
    // A word given for its opposite (`closed` for `open`) reverses the words: no other rendering of them.
    const [closed] = checkDraft('Renn insisted: "The market stays closed, storm or no storm."', index).findings;
    assert.deepStrictEqual([closed.code, closed.severity], ['distorted-quote', 'error']);
    assert.match(closed.message, /a word for its opposite \(“closed” for “open”\)/);
    for (const draft of [
      'Morel said "every euro we spend is a euro we save on the floods".',
      'Morel said "every euro we spend on the dykes is a euro we save on the winter floods".',
    ]) {
      assert.deepStrictEqual(checkDraft(draft, index).findings.map((x) => [x.code, x.severity]), [['altered-quote', 'warning']], draft);
    }
  });

  it('reports other words for the same thing, or a fuller version, as information naming both wordings', () => {
    for (const draft of [
      'Morel said "every euro we spend on dykes is a euro we save on the floods".',
      'Morel said "every penny we spend on the dykes is a penny we save on the floods".',
      '"The market stays open, storm or no storm. We will not close it," Renn said.',
    ]) {
      const found = checkDraft(draft, index).findings;
      assert.deepStrictEqual(found.map((x) => [x.code, x.severity]), [['variant-quote', 'information']], draft);
      assert.ok(found[0].message.includes(found[0].sourceText!), found[0].message);
    }
  });

  it('does not take a short common phrase for an altered quote', () => {
    assert.deepStrictEqual(findings('Renn called it "a market for everyone".', index).map((f) => f.code), ['unsourced-quote']);
    assert.deepStrictEqual(findings('It was, he said, "damage we have seen".', index).map((f) => f.code), []);
  });

  it('reports words no source contains', () => {
    const f = findings('Varga said "the harbour will be rebuilt in gold by next spring".', index);
    assert.deepStrictEqual(f, [{ code: 'unsourced-quote', quote: 'the harbour will be rebuilt in gold by next spring', claimed: 'Ilse Varga', source: null }]);
  });

  it('places findings on the quote in the draft', () => {
    const draft = 'Intro line.\n\nRenn said "We will need every crane we can find."';
    const [f] = checkDraft(draft, index).findings;
    assert.strictEqual(draft.slice(f.start, f.end), '"We will need every crane we can find."');
  });

  it('reuses located quotes from its cache and gives the same answer', () => {
    const cache = new DraftCheckCache();
    const draft = 'Renn said "We will need every crane we can find."';
    const first = checkDraft(draft, index, { cache });
    const second = checkDraft(draft + ' More text.', index, { cache });
    assert.strictEqual(cache.size, 1);
    assert.deepStrictEqual(second.findings.map((f) => f.message), first.findings.map((f) => f.message));
  });

  it('re-reads only the paragraph a keystroke changed, and gives the same findings as a fresh check', () => {
    const paragraphs = Array.from({ length: 300 }, (_, i) =>
      i % 3 === 0 ? `Renn said "We will need every crane we can find." (${i})` : `Paragraph ${i}: the port reopened and the market stayed open.`,
    );
    const cache = new DraftCheckCache();
    checkDraft(paragraphs.join('\n\n'), index, { cache });
    assert.strictEqual(cache.analysis.lastRun.paragraphsRead, 300);
    paragraphs[150] = 'Varga said "the market stays open, storm or no storm."';
    const edited = paragraphs.join('\n\n');
    const incremental = checkDraft(edited, index, { cache });
    assert.strictEqual(cache.analysis.lastRun.paragraphsRead, 1);
    assert.ok(cache.analysis.lastRun.windowsAttributed <= 3, `${cache.analysis.lastRun.windowsAttributed} windows`);
    const fresh = checkDraft(edited, index);
    assert.deepStrictEqual(incremental.findings.map((f) => [f.start, f.code, f.message]), fresh.findings.map((f) => [f.start, f.code, f.message]));
    assert.strictEqual(incremental.findings.length, 100);
  });

  it('after a one-word edit at the top, visits only the paragraphs around it, and every later quote, report and finding stands at its new offset', () => {
    const paragraphs = Array.from({ length: 300 }, (_, i) =>
      i % 3 === 0 ? `Renn said "We will need every crane we can find." (${i})` : `Paragraph ${i}: the port reopened and the market stayed open.`,
    );
    const cache = new DraftCheckCache();
    const before = checkDraft(paragraphs.join('\n\n'), index, { cache });
    const lastFinding = before.findings[before.findings.length - 1];
    const lastStart = lastFinding.start;
    paragraphs[1] = paragraphs[1].replace('port', 'old port');
    const edited = paragraphs.join('\n\n');
    const incremental = checkDraft(edited, index, { cache });
    assert.ok(cache.analysis.lastRun.paragraphsPlaced <= 3, `${cache.analysis.lastRun.paragraphsPlaced} paragraphs placed`);
    // The finding kept from before the edit is the same one, now four characters further on.
    assert.strictEqual(incremental.findings[incremental.findings.length - 1], lastFinding);
    assert.strictEqual(lastFinding.start, lastStart + 4);
    const fresh = checkDraft(edited, index);
    assert.deepStrictEqual(visibleReport(incremental), visibleReport(fresh));
    const sentences = (report: DraftReport) => report.analyzed.sentences.map((s) => [s.start, s.end, s.paragraph]);
    assert.deepStrictEqual(sentences(incremental), sentences(fresh));
  });

  it('after a reading that was never judged, judges the quotes it changed before the next edit afresh', () => {
    const paragraphs = Array.from({ length: 12 }, (_, i) => (i % 2 ? `Paragraph ${i}: the port reopened.` : `Renn said "We will need every crane we can find." (${i})`));
    const cache = new DraftCheckCache();
    checkDraft(paragraphs.join('\n\n'), index, { cache });
    // Read (not judged): the third paragraph now quotes other words, rightly attributed.
    paragraphs[2] = 'Renn said "The market stays open, storm or no storm." (2)';
    readDraft(paragraphs.join('\n\n'), index.registry, { cache });
    // Then an edit after it: the quotes before the edit are those of the reading, not of the last check.
    paragraphs[10] = 'Renn said "We will need every crane we can find." (10, edited)';
    const edited = paragraphs.join('\n\n');
    const visible = (text: string, options = {}) => checkDraft(text, index, options).findings.map((f) => [f.start, f.code, f.message]);
    assert.deepStrictEqual(visible(edited, { cache }), visible(edited));
    assert.strictEqual(checkDraft(edited, index).findings.length, 5);
  });

  it('checks against an archive two versions of a draft whose checks overlap each as a fresh check does', async () => {
    const archive = embeddedSourceIndex(index);
    const paragraphs = Array.from({ length: 20 }, (_, i) => (i % 2 ? `Paragraph ${i}: the port reopened.` : `Renn said "We will need every crane we can find." (${i})`));
    const older = paragraphs.join('\n\n');
    const newer = ['A new first paragraph.', ...paragraphs.slice(0, 9), 'Varga said "We will need every crane we can find."', ...paragraphs.slice(10)].join('\n\n');
    const cache = new DraftCheckCache();
    await checkDraftAsync(older, archive, { cache });
    // The newer text's check starts while the older one's waits for the archive: it moves the same quotes in place.
    const [first, second] = await Promise.all([checkDraftAsync(older, archive, { cache }), checkDraftAsync(newer, archive, { cache })]);
    const visible = (report: DraftReport) => report.findings.map((f) => [f.start, f.end, f.code, f.message]);
    assert.deepStrictEqual(visible(first), visible(await checkDraftAsync(older, archive)));
    assert.deepStrictEqual(visible(second), visible(await checkDraftAsync(newer, archive)));
  });

  it('follows a name added or removed earlier in the draft, and a quote mark left open or closed, reading only the paragraphs they touch', () => {
    const filler = Array.from({ length: 100 }, (_, i) => `Paragraph ${i}: the port reopened and the market stayed open.`);
    const unnamed = ['The harbour reopened on Tuesday.', '"We will need every crane we can find," she said.', ...filler];
    const named = ['Harbour Master Ilse Varga spoke on Tuesday.', ...unnamed.slice(1)];
    const cache = new DraftCheckCache();
    const speakers = (paragraphs: string[]) => {
      const report = checkDraft(paragraphs.join('\n\n'), index, { cache });
      assert.deepStrictEqual(report.quotes, checkDraft(paragraphs.join('\n\n'), index).quotes);
      return report.quotes.map((q) => q.claimedSpeaker?.name ?? null);
    };
    assert.deepStrictEqual(speakers(unnamed), [null]);
    assert.deepStrictEqual(speakers(named), ['Ilse Varga']);
    assert.strictEqual(cache.analysis.lastRun.paragraphsRead, 1);
    assert.deepStrictEqual(speakers(unnamed), [null]); // undone

    const closed = [...filler.slice(0, 50), 'Renn said "The market stays open, storm or no storm."', '"We will need every crane we can find," she said.', ...filler.slice(50)];
    const open = [...closed];
    open[50] = 'Renn said "The market stays open, storm or no storm.';
    const unclosed = (paragraphs: string[]) => {
      const report = checkDraft(paragraphs.join('\n\n'), index, { cache });
      assert.deepStrictEqual(report.quotes, checkDraft(paragraphs.join('\n\n'), index).quotes);
      return report.quotes.map((q) => q.unclosed);
    };
    assert.deepStrictEqual(unclosed(closed), [false, false]);
    assert.deepStrictEqual(unclosed(open), [true, false]);
    // The paragraph edited, and the next one, which now continues its quotation.
    assert.strictEqual(cache.analysis.lastRun.paragraphsRead, 2);
    assert.deepStrictEqual(unclosed(closed), [false, false]);
    assert.strictEqual(cache.analysis.lastRun.paragraphsRead, 2);
  });

  it('reads a pronoun or a continued quote across paragraphs, and points at the words that name the speaker', () => {
    const draft = ['Mayor Tobias Renn spoke to the press on Monday.', '"We will need every crane we can find," he said.', '"The market stays open, storm or no storm."'].join('\n\n');
    const { quotes } = checkDraft(draft, index);
    assert.deepStrictEqual(quotes.map((q) => [q.claimedSpeaker?.name, q.verdict]), [['Tobias Renn', 'misattributed'], ['Tobias Renn', 'matches']]);
    assert.strictEqual(draft.slice(quotes[0].claimedMention!.start, quotes[0].claimedMention!.end), 'he');
    assert.strictEqual(draft.slice(quotes[1].claimedMention!.start, quotes[1].claimedMention!.end), 'he');
  });

  it('leaves out ignored quotes', () => {
    const draft = 'Renn said "We will need every crane we can find."';
    const ignore = { entries: [{ quote: 'we will need every crane we can find', speaker: 'Renn' }] };
    assert.strictEqual(checkDraft(draft, index, { ignore }).findings.length, 0);
    assert.strictEqual(checkDraft(draft, index, { ignore: { entries: [{ quote: 'other words' }] } }).findings.length, 1);
  });

  it('reads a paragraph the same whether or not a character beyond Latin-1 stands elsewhere in the draft, however long the paragraph', () => {
    // A curly apostrophe anywhere makes the engine store the whole draft two bytes a character; paragraphs without
    // one are read from copies made one byte a character (paragraphCopy.ts), which must read as the text does.
    const filler = 'The council met again on Thursday and the harbour stayed closed to larger ships. '.repeat(60);
    const paragraphs = [
      'Renn said "the market stays open, storm or no storm."',
      'Carl Dunne told reporters that "every euro we spend on the dykes is a euro we save on the floods".',
      'Varga said the piers had suffered "damage we have seen in forty years."',
      `${filler}Morel said "a soggy compromise."`,
      'Ilse Varga, the harbour master, said "we will need every crane we can find." Caf\u00e9 owners were pleased.',
      'Renn said "the market stays closed, storm or no storm."',
    ];
    const ascii = paragraphs.join('\n\n');
    const wide = `${ascii}\n\nThe mayor\u2019s office \u2014 closed on Friday \u2014 said nothing.`;
    const narrow = visibleReport(checkDraft(ascii, index)) as { quotes: unknown[]; findings: unknown[] };
    assert.ok(narrow.findings.length >= 3, 'the draft has findings to compare');
    assert.ok(filler.length > 4096, 'a paragraph longer than a copy is made at a time');
    assert.deepStrictEqual(visibleReport(checkDraft(wide, index)), narrow);
  });

  it('survives unbalanced marks and a 50,000-line draft', () => {
    assert.doesNotThrow(() => checkDraft('He said "open " close " and \' stray “ marks ” ” «', index));
    const huge = Array.from({ length: 50_000 }, (_, i) => (i % 10 === 0 ? `Renn said "the market stays open" on line ${i}.` : `Line ${i} of filler text.`)).join('\n');
    for (const format of ['plain', 'markdown'] as const) {
      const report = checkDraft(huge, index, { format });
      assert.strictEqual(report.quotes.length, 5000, format);
      assert.strictEqual(report.findings.length, 0, format);
    }
  });

  it('finds the source sentence a sentence of the draft restates, and none for an unrelated or short one', () => {
    const claim = index.matchClaim('On Friday Finance Minister Ada Morel presented her budget.');
    assert.strictEqual(claim?.text, 'Finance Minister Ada Morel presented the budget on Friday.');
    assert.ok(claim.score > 0.6 && claim.score <= 1);
    assert.strictEqual(index.matchClaim('The weather in the mountains was fine all week long.'), null);
    assert.strictEqual(index.matchClaim('Morel presented.'), null);
  });

  describe('against the bundled corpus', () => {
    it('gives the speaker’s name as the matched source writes it', async () => {
      const bundled = await bundledIndex();
      const [report] = checkDraft('Putin said "Ukraine will not hold any negotiations with Russia as long as Putin is the president of the Russian Federation."', bundled).quotes;
      assert.strictEqual(report.verdict, 'misattributed');
      assert.strictEqual(report.match?.location.sourceId, '003_51d239c27b86dbf5');
      assert.strictEqual(report.match?.speakerSpelling, 'Volodymyr Zelensky');
    });

    it('catches the headline misattribution and accepts the right speaker', async () => {
      const bundled = await bundledIndex();
      const wrong = checkDraft('Zelensky said Russia would use "all available means" to protect the regions.', bundled).findings;
      assert.deepStrictEqual(wrong.map((f) => [f.code, f.sourceSpeaker]), [['misattributed-quote', 'Vladimir Putin']]);
      for (const right of [
        'Putin said Russia would use "all available means" to protect the regions.',
        'The Russian leader vowed to use "all available means".',
        'Zelenskyy said Ukraine "will not hold any negotiations with Russia as long as Putin is the president of the Russian Federation."',
        'The Ukrainian president said: "We trust each other, we help each other, and we protect each other."',
        'According to Peskov, Moscow aims to "liberate" the entire Donetsk region.',
        'UN chief Antonio Guterres called it "a dangerous escalation".',
        'Kiev and the West rejected the "land-grab".',
      ]) {
        assert.deepStrictEqual(checkDraft(right, bundled).findings, [], right);
      }
    });
  });
});
