// The sex a sentence's pronouns give a person: `He praised Norway's Ilse Varga for ...` opens with someone the text
// spoke of before, and Varga is its object; the `he` is no evidence that Varga is a man. Read as one, a later
// `Varga conceded ... she said` went to the last woman named before, and a draft giving Varga her own words was
// told they were that woman's. Invented sources.
import * as assert from 'assert';
import { checkDraft } from '../../src/core';
import { indexOf } from '../support/memoryCorpus';

const SOURCES = {
  wire: 'Foreign Minister Kenji Sato spoke after the talks on Friday.\n\nHe praised Norway\'s Ilse Varga, who chaired the talks, for keeping them alive.',
  analysis: [
    'Marta Lind, a professor of maritime law, said the inspection model had never been tried. "Three inspectors on every deck is either the future of shipping law or a very expensive argument," Lind said.',
    '',
    'Varga conceded that the talks had nearly collapsed on Wednesday. "By midnight I had the statement of failure already written," she said.',
  ].join('\n'),
};

describe('a pronoun opening a sentence before the name of its object', () => {
  const index = indexOf(SOURCES);

  it('gives the object no sex: her own words are hers, and a draft giving them to her raises nothing', () => {
    const quote = index.article('analysis')!.quotes.find((q) => q.text.startsWith('By midnight'));
    assert.strictEqual(quote?.speaker?.name, 'Ilse Varga');
    const report = checkDraft('Varga admitted the talks had nearly failed: "By midnight I had the statement of failure already written."', index);
    assert.deepStrictEqual(report.findings.map((f) => f.code), []);
  });

  it('still catches the words given to the professor', () => {
    const report = checkDraft('"By midnight I had the statement of failure already written," Marta Lind said.', index);
    assert.deepStrictEqual(report.findings.filter((f) => f.code === 'misattributed-quote').map((f) => f.sourceSpeaker), ['Ilse Varga']);
  });
});
