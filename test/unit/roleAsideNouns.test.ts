// `Jonas Pryce, chief executive of the rail company: "…"`: a word right after an article in a role set off after a
// name is a noun, though it spells a verb too (`rail`, `board`, `face`): the label still names its speaker.
import * as assert from 'assert';
import { checkDraft } from '../../src/core';
import { indexOf } from '../support/memoryCorpus';

const SOURCES = {
  post: [
    'Kessmark Post',
    '',
    'Train drivers across Kessmark walked out on Thursday in a dispute over night shifts.',
    '',
    'Union leader Marta Ekdahl said the strike would go on. "Our drivers will not work six nights in a row for anyone, at any wage," Ekdahl said.',
    '',
    'The company\'s chief executive, Jonas Pryce, said the rota was safe. "Every shift on the new rota was approved by the safety inspectors in August," Pryce said.',
  ].join('\n'),
};
const QUOTE = 'Every shift on the new rota was approved by the safety inspectors in August';

function findings(draft: string): string[] {
  return checkDraft(draft, indexOf(SOURCES), { format: 'markdown' }).findings.map((f) => `${f.code} ${f.sourceSpeaker}`);
}

describe('a role after a name holding a noun that spells a verb', () => {
  it('labels the quote as the role of its holder', () => {
    assert.deepStrictEqual(findings(`Jonas Pryce, chief executive of the rail company: "${QUOTE}."`), []);
  });

  it('in a label or a dash signature, catches the words put in another mouth', () => {
    assert.deepStrictEqual(findings(`Marta Ekdahl, head of the rail union: "${QUOTE}."`), ['misattributed-quote Jonas Pryce']);
    assert.deepStrictEqual(findings(`"${QUOTE}." — Marta Ekdahl, head of the rail union`), ['misattributed-quote Jonas Pryce']);
  });
});
