// Two people of one surname (a prosecutor and a defence counsel, no relation): a draft that names its speaker in full
// and then tags the quote by surname says which one it means, so the other's words are caught; a tag by surname
// alone, or a paragraph naming both, still raises nothing.
import * as assert from 'assert';
import { checkDraft } from '../../src/core';
import { indexOf } from '../support/memoryCorpus';

const SOURCES = {
  trial: [
    'Prosecutor Helena Marsh told the jury on Monday that the ledgers had been forged.',
    '',
    '"Every page of these ledgers was written after the warehouse burned down," Ms Marsh said.',
    '',
    'The defence counsel, Victor Marsh, who is not related to the prosecutor, said his client had kept honest books.',
    '',
    '"My client kept these books by hand for thirty years and never missed a single entry," Mr Marsh said.',
  ].join('\n'),
};

function warnings(draft: string): string[] {
  return checkDraft(draft, indexOf(SOURCES)).findings.filter((f) => f.code === 'misattributed-quote').map((f) => f.sourceSpeaker ?? '');
}

describe('people of one surname with other given names', () => {
  it('catches the words of one given to the other the draft named in full', () => {
    assert.deepStrictEqual(warnings('Prosecutor Helena Marsh was blunt. "My client kept these books by hand for thirty years and never missed a single entry," Ms Marsh said.'), ['Victor Marsh']);
    assert.deepStrictEqual(warnings('Victor Marsh rose next. "Every page of these ledgers was written after the warehouse burned down," Mr Marsh said.'), ['Helena Marsh']);
  });

  it('gives each their own words without a warning', () => {
    assert.deepStrictEqual(warnings('Victor Marsh rose next. "My client kept these books by hand for thirty years and never missed a single entry," Mr Marsh said.'), []);
  });

  it('takes an occupation before the surname for no given name', () => {
    assert.deepStrictEqual(warnings('Counsel Victor Marsh spoke. "My client kept these books by hand for thirty years and never missed a single entry," said Lawyer Marsh.'), []);
  });

  it('raises nothing on a surname alone, or where the draft names both', () => {
    assert.deepStrictEqual(warnings('"My client kept these books by hand for thirty years and never missed a single entry," Marsh said.'), []);
    assert.deepStrictEqual(warnings('Helena Marsh and Victor Marsh clashed all day. "My client kept these books by hand for thirty years and never missed a single entry," Marsh said.'), []);
  });
});

describe('people of one surname that opens with a capitalised particle', () => {
  const sources = {
    trial: [
      'Prosecutor Helena Van der Berg told the jury on Monday that the ledgers had been forged.',
      '',
      '"Every page of these ledgers was written after the warehouse burned down," she said.',
      '',
      'The defence counsel, Victor Van der Berg, who is not related to the prosecutor, said his client had kept honest books.',
      '',
      '"My client kept these books by hand for thirty years and never missed a single entry," he said.',
    ].join('\n'),
  };
  const warned = (draft: string) => checkDraft(draft, indexOf(sources)).findings.filter((f) => f.code === 'misattributed-quote').map((f) => f.sourceSpeaker ?? '');

  it('catches the words of one given to the other the draft named in full, tagged by the surname and its particles', () => {
    assert.deepStrictEqual(warned('Prosecutor Helena Van der Berg was blunt. "My client kept these books by hand for thirty years and never missed a single entry," Van der Berg said.'), ['Victor Van der Berg']);
    assert.deepStrictEqual(warned('Prosecutor Helena Van der Berg was blunt. "Every page of these ledgers was written after the warehouse burned down," Van der Berg said.'), []);
  });
});

