// A writer's and copy desk's conventions applied to a source's quote (a numeral for a number word, another
// country's spelling, `(sic)`, a masked swear word, a capital changed in brackets) and a live blog's clock times:
// a correct draft gets no warning, and the same words given to someone else are still caught. Invented sentences.
import * as assert from 'assert';
import { analyzeText, checkDraft } from '../../src/core';
import { indexOf } from '../support/memoryCorpus';

const P = (...paragraphs: string[]) => paragraphs.join('\n\n');
const SOURCES = {
  quarry: P(
    'Quarry plan splits Marrow Vale',
    'By Lise Orm, Vale Courier',
    'The county council approved the Marrow Vale quarry on Friday after a nine-hour meeting.',
    'Councillor Petra Lindqvist, who chairs the planning committee, defended the vote. "We will organise the lorry routes ourselves, and the defence of the village green is written into every page of the licence we signed," Lindqvist said.',
    '"For seven years this valley has waited for somebody to say yes or no, and today we finally said it," she added.',
    'Residents\' spokesman Jonah Reeve was furious. "It\'s a bloody scandal, and every councillor in that chamber knows the quarry will swallow the whole east meadow," Reeve said.',
    'Farmer Dora Quist said her family would leave. "They was never going to listen to people like us, whatever the petition said," Quist said.',
    '"The meadow belongs to the children who play on it, not to the men who dig it up," Reeve said.',
    'The quarry company\'s director, Ansel Moberg, promised jobs. "This quarry will employ two hundred and fifty people for twenty-five years, and every one of them will come from the vale," Moberg said.',
  ),
};

const findings = (draft: string) => checkDraft(draft, indexOf(SOURCES)).findings.map((f) => `${f.code}: ${f.claimedSpeaker} / ${f.sourceSpeaker}`);
const verdicts = (draft: string) => checkDraft(draft, indexOf(SOURCES)).quotes.map((q) => q.verdict);
const speakers = (text: string) => analyzeText(text).quotes.map((q) => q.speaker?.name ?? null);

describe('a writer\'s editing conventions applied to a quote', () => {
  it('reads a numeral for the source\'s number word as the same number, and catches the words given to another', () => {
    const right = '"For 7 years this valley has waited for somebody to say yes or no, and today we finally said it," Lindqvist said.';
    assert.deepStrictEqual(findings(right), []);
    assert.deepStrictEqual(findings(right.replace('Lindqvist', 'Reeve')), ['misattributed-quote: Jonah Reeve / Petra Lindqvist']);
    // Another number is still another number.
    assert.deepStrictEqual(findings(right.replace('7 years', '8 years')).map((f) => f.split(':')[0]), ['distorted-quote']);
  });

  it('reads figures for a number the source writes in several words as the same number', () => {
    const right = '"This quarry will employ 250 people for 25 years, and every one of them will come from the vale," Moberg said.';
    assert.deepStrictEqual(findings(right), []);
    assert.deepStrictEqual(findings(right.replace('250 people', '205 people')).map((f) => f.split(':')[0]), ['distorted-quote']);
  });

  it('reads American spellings of a British source\'s words as the same words, and catches them given to another', () => {
    const right = '"We will organize the lorry routes ourselves, and the defense of the village green is written into every page of the license we signed," Lindqvist said.';
    assert.deepStrictEqual(verdicts(right), ['matches']);
    assert.deepStrictEqual(findings(right.replace('Lindqvist', 'Reeve')), ['misattributed-quote: Jonah Reeve / Petra Lindqvist']);
  });

  it('takes an editor\'s `(sic)` as it takes `[sic]`', () => {
    const right = '"They was (sic) never going to listen to people like us, whatever the petition said," Quist said.';
    assert.deepStrictEqual(verdicts(right), ['matches']);
    assert.deepStrictEqual(findings(right.replace('Quist', 'Lindqvist')), ['misattributed-quote: Petra Lindqvist / Dora Quist']);
  });

  it('reads a word masked by dashes or stars as the source\'s word, and catches the words given to another', () => {
    for (const masked of ['b----y', 'b*****', 'b***dy']) {
      const right = `"It's a ${masked} scandal, and every councillor in that chamber knows the quarry will swallow the whole east meadow," Reeve said.`;
      assert.deepStrictEqual(verdicts(right), ['matches'], masked);
      assert.deepStrictEqual(findings(right.replace('Reeve', 'Lindqvist')), ['misattributed-quote: Petra Lindqvist / Jonah Reeve'], masked);
    }
    // A quote ending on its masked word is not looked up by the words before it alone.
    assert.deepStrictEqual(verdicts('"It\'s a b----y," Lindqvist said.'), ['unsourced']);
  });

  it('reads a first letter an editor lowered in brackets as the source\'s word', () => {
    assert.deepStrictEqual(verdicts('Reeve said "[t]he meadow belongs to the children who play on it, not to the men who dig it up."'), ['matches']);
  });
});

describe('a live blog\'s clock time opening an entry', () => {
  it('reads the entry\'s subject past a time in bold or a bare time before a capital', () => {
    const text = (stamp: string) => P(
      '09:40 — Mayor Aron Falk opened the meeting. "We will vote before midnight," he said.',
      `${stamp} Spokesman Jonah Reeve walks out. "Nobody here was asked," he said.`,
    );
    for (const stamp of ['10:15', '**10:15**', '10.15am', '**10.15**', '10:15 GMT', '10.15 BST']) assert.deepStrictEqual(speakers(text(stamp)), ['Aron Falk', 'Jonah Reeve'], stamp);
  });
});
