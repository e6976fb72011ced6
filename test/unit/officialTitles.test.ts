// Officials as briefings and wire copy name them: a body's name before the title (`EPA Administrator Nora Quill`,
// `PORT AUTHORITY DIRECTOR LENA VOSS:`) and a transcript's label giving a role and its body after the name
// (`TOMAS BREE, CHAIRMAN, HARBOUR BOARD:`). The name is the person's, the rest their title, so a draft that gives
// their words to someone else, by name or by role, is caught. Invented sources.
import * as assert from 'assert';
import { checkDraft } from '../../src/core';
import { indexOf } from '../support/memoryCorpus';

const WIRE = [
  'EPA Administrator Nora Quill visited the flooded refinery on Monday.',
  '',
  '"Every barrel that leaked into the estuary will be pumped out at the owner\'s expense," Quill said.',
  '',
  'Governor Alan Petrak said the state would sue. "We will see the refinery\'s owners in court before the winter is out," Petrak said.',
].join('\n');

const BRIEFING = [
  'Transcript of the harbour briefing',
  '',
  'PORT AUTHORITY DIRECTOR LENA VOSS: The north quay stays closed until the divers have checked every pile under it.',
  '',
  'TOMAS BREE, CHAIRMAN, HARBOUR BOARD: The board will pay the fishermen for every day the quay is shut this month.',
  '',
  'QUESTION: When does the quay reopen?',
  '',
  'VOSS: Not before the last pile is checked, and that takes a fortnight at the least.',
  '',
  'BREE: And the payments start on Friday, whatever the divers find.',
].join('\n');

function misattributed(draft: string, texts: Record<string, string>): string[] {
  return checkDraft(draft, indexOf(texts), { format: 'markdown' }).findings.filter((f) => f.code === 'misattributed-quote').map((f) => (f.sourceSpeaker ?? '').toLowerCase());
}

describe('officials named with their body and title', () => {
  it('`EPA Administrator Nora Quill`: the administrator is Nora Quill, and another official\'s words in her mouth are caught', () => {
    const quill = "Every barrel that leaked into the estuary will be pumped out at the owner's expense";
    const petrak = "We will see the refinery's owners in court before the winter is out";
    const sources = { wire: WIRE };
    assert.deepStrictEqual(checkDraft(`"${quill}," Quill said.`, indexOf(sources)).quotes.map((q) => q.match?.speaker?.name), ['Nora Quill']);
    assert.deepStrictEqual(misattributed(`The EPA administrator said: "${quill}."`, sources), []);
    assert.deepStrictEqual(misattributed(`The EPA administrator said: "${petrak}."`, sources), ['alan petrak']);
    assert.deepStrictEqual(misattributed(`"${quill}," the governor said.`, sources), ['nora quill']);
  });

  it('a transcript labels its speakers with a body before the title, or a role and a body after the name', () => {
    const sources = { briefing: BRIEFING };
    const bree = 'The board will pay the fishermen for every day the quay is shut this month';
    const voss = 'The north quay stays closed until the divers have checked every pile under it';
    assert.deepStrictEqual(misattributed(`Bree said: "${bree}."`, sources), []);
    assert.deepStrictEqual(misattributed(`"${voss}," Lena Voss said.`, sources), []);
    assert.deepStrictEqual(misattributed(`Voss said: "${bree}."`, sources), ['tomas bree']);
    assert.deepStrictEqual(misattributed(`"${voss}," Tomas Bree said.`, sources), ['lena voss']);
  });
});
