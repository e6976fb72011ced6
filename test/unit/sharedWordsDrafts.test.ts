// Drafts giving words more than one person can rightly be credited with: words a person says they were told, words
// a source says another repeated. A right reading raises nothing; the words given to someone else are still caught.
import * as assert from 'assert';
import { checkDraft } from '../../src/core';
import { indexOf } from '../support/memoryCorpus';
import { namesTheHearer } from '../../src/core/draft/heardWords';
import { correctionCredits } from '../../src/core/draft/correctionNotes';
import type { Speaker } from '../../src/core/types';

const P = (...paragraphs: string[]) => paragraphs.join('\n\n');

/** The draft's misattributed, altered and distorted quotes: `code: claimed / source`. */
function alarms(draft: string, sources: ReturnType<typeof indexOf>): string[] {
  return checkDraft(draft, sources)
    .findings.filter((f) => /^(misattributed|altered|distorted)-quote/.test(f.code))
    .map((f) => `${f.code}: ${f.claimedSpeaker} / ${f.sourceSpeaker}`);
}

describe('drafts of words more than one person can be credited with', () => {
  const told = indexOf({
    paper: P(
      'Governor Ilse Marovic toured the orchards in 2011.',
      '"Not one tree on this hill will be cut down for the new road, you have my word," Marovic said.',
      'Tomas Reyne, who grows pears on the hill, spoke on Monday. "I kept her letter in a drawer for fifteen years," Reyne said.',
    ),
  });

  it('never calls words misattributed to the one the draft says was told them', () => {
    assert.deepStrictEqual(alarms('Reyne recalled being told, "Not one tree on this hill will be cut down for the new road, you have my word."', told), []);
    assert.deepStrictEqual(alarms('Tomas Reyne said he was told: "Not one tree on this hill will be cut down for the new road, you have my word."', told), []);
    assert.deepStrictEqual(alarms('Reyne remembers hearing, "Not one tree on this hill will be cut down for the new road, you have my word."', told), []);
    assert.deepStrictEqual(alarms('Reyne said Marovic\'s predecessor had told him: "Not one tree on this hill will be cut down for the new road, you have my word."', told), []);
  });

  it('still catches the words given to the one who heard them as their own, or to a wrong teller', () => {
    assert.deepStrictEqual(alarms('"Not one tree on this hill will be cut down for the new road, you have my word," Reyne said.', told), ['misattributed-quote: Tomas Reyne / Ilse Marovic']);
    // Told of something, then speaking: the words are the speaker's own.
    assert.deepStrictEqual(alarms('Reyne, who was told of the road on Friday, said: "Not one tree on this hill will be cut down for the new road, you have my word."', told), ['misattributed-quote: Tomas Reyne / Ilse Marovic']);
    assert.deepStrictEqual(alarms('Reyne said he told them: "Not one tree on this hill will be cut down for the new road, you have my word."', told), ['misattributed-quote: Tomas Reyne / Ilse Marovic']);
    assert.deepStrictEqual(alarms('Marovic recalled Reyne telling her, "I kept her letter in a drawer for fifteen years."', told), []);
  });

  it('reads being told only as the last words before the quote', () => {
    assert.strictEqual(namesTheHearer(' recalled being told, '), true);
    assert.strictEqual(namesTheHearer(' said he had been told by an official in 2009: '), true);
    assert.strictEqual(namesTheHearer(', who was told of the plan, said: '), false);
    assert.strictEqual(namesTheHearer(' told reporters: '), false);
    assert.strictEqual(namesTheHearer(' said the governor had told him: '), true);
    assert.strictEqual(namesTheHearer(' said she told them: '), false);
  });

  const repeated = indexOf({
    first: 'Interior Minister Hana Voss said on Monday: "No family will be moved from the valley without a vote in the regional assembly."',
    second: P('The premier, Jan Orlik, spoke in the capital on Tuesday.', 'Orlik repeated Voss\'s promise that "no family will be moved from the valley without a vote in the regional assembly."'),
    third: 'Mira Dunn, a farmer, said: "We have heard promises like that before."',
  });

  it('never calls words misattributed to one a source says repeated them', () => {
    assert.deepStrictEqual(alarms('Orlik repeated the promise that "no family will be moved from the valley without a vote in the regional assembly."', repeated), []);
    assert.deepStrictEqual(alarms('"No family will be moved from the valley without a vote in the regional assembly," Voss said.', repeated), []);
  });

  it('still catches the repeated words given to someone no source says voiced them', () => {
    assert.deepStrictEqual(alarms('Mira Dunn said: "No family will be moved from the valley without a vote in the regional assembly."', repeated), ['misattributed-quote: Mira Dunn / Hana Voss']);
  });

  const corrected = indexOf({
    weekly: P('Harbour talks end', '"We will not be hurried by anyone\'s timetable, least of all by the dredgers who want to start in July," Ruben Hask said after the meeting.'),
    evening: P('Harbour deal waits', 'Correction: An earlier version of this article wrongly attributed the remark "We will not be hurried by anyone\'s timetable, least of all by the dredgers who want to start in July" to Ruben Hask. It was said by Greta Lind.', 'The harbour board meets again on Friday.'),
    third: 'Pia Moen, a ferry captain, said: "The channel silts up every winter and nobody pays for it."',
  });

  it('never calls words misattributed to the one a correction note says said them', () => {
    assert.deepStrictEqual(alarms('"We will not be hurried by anyone\'s timetable, least of all by the dredgers who want to start in July," Lind said.', corrected), []);
  });

  it('still catches the corrected words given to someone the note does not name', () => {
    assert.deepStrictEqual(alarms('"We will not be hurried by anyone\'s timetable, least of all by the dredgers who want to start in July," Pia Moen said.', corrected), ['misattributed-quote: Pia Moen / Ruben Hask']);
  });

  it('reads a correction note as crediting only the one it does not say was wrongly credited', () => {
    const lind: Speaker = { name: 'Greta Lind', kind: 'person', key: 'greta lind' };
    const hask: Speaker = { name: 'Ruben Hask', kind: 'person', key: 'ruben hask' };
    const note = 'Correction: An earlier version wrongly attributed a remark to Ruben Hask. It was said by Greta Lind.';
    assert.strictEqual(correctionCredits(note, lind), true);
    assert.strictEqual(correctionCredits(note, hask), false);
    assert.strictEqual(correctionCredits('Correction: Ruben Hask was wrongly quoted as saying "the port is closed"; Greta Lind said it.', hask), false);
    assert.strictEqual(correctionCredits('Ruben Hask and Greta Lind spoke on Friday.', lind), false);
  });
});
