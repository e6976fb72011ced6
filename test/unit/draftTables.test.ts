// Markdown tables in a draft: a row whose one cell is a quote and another only a person's name (or a name and a role)
// says that person spoke the quote, as writers' summaries lay out who said what. Invented sources and rows: a right
// row raises nothing, a swapped name is caught, and nothing else in a table names anyone.
import * as assert from 'assert';
import { checkDraft } from '../../src/core';
import { indexOf } from '../support/memoryCorpus';
import { ORTIZ, REYES, SOURCES } from '../support/harbourTown';

const HEADER = '| Speaker | Quote |\n|---|---|\n';

type Row = (name: { full: string; short: string }, quote: string) => string;
const ROWS: Record<string, Row> = {
  'a surname and the quote': (w, q) => `${HEADER}| ${w.short} | "${q}." |`,
  'the quote first, then the name': (w, q) => `| Quote | Speaker |\n|---|---|\n| "${q}." | ${w.full} |`,
  'a name and a role, and a date cell': (w, q) => `| Who | What | When |\n|:--|:--|--:|\n| ${w.full}, council member | “${q}” | Friday |`,
  'a bold name in curly quotes': (w, q) => `${HEADER}| **${w.short}** | “${q}.” |`,
  'the third row of a table': (w, q) => `${HEADER}| Nobody | - |\n| Someone | - |\n| ${w.short} | "${q}." |`,
};

function verdicts(draft: string): { speakers: Array<string | null>; wrong: string[] } {
  const result = checkDraft(draft, indexOf(SOURCES), { format: 'markdown' });
  return { speakers: result.quotes.map((q) => q.claimedSpeaker?.name ?? null), wrong: result.findings.filter((f) => f.code === 'misattributed-quote').map((f) => f.sourceSpeaker ?? '') };
}

describe('draft tables: a row pairing a name with a quote', () => {
  for (const [name, row] of Object.entries(ROWS)) {
    it(`${name}: the right name raises nothing, the swapped one is caught`, () => {
      for (const [who, other] of [[ORTIZ, REYES], [REYES, ORTIZ]]) {
        const right = checkDraft(row(who, who.quote), indexOf(SOURCES), { format: 'markdown' });
        assert.deepStrictEqual(right.findings.map((f) => f.message), [], row(who, who.quote));
        assert.deepStrictEqual(right.quotes.map((q) => q.claimedSpeaker?.name ?? null), [who.full], row(who, who.quote));
        assert.deepStrictEqual(verdicts(row(other, who.quote)).wrong, [who.full], row(other, who.quote));
      }
    });
  }

  it('nothing else in a table names anyone: two quotes, two names, a cell with a sentence, a header word', () => {
    for (const draft of [
      `| Before | After |\n|---|---|\n| "${ORTIZ.quote}." | "${REYES.quote}." |`,
      `| A | B | Quote |\n|---|---|---|\n| Ortiz | Reyes | "${REYES.quote}." |`,
      `| Note | Quote |\n|---|---|\n| Ortiz said it | "${REYES.quote}." |`,
      `| Speaker | Quote |\n|---|---|\n| Speaker | "${REYES.quote}." |`,
    ]) {
      assert.deepStrictEqual(verdicts(draft), { speakers: verdicts(draft).speakers.map(() => null), wrong: [] }, draft);
    }
  });

  it('a quote inside a cell with its own attribution is read as a sentence', () => {
    assert.deepStrictEqual(verdicts(`| Day | Words |\n|---|---|\n| Friday | Ortiz said "${REYES.quote}." |`).wrong, [REYES.full]);
    assert.deepStrictEqual(verdicts(`| Day | Words |\n|---|---|\n| Friday | Reyes said "${REYES.quote}." |`).wrong, []);
  });
});
