// A quote given to the wrong person of a story is caught even where the sources or the draft name people as world
// news does (a family name first, then that name alone); and a name that may not be a person's never warns.
import * as assert from 'assert';
import { checkDraft, type CorpusIndex } from '../../src/core';
import { indexOf } from '../support/memoryCorpus';

const P = (...paragraphs: string[]) => paragraphs.join('\n\n');
const SOURCES = {
  summit: P(
    'HANOI (AP) — Vice Premier Zhao Lintao met visiting Trade Secretary Mara Quill on Friday to discuss tariffs.',
    '"The door to dialogue must stay open even when the winds are strong," Zhao said at the guest house.',
    'Quill said she had raised the case of detained engineers. "We spoke plainly about the cases that trouble our families," she told reporters.',
  ),
  concert: P(
    'The singer Ravelle closed the festival on Sunday night.',
    '"This city gave me my first stage and my first broken heart," Ravelle said from the stage.',
    'Festival director Tomas Ekberg said: "We sold every ticket in under an hour this year."',
  ),
};

const ZHAO = 'The door to dialogue must stay open even when the winds are strong';
const QUILL = 'We spoke plainly about the cases that trouble our families';
const RAVELLE = 'This city gave me my first stage and my first broken heart';

function misattributed(draft: string, index: CorpusIndex): string[] {
  return checkDraft(draft, index)
    .findings.filter((f) => f.code === 'misattributed-quote')
    .map((f) => `${f.claimedSpeaker} / ${f.sourceSpeaker}`);
}

describe('swaps onto and from a lone name', () => {
  const index = indexOf(SOURCES);

  it('catches the words of a source’s lone family name given to someone else named in full', () => {
    // The source names `Vice Premier Zhao Lintao`, then quotes `Zhao` alone: the name it opens (givenNameReferences.ts).
    assert.deepStrictEqual(misattributed(`Mara Quill said: "${ZHAO}."`, index), ['Mara Quill / Zhao Lintao']);
    assert.deepStrictEqual(misattributed(`"${ZHAO}," Ms Quill said.`, index), ['Mara Quill / Zhao Lintao']);
  });

  it('catches another’s words given to a lone name the draft writes with a title', () => {
    assert.deepStrictEqual(misattributed(`Mr Zhao said: "${QUILL}."`, index), ['Zhao / Mara Quill']);
    assert.deepStrictEqual(misattributed(`"${QUILL}," Vice Premier Zhao said.`, index), ['Zhao / Mara Quill']);
  });

  it('gives no warning when the lone name and the full name are one person', () => {
    assert.deepStrictEqual(misattributed(`Zhao Lintao said: "${ZHAO}."`, index), []);
    assert.deepStrictEqual(misattributed(`Mr Zhao said: "${ZHAO}."`, index), []);
    assert.deepStrictEqual(misattributed(`"${ZHAO}," Zhao said.`, index), []);
  });

  it('rests nothing on a draft’s lone name without a title: it may be a misread word', () => {
    assert.deepStrictEqual(misattributed(`"${QUILL}," Zhao said.`, index), []);
  });

  it('reads a lone name a paragraph after the draft named its person in full, family name first', () => {
    const draft = (quote: string) => P('The embassy\'s spokesman, Wei Jianguo, spoke after the talks.', `"${quote}," Wei said.`);
    assert.deepStrictEqual(misattributed(draft(QUILL), index), ['Wei Jianguo / Mara Quill']);
    const own = P('The trade secretary, Mara Quill, spoke after the talks.', `"${QUILL}," Mara said.`);
    assert.deepStrictEqual(misattributed(own, index), []);
  });

  it('rests nothing on a lone name no titled person bears (a mononym)', () => {
    assert.deepStrictEqual(misattributed(`Tomas Ekberg said: "${RAVELLE}."`, index), []);
  });

  it('counts every person a lone given name may stand for, titled or not: a namesake’s relative is not told apart', () => {
    // `Hillary` may be Senator Hillary Rowe or the nurse Hillary Vance; Mayor Tobias Vance may be the nurse's kin. (The
    // march story names no Hillary in full: one that does reads its lone `Hillary` as hers, as the next test shows.)
    const march = indexOf({
      march: P('Nurses joined the march on Monday.', '"We are tired of working double shifts with no end in sight," Hillary said.'),
      ward: P('Hillary Vance has worked nights on the ward for ten years.', '"You never get used to the quiet at four in the morning," Vance said.'),
      senate: P('Senator Hillary Rowe spoke on Monday.', '"The budget vote will happen before the recess," Senator Rowe said.'),
      town: P('Mayor Tobias Vance opened the fair.', '"The fair brings the whole valley together every summer," Mayor Vance said.'),
    });
    assert.deepStrictEqual(misattributed('Mayor Tobias Vance said: "We are tired of working double shifts with no end in sight."', march), []);
    assert.deepStrictEqual(misattributed('Senator Hillary Rowe said: "We are tired of working double shifts with no end in sight."', march), []);
    assert.deepStrictEqual(misattributed('Mayor Tobias Vance said: "The budget vote will happen before the recess."', march), ['Tobias Vance / Hillary Rowe']);
  });

  // Until round 31 the story's lone `Hillary` was a person of her own, and the mayor, who might be the nurse's kin,
  // was given her words without a warning; the story names her in full with that given name, so they are hers.
  it('reads a lone given name as the person its story named in full with it, whose kin are then other people', () => {
    const march = indexOf({
      march: P('Hillary Vance joined the march with other nurses.', '"We are tired of working double shifts with no end in sight," Hillary said.'),
      town: P('Mayor Tobias Vance opened the fair.', '"The fair brings the whole valley together every summer," Mayor Vance said.'),
    });
    assert.deepStrictEqual(misattributed('Hillary Vance said: "We are tired of working double shifts with no end in sight."', march), []);
    assert.deepStrictEqual(misattributed('Mayor Tobias Vance said: "We are tired of working double shifts with no end in sight."', march), ['Tobias Vance / Hillary Vance']);
  });
});
