// Forms of genres the development set has few of (court reports, earnings stories, public-health briefings, council
// stories, magazine profiles), read on invented sentences: each once named the wrong person or no one.
import * as assert from 'assert';
import { analyzeText } from '../../src/core';
import { speakers } from '../support/quoteSpeakers';
const kinds = (text: string) => analyzeText(text).quotes.map((q) => (q.speaker ? `${q.speaker.kind} ${q.speaker.name}` : null));

describe('styles of other genres', () => {
  it('gives `," said the study\'s lead author, Dr. Ivo Peskar of Harbour University.` to Peskar, not the doctor named before', () => {
    const text = 'The deputy health officer, Dr. Ana Kral, said uptake had fallen.\n\n"People blame rumours," said the study\'s lead author, Dr. Ivo Peskar of Harbour University. "Often it is a missing bus."';
    assert.deepStrictEqual(speakers(text).slice(0, 1), ['Ivo Peskar']);
    assert.deepStrictEqual(speakers('Dr. Ana Kral spoke first.\n\n"Clinics must open late," said the report\'s author, Ivo Peskar of the Harbour Institute.'), ['Ivo Peskar']);
  });

  it('reads a broker or fund whose name ends in its trade (`analysts at Berwick Securities wrote`) as a firm, never a person', () => {
    const text = 'Ana Kral, the chief executive, spoke on the call.\n\n"The cut was bigger than feared," analysts at Berwick Securities wrote in a note.\n\n"We will vote against the board," Corrow Capital said in a letter.';
    assert.deepStrictEqual(kinds(text).slice(0, 2), ['organisation Berwick Securities', 'organisation Corrow Capital']);
  });

  it('lets a later `she said` mean a given name set off as a person (`Marta, a mother of two who asked that her surname not be used,`)', () => {
    const text = '"Evening clinics work," said Dr. Ana Kral.\n\nMarta, a mother of two from Eastfield who asked that her surname not be used, said her son fell ill last month.\n\n"He could not open his eyes," she said.';
    assert.deepStrictEqual(speakers(text), ['Ana Kral', 'Marta']);
    assert.deepStrictEqual(speakers('"Evening clinics work," said Dr. Ana Kral.\n\nMarta, a nurse, said the ward was full.\n\n"We had no beds," she said.'), ['Ana Kral', 'Marta']);
  });

  it('never makes a person of a court headline\'s opening noun (`Jury hears treasurer "moved money"`, `Witness says driver "was on his phone"`)', () => {
    for (const line of ['Jury hears treasurer "moved money to cover his debts"', 'Witness says van driver "was looking at his phone"', 'Coroner says crash "could have been avoided"']) {
      const [kind] = kinds(`${line}\n\nThe hearing at Harbour Crown Court continues.`);
      assert.ok(!kind?.startsWith('person'), `${line}: ${kind}`);
    }
  });

  it('reads a one-word track or anthem named in quotes after its noun as a title, no one\'s words', () => {
    const text = 'Ivo Peskar recorded the album in Lagos.\n\nHe died two years ago, and the last track, "Harbour," is his melody. He loved the anthem, "Boats," more than any other.';
    assert.deepStrictEqual(kinds(text), [null, null]);
    // A podcast or memoir is where words were said, not a title: `told a podcast: "…"` is speech.
    assert.deepStrictEqual(speakers('Ana Kral spoke first.\n\n(Kral later told a podcast: "I regret nothing.")'), ['Ana Kral']);
  });

  it('reads a councillor\'s short title (`Cllr`, `Coun.`, `Councilor`) as a title: the quote is the councillor\'s, under one name', () => {
    assert.deepStrictEqual(speakers('The cabinet member, Coun. Ana Kral, spoke first.\n\n"I did not come into politics to close libraries," Coun. Kral said.'), ['Ana Kral']);
    assert.deepStrictEqual(speakers('Cllr Ivo Peskar voted against.\n\n"Once it is gone, it is gone," said Cllr Peskar.'), ['Ivo Peskar']);
    assert.deepStrictEqual(speakers('Councilor Ana Kral voted no.\n\n"It is wrong," Councilor Kral said.'), ['Ana Kral']);
  });

  it('never gives the prosecutor a word the defendant kept telling friends (`Kral said Peskar had spent weeks telling friends that Berg had "stolen"`)', () => {
    const text = 'Prosecutor Ana Kral opened the case against Ivo Peskar.\n\nMs Kral said Peskar had spent weeks telling friends that Mr Berg had "stolen" the house from him.';
    assert.notDeepStrictEqual(speakers(text), ['Ana Kral']);
    // The prosecutor's own words stay hers.
    assert.deepStrictEqual(speakers('Prosecutor Ana Kral opened the case.\n\nMs Kral said Peskar had been "cold and calculating".'), ['Ana Kral']);
  });

  it('reads the name set off after `His predecessor in the ward` as the speaker, not a description of the man named before', () => {
    assert.deepStrictEqual(speakers('Ivo Peskar spoke first.\n\nHis predecessor in the ward, Tom Berg, said the lane was "long overdue."'), ['Tom Berg']);
    assert.deepStrictEqual(speakers('Ivo Peskar spoke first.\n\nHis predecessor, Tom Berg, had campaigned for a bus lane, calling it "long overdue."'), ['Tom Berg']);
  });

  it('never gives `Mrs Peskar` or her `she said` to Ivo Peskar, the man of that name the source is about', () => {
    // A source, as the index reads it (with its id); a draft's `Mr. Baerbock` is a slip for the one the sources know.
    const source = (text: string) => analyzeText(text, { id: 'court-report' }).quotes.map((q) => q.speaker?.name ?? null);
    assert.ok(!source('Tom Berg denies the murder of Ivo Peskar.\n\nMrs Peskar said she had believed him. "Tom was like family," she said.').includes('Ivo Peskar'));
    assert.ok(!source('Tom Berg denies the murder of Ivo Peskar.\n\n"I trusted him," Mrs Peskar told the jury.').includes('Ivo Peskar'));
    assert.deepStrictEqual(source('Ivo Peskar spoke first.\n\n"I trusted him," Mr Peskar told the jury.'), ['Ivo Peskar']);
    // Older copy styles a woman by her husband's whole name: `Mrs. Ivo L. Peskar` is she.
    assert.deepStrictEqual(source('Mrs. Ivo L. Peskar presided at the meeting.\n\nMrs. Peskar thanked the colonel. "We have all learned something," she said.'), ['Ivo L. Peskar']);
  });
});
