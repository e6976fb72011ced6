// A person the sources name family name first (`Sato Emi`) and then by courtesy title (`Ms Sato said`): a draft that
// credits `Sato Emi` with the titled words raises nothing, while another person's name for them is still caught.
import * as assert from 'assert';
import { checkDraft } from '../../src/core';
import { indexOf } from '../support/memoryCorpus';

const SOURCES = {
  court: [
    'The striker was represented by his lawyer, Sato Emi, at the hearing in Kobe on Monday.',
    '',
    '"My client has given the panel every message on his phone since January," Ms Sato said.',
    '',
    'The club chairman, Daniel Okafor, said the panel would rule within a week. "We want this finished before the derby," Okafor said.',
  ].join('\n'),
};

function warnings(draft: string): string[] {
  return checkDraft(draft, indexOf(SOURCES)).findings.filter((f) => f.code === 'misattributed-quote').map((f) => f.sourceSpeaker ?? '');
}

describe('names written family name first', () => {
  it('takes the titled family name for the person named with it first', () => {
    assert.deepStrictEqual(warnings('Sato Emi, the lawyer, said: "My client has given the panel every message on his phone since January."'), []);
  });

  it('still catches the words given to someone else', () => {
    assert.deepStrictEqual(warnings('Daniel Okafor said: "My client has given the panel every message on his phone since January."'), ['Sato']);
  });
});
