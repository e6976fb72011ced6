// `A spokesman for Hana Lisková said "…"`: a draft that gives words to someone's spokesman, the principal named after
// `for`, against a source speaker who is neither that principal nor anyone's spokesman, aide or lawyer. Invented text.
import * as assert from 'assert';
import { checkDraft } from '../../src/core';
import { indexOf } from '../support/memoryCorpus';

const P = (...paragraphs: string[]) => paragraphs.join('\n\n');

const SOURCES = {
  ministry: P(
    'Transport Minister Hana Lisková said the tunnel would reopen in March. "Every lorry that waits at the border costs this country money," Lisková said.',
    'Her spokesman, Pavel Horak, said the minister would meet the hauliers. "The minister will hear every driver who wants to speak to her," Horak said.',
  ),
  union: P(
    'Drivers\' union leader Marek Dvorsky said members would block the bridge. "Our drivers have slept in their cabs for eleven nights in a row," Dvorsky said.',
    // A general secretary leads the union; he is no one's voice.
    'Tomas Beran, general secretary of the ferry workers\' union, backed the drivers. "No ferry will sail while a single lorry waits at the border," Beran said.',
  ),
};

function misattributions(draft: string): string[] {
  return checkDraft(draft, indexOf(SOURCES), { format: 'markdown' }).findings.filter((f) => f.code === 'misattributed-quote').map((f) => f.sourceSpeaker ?? '');
}

describe('a spokesman for a named principal', () => {
  it('catches the words of someone who is neither the principal nor a spokesman', () => {
    assert.deepStrictEqual(misattributions('A spokesman for Hana Lisková said: "Our drivers have slept in their cabs for eleven nights in a row."'), ['Marek Dvorsky']);
    assert.deepStrictEqual(misattributions('"Our drivers have slept in their cabs for eleven nights in a row," a spokeswoman for Hana Lisková said.'), ['Marek Dvorsky']);
    assert.deepStrictEqual(misattributions('A spokesman for Hana Lisková said: "No ferry will sail while a single lorry waits at the border."'), ['Tomas Beran']);
  });

  it("leaves the spokesman's own words and the principal's alone", () => {
    assert.deepStrictEqual(misattributions('A spokesman for Hana Lisková said: "The minister will hear every driver who wants to speak to her."'), []);
    assert.deepStrictEqual(misattributions('A spokesman for Hana Lisková said: "Every lorry that waits at the border costs this country money."'), []);
  });

  it('says nothing of a principal the sources do not know, nor of a spokesman for the union', () => {
    assert.deepStrictEqual(misattributions('A spokesman for Jana Novotna said: "Our drivers have slept in their cabs for eleven nights in a row."'), []);
    assert.deepStrictEqual(misattributions('A spokesman for Marek Dvorsky said: "Our drivers have slept in their cabs for eleven nights in a row."'), []);
  });
});
