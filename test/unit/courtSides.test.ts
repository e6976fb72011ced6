// A draft's side of a court (`the prosecutor argued`) for words the sources give someone on another side (`defence
// lawyer Tomas Rudd`), even where the sources never call anyone `the prosecutor` (`Assistant District Attorney Ana
// Kral`). Invented sentences.
import * as assert from 'assert';
import { checkDraft } from '../../src/core';
import { indexOf } from '../support/memoryCorpus';

const P = (...paragraphs: string[]) => paragraphs.join('\n\n');

const SOURCES = indexOf({
  trial: P(
    'Assistant District Attorney Ana Kral told the jury the fire had been set on purpose. "The accused poured the fuel himself and locked the back door," Kral said.',
    'Defence lawyer Tomas Rudd asked the jurors to wait for the evidence. "A locked door proves nothing about who locked it," Rudd said.',
    'Judge Mara Velin warned the gallery before the recess. "One more outburst and this room will be cleared," Velin said.',
    'Ivo Peskar, who lives next door, watched from the public seats. "I saw the smoke before anyone," Peskar said.',
  ),
});

function misattributions(draft: string): number {
  return checkDraft(draft, SOURCES).findings.filter((f) => f.code === 'misattributed-quote').length;
}

describe("a draft's side of a court", () => {
  it("warns when the words are another side's: the defence's given to the prosecutor, the judge's to the defence", () => {
    assert.strictEqual(misattributions('"A locked door proves nothing about who locked it," the prosecutor argued.'), 1);
    assert.strictEqual(misattributions('"One more outburst and this room will be cleared," the defence lawyer said.'), 1);
    assert.strictEqual(misattributions('The judge said: "A locked door proves nothing about who locked it."'), 1);
  });

  it("raises nothing for the side's own words, or for a speaker the sources place on no side", () => {
    assert.strictEqual(misattributions('"The accused poured the fuel himself and locked the back door," the prosecutor said.'), 0);
    assert.strictEqual(misattributions('"A locked door proves nothing about who locked it," the defense attorney said.'), 0);
    // The sources give Peskar no side: the draft may know him as a witness for either.
    assert.strictEqual(misattributions('"I saw the smoke before anyone," the prosecutor said.'), 0);
    // A state's defence is no side of a court: its minister may be whatever the draft calls him.
    const ministry = indexOf({ a: 'Defence Secretary Lev Ordan spoke at the base. "The fleet sails at dawn," Ordan said.' });
    assert.strictEqual(checkDraft('"The fleet sails at dawn," the prosecutor said.', ministry).findings.filter((f) => f.code === 'misattributed-quote').length, 0);
  });
});
