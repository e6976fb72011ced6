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

describe('one name in two orders', () => {
  // One outlet writes the minister family name first, another in Western order.
  const index = indexOf({
    wire: 'Flood defences to be doubled\n\nNippon Wire, 4 July 2020\n\nThe transport minister, Ishida Kaori, said the walls would be raised by a metre. "A river that floods once will flood again," Ishida Kaori said.\n\nThe mayor, Ben Carter, said: "We have waited twenty years for this."',
    paper: 'A metre higher\n\nThe Coast Times, 6 July 2020\n\nKaori Ishida, the transport minister, visited the river bank on Sunday. "Every house behind this wall will be safer by next spring," she said.',
  });
  const warned = (draft: string) => checkDraft(draft, index).findings.filter((f) => f.code === 'misattributed-quote').map((f) => f.sourceSpeaker ?? '');

  it('takes the two orders of the same two names for one person', () => {
    assert.deepStrictEqual(warned('Kaori Ishida said: "A river that floods once will flood again."'), []);
    assert.deepStrictEqual(warned('Transport minister Ishida Kaori said: "Every house behind this wall will be safer by next spring."'), []);
  });

  it('still catches her words given to the mayor', () => {
    assert.deepStrictEqual(warned('The mayor, Ben Carter, said: "A river that floods once will flood again."'), ['Ishida Kaori']);
  });
});

