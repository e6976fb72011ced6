// Drafts in the styles of a sixth set of outlets (a criminal trial with its lawyers, judge and witnesses, a
// company's accounting scandal with its auditor and regulator, a football transfer), checked against invented
// sources: a right attribution raises nothing, a quote given to another of the sources' people is caught.
import * as assert from 'assert';
import { checkDraft } from '../../src/core';
import { speakers } from '../support/quoteSpeakers';
import { indexOf } from '../support/memoryCorpus';

const P = (...paragraphs: string[]) => paragraphs.join('\n\n');

const SOURCES = indexOf({
  transfer: P(
    'Ana Kral, the agent of the midfielder Ivo Peskar, said on Saturday that talks between the clubs had resumed.',
    'Peskar posted a photograph from the cup final on Sunday. "Six seasons and one city that made me feel at home, whatever comes next," the midfielder wrote.',
  ),
  trial: P(
    'HOLLOWAY — The fraud trial of the grain trader Ivo Peskar entered its second week on Monday.',
    'Under questioning from prosecutor Ana Kral, the warehouse clerk Tomas Reyes read from the ledger he kept in 2023. "Every sack that left the yard went into this book, and the book does not lie," Reyes said.',
    'On cross-examination, defence counsel Dana Moreau asked the clerk who had told him to stop counting. "Nobody told me anything, I simply stopped being asked," Reyes replied.',
    '"So the book you trust so much has a hole in it the size of a harvest," Moreau said.',
  ),
  audit: P(
    'The auditor of the grain trader, Hollis & Brandt, said on Tuesday that it had resigned the account.',
    'Lena Ortiz, the audit partner, said the firm "could no longer rely on anything the finance department told us about the silos".',
    '"The stock in the warehouse and the stock in the accounts were two different animals by the end," Ortiz said.',
    'Regulator Mark Chen said the watchdog would look at every signature on the accounts. "Somebody signed these numbers, and we will find out who held the pen," Chen said.',
  ),
});

/** The draft's misattributed, altered and distorted quotes: `code: claimed / source`. */
function alarms(draft: string): string[] {
  return checkDraft(draft, SOURCES)
    .findings.filter((f) => /^(misattributed|altered|distorted)-quote/.test(f.code))
    .map((f) => `${f.code}: ${f.claimedSpeaker} / ${f.sourceSpeaker}`);
}

describe('drafts of a sixth set of outlets', () => {
  it('reads a signature whose firm has an ampersand (`— Lena Ortiz, Hollis & Brandt`) as its person, not the line before\'s', () => {
    const draft = [
      '- Mark Chen (regulator): "Somebody signed these numbers, and we will find out who held the pen."',
      '- "The stock in the warehouse and the stock in the accounts were two different animals by the end." — Lena Ortiz, Hollis & Brandt',
    ].join('\n');
    assert.deepStrictEqual(alarms(draft), []);
    assert.deepStrictEqual(alarms(draft.replace('Lena Ortiz, Hollis', 'Tomas Reyes, Hollis')), ['misattributed-quote: Tomas Reyes / Lena Ortiz']);
  });

  it('gives `Name of Firm & Partner said` to the named person, never to the firm\'s last name', () => {
    assert.deepStrictEqual(speakers('"We count twice and sign once," Lena Ortiz of Hollis & Brandt said.'), ['Lena Ortiz']);
    // The firm alone is a firm, never a pair of people; someone at it is unnamed (both had gone wrong through the `&`).
    assert.deepStrictEqual(speakers('"We count twice and sign once," Hollis & Brandt said.'), ['Hollis & Brandt']);
    // After the verb too (had been a person `Hollis`); two people's full names joined by `&` are no firm.
    assert.deepStrictEqual(speakers('"We count twice and sign once," said Hollis & Brandt.'), ['Hollis & Brandt']);
    assert.notDeepStrictEqual(speakers('"We count twice and sign once," said Ana Kral & Ivo Peskar.'), ['Ana Kral & Ivo Peskar']);
    assert.deepStrictEqual(speakers('"We count twice," one Hollis & Brandt clerk told reporters.'), ['Hollis & Brandt clerk']);
    const draft = 'Mark Chen of Hollis & Brandt said the firm "could no longer rely on anything the finance department told us about the silos."';
    assert.deepStrictEqual(alarms(draft), ['misattributed-quote: Mark Chen / Lena Ortiz']);
  });

  it('never carries the speaker before to a quote its own sentence follows with another known person and a verb', () => {
    const draft = P(
      'Tomas Reyes, the clerk, held up his ledger. "Every sack that left the yard went into this book, and the book does not lie," he said.',
      '"So the book you trust so much has a hole in it the size of a harvest," Moreau put to the clerk.',
    );
    assert.deepStrictEqual(alarms(draft), []);
    assert.deepStrictEqual(speakers('Ana Kral spoke first. "We will call six witnesses," she said.\n\n"Then call them all," Tomas Reyes put to her.'), ['Ana Kral', null]);
  });

  it('catches a witness\'s words given to the lawyer a source names only as the one asking the questions', () => {
    const draft = 'Prosecutor Ana Kral said: "Every sack that left the yard went into this book, and the book does not lie."';
    assert.deepStrictEqual(alarms(draft), ['misattributed-quote: Ana Kral / Tomas Reyes']);
    assert.deepStrictEqual(alarms(draft.replace('Prosecutor Ana Kral', 'The clerk, Tomas Reyes,')), []);
  });

  it('takes a draft\'s `the midfielder wrote` for the one the source calls the midfielder, not the person last named', () => {
    const draft = P(
      'Ana Kral said the clubs were talking again.',
      '"Six seasons and one city that made me feel at home, whatever comes next," the midfielder wrote.',
    );
    assert.deepStrictEqual(alarms(draft), []);
    assert.deepStrictEqual(alarms(draft.replace('the midfielder wrote', 'Kral wrote')), ['misattributed-quote: Ana Kral / Ivo Peskar']);
  });
});
