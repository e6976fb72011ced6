// Issue 7: a real article checked as a draft against other outlets' reports raises no false warning. The same words
// spelt otherwise match; another version of a statement is information; a change of what was said stays an error.
// Invented sources and drafts of the kinds real articles raised false warnings with.
import * as assert from 'assert';
import { checkDraft, type CorpusIndex } from '../../src/core';
import { indexOf } from '../support/memoryCorpus';

const SOURCES = {
  river: [
    'Environment Minister Hana Chen visited the delta on Monday.',
    '',
    '"We can\'t let the river flood the farms along the delta again," Chen said.',
  ].join('\n'),
  border: [
    'Governor Pavel Orlov spoke in the capital on Friday.',
    '',
    '"People living in Lugansk and the river towns are becoming our citizens forever," Orlov said.',
    '',
    '"We don\'t pay attention to those who shout from abroad, the army is working," Orlov added.',
    '',
    'Orlov then said: "The old bridge must fall before winter comes. I want to say this to the council and its friends abroad: the river towns stay with us forever."',
  ].join('\n'),
  race: [
    'Mayor Lena Ortiz and ferry chief Omar Haddad are both running for governor.',
    '',
    '"If you fear Ortiz or Haddad in the governor\'s office, you had better vote for Maria Reyes," campaign manager Tomas Vidal said.',
  ].join('\n'),
  harbour: [
    'Harbour master Ivo Petrov spoke after the storm.',
    '',
    '"We will find out what the [expletive] went wrong with the harbour gates," Petrov said.',
    '',
    'Asked about the mayor, Petrov said: "No, I meant she is the best mayor this harbour ever had."',
  ].join('\n'),  levy: 'Finance Minister Ada Brenner spoke in the port.\n\n"In the beginning the state will pay the whole levy, because an empty harbour costs far more," Brenner said.',
};

function findings(draft: string, index: CorpusIndex): string[] {
  return checkDraft(draft, index).findings.map((f) => f.code);
}

describe('other versions of the same words', () => {
  const index = indexOf(SOURCES);

  it('matches a quote that spells out a contraction, and still calls a dropped negation a distortion', () => {
    assert.deepStrictEqual(findings('Chen said: "We cannot let the river flood the farms along the delta again."', index), []);
    assert.deepStrictEqual(findings('Chen said: "We can let the river flood the farms along the delta again."', index), ['distorted-quote']);
  });

  it('takes another translation’s romanised place and plain negation for another version, and a swapped place for a distortion', () => {
    assert.deepStrictEqual(findings('"People living in Luhansk and the river towns are becoming our citizens forever," Orlov said.', index), ['variant-quote']);
    assert.deepStrictEqual(findings('"We pay no attention to those who shout from abroad, the army is working," Orlov said.', index), ['variant-quote']);
    assert.deepStrictEqual(findings('"People living in Donetsk and the river towns are becoming our citizens forever," Orlov said.', index), ['distorted-quote']);
  });

  it('takes another phrase for a few words as another version, though the word diff pairs a `the` between them', () => {
    assert.deepStrictEqual(findings('"For a start the state will pay the whole levy, because an empty harbour costs far more," Brenner said.', index), ['variant-quote']);
    assert.deepStrictEqual(findings('"In the beginning the state will pay the levy, because an empty harbour costs far more," Brenner said.', index), ['altered-quote'], 'a word dropped');
  });

  it('takes `at first` for another translation of words of time, not a number, and a changed amount still for a distortion', () => {
    assert.deepStrictEqual(findings('"At first the state will pay the whole levy, because an empty harbour costs far more," Brenner said.', index), ['variant-quote']);
    assert.deepStrictEqual(findings('"First of all the state will pay the whole levy, because an empty harbour costs far more," Brenner said.', index), ['variant-quote']);
    assert.deepStrictEqual(findings('"In the beginning the state will pay half the levy, because an empty harbour costs far more," Brenner said.', index), ['distorted-quote']);
  });

  it('takes words moved from right beside the passage for another word order, and words brought from further away for an alteration', () => {
    assert.deepStrictEqual(findings('Orlov said: "To the council and its friends abroad I want to say this: the river towns stay with us forever."', index), ['variant-quote']);
    assert.deepStrictEqual(findings('Orlov said: "I want to say this to the council and its friends abroad: the old bridge must fall before the river towns stay with us forever."', index), ['altered-quote'], 'words from another sentence');
  });

  it('takes a first name given to a surname the sources know as one person for no change of name', () => {
    assert.deepStrictEqual(findings('"If you fear Lena Ortiz or Omar Haddad in the governor\'s office, you had better vote for Maria Reyes," Vidal said.', index), ['variant-quote']);
    assert.deepStrictEqual(findings('"If you fear Paul Ortiz or Omar Haddad in the governor\'s office, you had better vote for Maria Reyes," Vidal said.', index), ['distorted-quote'], 'a first name the sources never give that surname');
  });

  it('takes a draft that leaves out an editor’s bracketed words for another version, and one that joins the sentences otherwise', () => {
    assert.deepStrictEqual(findings('"We will find out what went wrong with the harbour gates," Petrov said.', index), ['variant-quote']);
    assert.deepStrictEqual(findings('"I meant exactly that. She is the best mayor this harbour ever had," Petrov said.', index), ['variant-quote']);
    assert.deepStrictEqual(findings('"I meant she is the best young mayor this harbour ever had," Petrov said.', index), ['altered-quote'], 'a word added to the same sentence');
  });
});

describe('words one person reads out from another', () => {
  const letter = 'Harbour master Ivo Petrov listed the council’s failures in a letter on Monday, which the host read out on air.';
  const onAir = '"The delays. The waste. The broken harbour gates," radio host Dana Kerr said.';
  const plain = 'Harbour master Ivo Petrov met radio host Dana Kerr on Monday.';
  const wrote = 'Ivo Petrov, the harbour master, wrote of "the delays, the waste, the broken harbour gates" in his letter.';

  it('puts no one in the wrong: the source says the words were read out from the draft’s speaker', () => {
    const index = indexOf({ radio: [letter, '', onAir].join('\n') });
    assert.deepStrictEqual(findings(wrote, index), []);
  });

  it('puts no one in the wrong: the draft says its speaker read out the source speaker’s words', () => {
    const index = indexOf({ letter: ['Radio host Dana Kerr spoke on Monday.', '', wrote].join('\n') });
    assert.deepStrictEqual(findings([letter, '', onAir].join('\n'), index), []);
  });

  it('still catches the words in another mouth where neither text says they were read out', () => {
    const index = indexOf({ radio: [plain, '', onAir].join('\n') });
    assert.deepStrictEqual(findings(wrote, index), ['misattributed-quote']);
    const draft = ['Radio host Dana Kerr listed the delays on Monday.', '', onAir].join('\n');
    assert.deepStrictEqual(findings(draft, indexOf({ letter: ['Radio host Dana Kerr spoke on Monday.', '', wrote].join('\n') })), ['misattributed-quote'], 'a sentence before that names only the draft’s own speaker');
  });
});
