// A transcript's `MR HOLLIS:` is a man: where the only Hollis the text names in full is a woman (`the driver Maria
// Hollis`), the turn is not hers. Its words go to no one rather than to her. Invented text.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/attribution/analyzeText';
import { labelTitleSex } from '../../src/core/attribution/titledLabelSexes';

const P = (...paragraphs: string[]) => paragraphs.join('\n\n');

function quotes(text: string): string[] {
  return analyzeText(text, { id: 'a' }).quotes.map((q) => `${q.speaker?.name ?? '-'}: ${q.text}`);
}

const briefing = (label: string, named: string) => P(
  'Harbour Board - press briefing, 4 May (transcript)',
  `${label}: Good morning. The ferry's driver, ${named}, has been stood down while the inquiry runs. No relation of mine, I should say.`,
  'Q: Will the service run on Monday?',
  `${label}: It will run on Monday with a relief crew. Nobody sails until the engines are checked twice.`,
);

describe('a transcript label whose courtesy title says a sex', () => {
  it('gives a man\'s label no woman\'s words, though she shares his surname', () => {
    const found = quotes(briefing('MR HOLLIS', 'Maria Hollis'));
    assert.ok(found.every((q) => !q.startsWith('Maria Hollis')), found.join('\n'));
  });

  it('still gives the label to the person of its sex the text names', () => {
    assert.ok(quotes(briefing('MS HOLLIS', 'Maria Hollis')).includes('Maria Hollis: It will run on Monday with a relief crew. Nobody sails until the engines are checked twice.'));
    assert.ok(quotes(briefing('MR HOLLIS', 'Tom Hollis')).includes('Tom Hollis: It will run on Monday with a relief crew. Nobody sails until the engines are checked twice.'));
  });

  it('reads the title in any case and emphasis, and no other word as one', () => {
    assert.strictEqual(labelTitleSex('MR HOLLIS'), 'male');
    assert.strictEqual(labelTitleSex('**Mrs. Hollis**'), 'female');
    assert.strictEqual(labelTitleSex('DR HOLLIS'), null);
    assert.strictEqual(labelTitleSex('MRSA NURSE'), null);
  });
});
