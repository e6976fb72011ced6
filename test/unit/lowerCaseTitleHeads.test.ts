// `said Chief engineer Odell`: a capitalised title whose head a writer puts in lower case, before a surname alone, is
// the title of the person the sources call by that surname (it had been read as a description naming no one).
import * as assert from 'assert';
import { checkDraft } from '../../src/core';
import { indexOf } from '../support/memoryCorpus';

const SOURCES = {
  gazette: [
    'Velmar Gazette',
    '',
    'Floodwater swept through the lower harbour of Port Velmar on Tuesday night.',
    '',
    'Chief engineer Sanne Odell of the Velmar Water Board blamed the pumps. "Two of the three pumps at the north basin were still waiting for spare parts," Odell said.',
    '',
    'Harbour master Ivo Quist said the gates had failed. "We closed the outer gates at nine and the water came over the wall anyway," Quist said.',
  ].join('\n'),
};

function findings(draft: string): string[] {
  return checkDraft(draft, indexOf(SOURCES), { format: 'markdown' }).findings.map((f) => `${f.code} ${f.sourceSpeaker}`);
}

describe('a capitalised title with its head in lower case before a surname', () => {
  it('names the person the sources call by that surname', () => {
    assert.deepStrictEqual(findings('"Two of the three pumps at the north basin were still waiting for spare parts," said Chief engineer Odell.'), []);
  });

  it('catches the words of another put in their mouth', () => {
    assert.deepStrictEqual(findings('"We closed the outer gates at nine and the water came over the wall anyway," said Chief engineer Odell.'), ['misattributed-quote Ivo Quist']);
  });
});
