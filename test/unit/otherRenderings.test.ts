// Two outlets' translations of one foreign-language remark: a draft giving a third is another rendering, reported
// as information, while a writer's change of words the sources agree on, or of the remark's meaning, stays a warning.
import * as assert from 'assert';
import { checkDraft } from '../../src/core';
import { indexOf } from '../support/memoryCorpus';

const SOURCES = {
  ledger: [
    'Dunmore Ledger',
    '',
    'Grain prices at the Dunmore exchange fell by a third on Monday.',
    '',
    'Agriculture Minister Rosa Lindqvist said the government would step in. "The state will purchase what the market refuses, at a fair price, until the spring," Lindqvist said.',
    '',
    'Farmer Piet Halloran said he would wait. "I would rather leave the barley in the barn until March than sell it at a loss," Halloran said.',
  ].join('\n'),
  times: [
    'Valley Times',
    '',
    'Farmers in the Dunmore valley warned of ruin after grain prices collapsed on Monday.',
    '',
    'Agriculture Minister Rosa Lindqvist promised support. "The state will buy up whatever the market turns away, at an honest price, until springtime," Lindqvist said.',
  ].join('\n'),
};

function codes(draft: string): string[] {
  return checkDraft(draft, indexOf(SOURCES), { format: 'markdown' }).findings.map((f) => f.code);
}

describe('another rendering of words the sources word in two ways', () => {
  it('a third translation, keeping words of each, is a variant, not an altered quote', () => {
    assert.deepStrictEqual(codes('Lindqvist said "The state will buy up what the market refuses, at a fair and honest price, until the spring."'), ['variant-quote']);
  });

  it('a writer adding words to a remark the sources word alike is still an altered quote', () => {
    assert.deepStrictEqual(codes('Halloran said "I would rather leave the barley in the old barn behind the house until March than sell it at a loss."'), ['altered-quote']);
  });

  it('a negation the draft adds against every wording of the sources is still a distortion', () => {
    assert.deepStrictEqual(codes('Lindqvist said "The state will not buy what the market refuses, at a fair price, until spring comes."'), ['distorted-quote']);
    // `does not want` for `refuses` keeps the sentence's polarity (keptPolarity.ts): another wording, not a negation added.
    assert.notDeepStrictEqual(codes('Lindqvist said "The state will buy what the market does not want, at a fair price, until spring comes."'), ['distorted-quote']);
  });
});
