// A misattribution warning needs evidence that identifies one utterance (see the attribution patterns doc,
// patterns 4, 8 and 12): invented sources and drafts of the kinds that raised false alarms on real news.
import * as assert from 'assert';
import { checkDraft, type CorpusIndex } from '../../src/core';
import { indexOf } from '../support/memoryCorpus';

const SOURCES = {
  river: [
    'Environment Minister Hana Chen visited the delta on Monday.',
    '',
    '"We must protect the river and every farm along its banks," Chen said.',
    '',
    'Chen called the hearing "a sham consultation" and left early.',
  ].join('\n'),
  vote: [
    "Norway's Foreign Minister Espen Lund rejected the result on Sunday.",
    '',
    '"This was a sham ballot held at gunpoint, and nobody in Europe will recognise it," Lund told reporters.',
    '',
    'Council leader Maria Reyes said the budget "is a fishing expedition by people who never read it".',
    '',
    '"Ortiz told us \'the bridge will reopen before the winter storms\', and we believed him," Reyes said.',
  ].join('\n'),
  port: [
    'The port will reopen next week after the crane repairs are finished, officials hoped.',
    '',
    'Mayor Lena Ortiz said the city would use "every available crane" to keep the ferries running.',
  ].join('\n'),
  ferry: ['Ferry chief Omar Haddad spoke after the vote.', '', 'Mayor Ortiz promised "every available crane" for the ferries.'].join('\n'),
};

function codes(draft: string, index: CorpusIndex): string[] {
  return checkDraft(draft, index).findings.map((f) => `${f.code}: ${f.quote.replace(/[,.]$/, '')}`);
}

describe('the evidence a misattribution warning needs', () => {
  const index = indexOf(SOURCES);

  it('does not match one or two quoted words inside another speaker’s longer quote', () => {
    for (const draft of [
      'The governor vowed to "protect" the coast.',
      'Residents called the meeting a "sham."',
      'The council held what it called "consultations".',
      'Reyes said the river was "every farm" in the delta.',
      'Haddad told reporters: "we believed him."',
    ]) {
      assert.deepStrictEqual(
        codes(draft, index).filter((c) => c.startsWith('misattributed')),
        [],
        draft,
      );
    }
  });

  it('still catches a long quote, and a short one that several sources give to one speaker', () => {
    assert.deepStrictEqual(codes('Reyes said: "We must protect the river and every farm along its banks."', index), ['misattributed-quote: We must protect the river and every farm along its banks']);
    assert.deepStrictEqual(codes('Haddad promised to use "every available crane".', index), ['misattributed-quote: every available crane']);
    assert.deepStrictEqual(codes('Ortiz promised to use "every available crane".', index), []);
  });

  it('takes a country, government or organisation and its officials for compatible speakers', () => {
    for (const draft of [
      'Norway called it "a sham ballot held at gunpoint, and nobody in Europe will recognise it".',
      'The Norwegian government said: "This was a sham ballot held at gunpoint, and nobody in Europe will recognise it."',
    ]) {
      assert.deepStrictEqual(codes(draft, index), [], draft);
    }
  });

  it('never takes a reporter’s narration for the source’s wording', () => {
    const found = checkDraft('Ortiz said "the port will reopen next week after the repairs are finished."', index).findings;
    assert.ok(found.every((f) => f.code === 'unsourced-quote'), JSON.stringify(found.map((f) => f.message)));
  });

  it('does not give a speaker the words they quote from someone else', () => {
    assert.deepStrictEqual(codes('Ortiz said: "the bridge will reopen before the winter storms."', index), []);
  });

  it('accepts a surname that fits the source speaker, even when another person of that name is better known', () => {
    const more = indexOf({ ...SOURCES, other: 'Ana Lund, a painter, opened the show. "Colour is a language," Ana Lund said. Lund smiled. Lund waved. Ana Lund left.' });
    assert.deepStrictEqual(codes('"This was a sham ballot held at gunpoint, and nobody in Europe will recognise it," Lund said.', more), []);
    assert.deepStrictEqual(codes('"This was a sham ballot held at gunpoint, and nobody in Europe will recognise it," Ana Lund said.', more), [
      'misattributed-quote: This was a sham ballot held at gunpoint, and nobody in Europe will recognise it',
    ]);
  });

  it('counts a story and its update (one story in two outlets) as one source of a short phrase', () => {
    const sentence = '"The numbers do not add up," said Ivo Kral, who backs the rival.';
    const copies = indexOf({ first: `Kral doubts the plan\n\n${sentence}`, update: `Kral doubts the plan, again\n\n${sentence}` });
    assert.deepStrictEqual(codes('Ana Ruiz said only that the "numbers do not add up."', copies), []);
    const independent = indexOf({ first: `Kral doubts the plan\n\n${sentence}`, other: 'Kral spoke to the council.\n\n"The numbers do not add up," Kral told them on Monday.' });
    assert.deepStrictEqual(codes('Ana Ruiz said only that the "numbers do not add up."', independent), ['misattributed-quote: numbers do not add up']);
  });

  it('reads no claim into a phrase the draft only mentions, with no speech verb', () => {
    const sources = indexOf({
      a: 'Ivo Kral spoke in the port on Monday.\n\nKral questioned the mayor’s "harbour town values" and her plans.',
      b: 'Ivo Kral went on the radio.\n\nKral said the mayor stood for "harbour town values" and nothing else.',
    });
    assert.deepStrictEqual(codes('Ana Ruiz delivered a defense of "harbour town values," saying the port was the soul of the city.', sources), []);
    assert.deepStrictEqual(codes('Ana Ruiz said she stood for "harbour town values" and nothing else.', sources), ['misattributed-quote: harbour town values']);
  });

  it('catches another speaker’s long quote worded a little otherwise when the words both share would identify it', () => {
    const sources = indexOf({
      rally: 'Ivo Kral spoke at the rally on Monday.\n\n"She wants to close the port. If she gets to pick her judges, nothing you can do, folks," Kral said.',
    });
    // Three content words (pick, judges, folks) in twelve shared words: as identifying as the same words exact.
    assert.deepStrictEqual(codes('"By the way, if she gets to pick her judges, nothing you can do, folks," Ana Ruiz told the rally.', sources), ['misattributed-quote: By the way, if she gets to pick her judges, nothing you can do, folks']);
    assert.deepStrictEqual(codes('"By the way, if she gets to pick her judges, nothing you can do, folks," Kral told the rally.', sources), ['variant-quote: By the way, if she gets to pick her judges, nothing you can do, folks']);
    // A contraction spelt out (`cannot` for `can't`) is the same words.
    const spelt = indexOf({ dock: 'Ivo Kral spoke at the dock.\n\n"We can\'t afford to be so careful anymore," Kral said.' });
    assert.deepStrictEqual(codes('"We cannot afford to be careful anymore," Ana Ruiz said.', spelt), ['misattributed-quote: We cannot afford to be careful anymore']);
    // A sentence whose content words differ, or a short one said a little otherwise, is no evidence.
    const short = indexOf({
      talk: 'Ivo Kral spoke on Monday.\n\n"I think we need to raise taxes on the rich," Kral said.',
      port: 'Ivo Kral spoke on Tuesday.\n\nKral said that "the harbour plan itself is a fraud."',
    });
    assert.deepStrictEqual(codes('"I think we need to raise taxes on the middle class," Ana Ruiz said.', short).filter((c) => c.startsWith('misattributed')), []);
    assert.deepStrictEqual(codes('"The harbour plan is a fraud," Ana Ruiz said.', short).filter((c) => c.startsWith('misattributed')), []);
  });
});
