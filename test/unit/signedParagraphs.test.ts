// A paragraph of nothing but quotation signed in the line after it (`- Dana Reyes.`, `— Ivo Kral, harbour board
// chairman`), as fact-checks, letters and op-eds sign what they quote, speaks for the one who signs.
import * as assert from 'assert';
import { analyzeText, checkDraft, DraftCheckCache } from '../../src/core';
import { indexOf } from '../support/memoryCorpus';
import { visibleReport } from '../support/draftArbitraries';

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

  it('reads a roundup’s caption under each quote, the name the subject of a verb in the present tense', () => {
    const text = [
      'Heard on the quays',
      '■ "The ferries will keep running all winter, whatever the board decides about the tolls,"',
      '\u2013 Harbour Board deputy chair Ivo Kral defends the winter timetable.',
      '■ "There are only so many old hulls one crew can patch before the spring,"',
      '\u2013 Boatyard owner Dana Reyes calls for two new ferries.',
      '■ "Nobody asked the islanders what they wanted from the new timetable,"',
      '\u2013 Councillor Lena Wirth, who sits for the islands, suggests a vote on the "Quay Plan".',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text).slice(0, 3), ['Ivo Kral', 'Dana Reyes', 'Lena Wirth']);
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

describe('a draft’s quotation paragraph signed in the line after it', () => {
  const index = indexOf({
    bridge: 'Mayor Lena Ortiz opened the rebuilt bridge on Friday.\n\n"The bridge reopens on Monday and the ferries will run all night," Ortiz said.\n\nCouncil leader Dan Reyes spoke after her. "We cannot afford a second bridge this decade," Reyes said.',
  });
  const REYES = '"We cannot afford a second bridge this decade."';

  function check(draft: string, cache?: DraftCheckCache) {
    return checkDraft(draft, index, { format: 'markdown', cache });
  }

  it('gets the signer as its speaker, as a source does: right raises nothing, another name is caught', () => {
    for (const sign of ['- Dan Reyes.', '\u2014 Dan Reyes, council leader', '> \u2014 Dan Reyes']) {
      assert.deepStrictEqual(check(`The council met on Monday.\n\n${REYES}\n\n${sign}`).findings.map((f) => f.code), [], sign);
    }
    const wrong = check(`The council met on Monday.\n\n${REYES}\n\n- Lena Ortiz.`);
    assert.deepStrictEqual(wrong.findings.map((f) => [f.code, f.sourceSpeaker]), [['misattributed-quote', 'Dan Reyes']]);
  });

  it('raises no false alarm when the signed paragraph follows another speaker’s quote', () => {
    const draft = `Lena Ortiz said "The bridge reopens on Monday and the ferries will run all night."\n\n${REYES}\n\n- Dan Reyes.`;
    assert.deepStrictEqual(check(draft).findings.map((f) => f.code), []);
    assert.deepStrictEqual(check(draft).quotes.map((q) => q.claimedSpeaker?.name), ['Lena Ortiz', 'Dan Reyes']);
  });

  it('follows edits of the signature, the quotation and the text around them as a fresh check does', () => {
    const cache = new DraftCheckCache();
    const intro = Array.from({ length: 12 }, (_, i) => `Paragraph ${i}: the port reopened and the market stayed open.`);
    const versions = [
      [...intro, REYES],
      [...intro, REYES, '- Lena Ortiz.'],
      [...intro, REYES, '- Dan Reyes.'],
      [...intro, REYES, '- Dan Reyes.', 'The vote is on Friday.'],
      [...intro, REYES, '- Lena Ortiz.', 'The vote is on Friday.'],
      [...intro.slice(1), REYES, '- Lena Ortiz.', 'The vote is on Friday.'],
      [...intro.slice(1), REYES, 'The vote is on Friday.'],
      [...intro.slice(1), '"The bridge reopens on Monday and the ferries will run all night."', '- Lena Ortiz.', 'The vote is on Friday.'],
      // The draft's names stay the same: only the paragraphs around the edit are read again.
      [...intro, REYES, 'Lena Ortiz.'],
      [...intro, REYES, '- Lena Ortiz.'],
      [...intro, REYES, '- Lena Ortiz spoke.'],
      [...intro, REYES, '> ', '- Lena Ortiz.'],
    ];
    for (const paragraphs of versions) {
      const draft = paragraphs.join('\n\n');
      const incremental = check(draft, cache);
      assert.deepStrictEqual(visibleReport(incremental), visibleReport(check(draft)), draft.slice(-160));
    }
    assert.deepStrictEqual(check(versions[4].join('\n\n'), cache).findings.map((f) => f.code), ['misattributed-quote']);
    check(versions[8].join('\n\n'), cache);
    assert.deepStrictEqual(check(versions[9].join('\n\n'), cache).findings.map((f) => f.code), ['misattributed-quote']);
  });
  it('reads an embedded post\'s signature, its handle and date after the name', () => {
    // Each had no speaker: the handle in brackets and the date were read as the sentence going on.
    assert.deepStrictEqual(speakers('"We did it, Harbour Town." — Ana Kral (@AnaKral) November 7, 2020'), ['Ana Kral']);
    assert.deepStrictEqual(speakers('"We did it, Harbour Town." — Ana Kral (@AnaKral) 7 Nov 2020'), ['Ana Kral']);
    assert.deepStrictEqual(speakers('"We did it, Harbour Town." — Ana Kral, November 7, 2020'), ['Ana Kral']);
    // Words that go on after the name are a sentence, not a signature.
    assert.deepStrictEqual(speakers('"We did it." — Ana Kral in May 2020 and more words here'), [null]);
  });
});
