// Words a source speaker recalls from someone else inside their own quote (`…and he said, 'Turn the trucks
// around…'`) are the other person's: a draft that gives them to the one recalling them is warned; words the speaker
// recalls from themselves, and a draft that says the words were recalled or heard, raise nothing.
import * as assert from 'assert';
import { checkDraft } from '../../src/core';
import { indexOf } from '../support/memoryCorpus';

const SOURCES = {
  flood: [
    'Villagers leave Orrin valley as river rises',
    '',
    'Farmer Ida Halden was milking when the warning came.',
    '',
    '"There was a firefighter at the gate, soaked to the skin, and he said, \'Turn the trucks around before the bridge gives way,\'" Halden said. "So we did."',
    '',
    '"I told my brother that night, \'I will never sell the orchard to anyone from the city,\'" Halden said.',
  ].join('\n'),
  bank: [
    'Governor defends split vote',
    '',
    '"Piet put it to the meeting very plainly, he said, \'I would rather wait a month than be wrong for a year,\' and that is a fair view," Governor Anna Selby said.',
  ].join('\n'),
  minutes: [
    'Minutes show deputy governor dissented',
    '',
    '"I would rather wait a month than be wrong for a year," Deputy Governor Piet Morn told the committee, according to the minutes.',
  ].join('\n'),
};

function misattributed(draft: string): Array<{ source: string | null; message: string }> {
  const index = indexOf(SOURCES);
  return checkDraft(draft, index)
    .findings.filter((f) => f.code === 'misattributed-quote')
    .map((f) => ({ source: f.sourceSpeaker, message: f.message }));
}

describe('words a source speaker recalls from someone else', () => {
  it('warns when the draft gives the recalled words to the one recalling them', () => {
    const found = misattributed('"Turn the trucks around before the bridge gives way," Ida Halden said.');
    assert.strictEqual(found.length, 1);
    assert.strictEqual(found[0].source, null);
    assert.match(found[0].message, /Ida Halden only recalls these words as someone else's/);
  });

  it('gives the words to the one a source names for them, not to the one recalling them', () => {
    assert.deepStrictEqual(
      misattributed('"I would rather wait a month than be wrong for a year," Governor Anna Selby said.').map((f) => f.source),
      ['Piet Morn'],
    );
    assert.deepStrictEqual(misattributed('"I would rather wait a month than be wrong for a year," Piet Morn said.'), []);
  });

  it('keeps words the speaker recalls from herself hers', () => {
    assert.deepStrictEqual(misattributed('"I will never sell the orchard to anyone from the city," Ida Halden said.'), []);
  });

  it('keeps the speaker’s own words around the recalled ones hers', () => {
    assert.deepStrictEqual(misattributed('"There was a firefighter at the gate, soaked to the skin," Ida Halden said.'), []);
  });

  it('raises nothing where the draft says the words were recalled or heard', () => {
    assert.deepStrictEqual(misattributed('Ida Halden recalled a firefighter telling her: "Turn the trucks around before the bridge gives way."'), []);
    assert.deepStrictEqual(misattributed('"Turn the trucks around before the bridge gives way," Ida Halden said a firefighter told her.'), []);
  });

  it('raises nothing where the draft names someone else or their words around the quote', () => {
    // Each had drawn the warning: the writer gives the words to the firefighter, as the source does.
    assert.deepStrictEqual(misattributed('Ida Halden described the firefighter\'s words: "Turn the trucks around before the bridge gives way."'), []);
    assert.deepStrictEqual(misattributed('Ida Halden said the firefighter was blunt: "Turn the trucks around before the bridge gives way."'), []);
    // A description set off right after the speaker's name is still hers: the warning stands.
    assert.strictEqual(misattributed('Ida Halden, a farmer, said: "Turn the trucks around before the bridge gives way."').length, 1);
  });
});
