// A draft's transcript excerpt without quotation marks (`ORTIZ: The bridge reopens on Monday.`): each turn is its
// speaker's words, checked as `ORTIZ: "..."` is, when the label names a person the sources know by name. A dateline
// or kicker in capitals (`PORT ALDIS:`, `UPDATE:`) names no one and stays prose. Invented sources (harbourTown).
import * as assert from 'assert';
import { checkDraft, DraftCheckCache } from '../../src/core';
import { indexOf } from '../support/memoryCorpus';
import { ORTIZ, REYES, SOURCES } from '../support/harbourTown';

const index = indexOf(SOURCES);

function checked(draft: string, cache?: DraftCheckCache): Array<[string | null, string]> {
  return checkDraft(draft, index, { format: 'markdown', cache }).quotes.map((q) => [q.claimedSpeaker?.name ?? null, q.verdict]);
}

describe('transcript lines without quotation marks in a draft', () => {
  const draft = (first: string, second: string) => `From the council meeting:\n\n${first}: ${ORTIZ.quote}.\n\n${second}: ${REYES.quote}.`;

  it('reads each turn as its speaker\'s words: right turns match, and a turn put under another\'s label is caught', () => {
    assert.deepStrictEqual(checked(draft('ORTIZ', 'REYES')), [['Lena Ortiz', 'matches'], ['Dan Reyes', 'matches']]);
    assert.deepStrictEqual(checked(draft('ORTIZ', 'LENA ORTIZ')), [['Lena Ortiz', 'matches'], ['Lena Ortiz', 'misattributed']]);
    assert.deepStrictEqual(checked(draft('- **REYES**', 'REYES')), [['Dan Reyes', 'misattributed'], ['Dan Reyes', 'matches']]);
  });

  it('reads no turn under a dateline, a kicker, a name the sources do not know, or a line with its own marks', () => {
    assert.deepStrictEqual(checked(`PORT ALDIS: ${ORTIZ.quote}.`), []);
    assert.deepStrictEqual(checked(`UPDATE: ${ORTIZ.quote}.`), []);
    assert.deepStrictEqual(checked(`LINDQVIST: ${ORTIZ.quote}.`), []);
    assert.deepStrictEqual(checked(`Ortiz: ${REYES.quote}.`), []);
    assert.deepStrictEqual(checked(`REYES: "${REYES.quote}," he said.`), [['Dan Reyes', 'matches']]);
  });

  it('gives the same reading when the label is typed in an open document', () => {
    const cache = new DraftCheckCache();
    checked(draft('ORTIZ', 'REYE'), cache);
    assert.deepStrictEqual(checked(draft('ORTIZ', 'REYES'), cache), checked(draft('ORTIZ', 'REYES')));
    assert.deepStrictEqual(checked(draft('ORTIZ', 'ORTIZ'), cache), [['Lena Ortiz', 'matches'], ['Lena Ortiz', 'misattributed']]);
  });
});
