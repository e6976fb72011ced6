// A spokesman's quote that relays his principal's message (`She asked me to say that …`): the words after the frame
// are the principal's, so a draft that gives them to her raises nothing; the spokesman's own words stay his.
import * as assert from 'assert';
import { checkDraft } from '../../src/core';
import { indexOf } from '../support/memoryCorpus';

const SOURCES = {
  briefing: [
    'Transport Minister Vera Lind did not attend the briefing on Tuesday; her spokesman, Tomas Berg, took questions.',
    '',
    '"The minister is in the north today. She asked me to say that no ferry will sail until every hull has been checked," Berg said.',
    '',
    '"We have answered every letter the unions sent us, and we will answer the next one too," Berg said.',
    '',
    'Reporter: "Will the ferry line pay for the delays?"',
    '',
    'Berg: "Ms Lind has asked me to say that the ferry line will refund every ticket bought for the week."',
  ].join('\n'),
};

function warnings(draft: string): string[] {
  const index = indexOf(SOURCES);
  return checkDraft(draft, index).findings.filter((f) => f.code === 'misattributed-quote').map((f) => f.sourceSpeaker ?? '');
}

describe('words a spokesman relays from his principal', () => {
  it('gives the relayed message to the principal without a warning', () => {
    assert.deepStrictEqual(warnings('Vera Lind said that "no ferry will sail until every hull has been checked".'), []);
  });

  it('still gives them to the spokesman who spoke them', () => {
    assert.deepStrictEqual(warnings('Tomas Berg said that "no ferry will sail until every hull has been checked".'), []);
  });

  it('keeps the spokesman’s own words his', () => {
    assert.deepStrictEqual(warnings('"We have answered every letter the unions sent us, and we will answer the next one too," Vera Lind said.'), ['Tomas Berg']);
  });

  it('lets the message keep its own subject after the frame: a quote taken from its verb is the principal’s', () => {
    // A writer who reads the principal into the frame's clause was warned that the spokesman said the words.
    assert.deepStrictEqual(warnings('Berg said Ms Lind had asked him to say that the ferry line "will refund every ticket bought for the week".'), []);
    assert.deepStrictEqual(warnings('Vera Lind said the ferry line "will refund every ticket bought for the week".'), []);
  });

  it('still holds words after a longer clause against the principal', () => {
    assert.deepStrictEqual(warnings('"We have answered every letter the unions sent us," Vera Lind said.'), ['Tomas Berg']);
  });
});
