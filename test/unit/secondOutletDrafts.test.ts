// Drafts as a second outlet writes them, checked against a wire story, a broadcaster's transcript and an official
// statement on the same event: another translation of the same words is information, never a warning, and a
// quote given to the wrong person is still caught. Invented text.
import * as assert from 'assert';
import { checkDraft, DraftCheckCache, type CorpusIndex } from '../../src/core';
import { compareWordings } from '../../src/core/draft/quoteEvidence';
import { indexOf } from '../support/memoryCorpus';

const P = (...paragraphs: string[]) => paragraphs.join('\n\n');
const SOURCES = {
  wire: P(
    'VALPARAISO (Reuters) - Dock workers at the port of San Lorenzo ended a two-week strike on Friday, the port authority said.',
    'Dockers\' leader Ximena Cordero said the company had ignored them. "We told the directors four times this spring that the old cranes were dangerous, and four times they told us to keep loading," Cordero said.',
    'Harbour master Anselmo Truji said cargo would move again by Monday. "Every ship waiting outside the breakwater will be berthed within five days," Truji told reporters.',
    'Cordero was cautious. "We will believe it is real when the new cranes arrive," she said.',
  ),
};

function findings(draft: string, index: CorpusIndex): string[] {
  return checkDraft(draft, index).findings.map((f) => `${f.code}: ${f.claimedSpeaker} / ${f.sourceSpeaker}`);
}
const warnings = (draft: string, index: CorpusIndex) => findings(draft, index).filter((f) => /^(misattributed|altered|distorted)-quote/.test(f));

describe('second-outlet drafts', () => {
  const index = indexOf(SOURCES);

  it('takes another translation that puts a phrase elsewhere in the sentence for a version, not an alteration', () => {
    const translated = 'Four times this spring we warned the bosses that the old cranes were unsafe, and four times they ordered us to keep loading';
    assert.deepStrictEqual(warnings(`"${translated}," Ximena Cordero told a Chilean radio station.`, index), []);
    assert.deepStrictEqual(findings(`"${translated}," Ximena Cordero told a Chilean radio station.`, index), ['variant-quote: Ximena Cordero / Ximena Cordero']);
  });

  it('takes a phrase put otherwise and moved within the source’s own quote for a version', () => {
    const source = 'We told the directors four times this spring that the old cranes were dangerous';
    assert.strictEqual(compareWordings(source, 'Four times this spring we warned the bosses that the old cranes were dangerous'), 'reworded');
    assert.strictEqual(compareWordings(source, 'Four times this spring the strike was called that the old cranes were dangerous'), 'altered', 'nothing in common with the phrase it stands for');
    assert.strictEqual(compareWordings(source, 'Four times this spring we told the directors that the old cranes were dangerous and rusting'), 'altered');
  });

  it('still reports words dropped or added with nothing given for them, or another sentence\'s words, as an alteration', () => {
    const kinds = (draft: string) => warnings(draft, index).map((f) => f.split(':')[0]);
    assert.deepStrictEqual(kinds('"We told the directors four times this spring that the cranes were dangerous, and four times they told us to keep loading," Ximena Cordero said.'), ['altered-quote']);
    assert.deepStrictEqual(kinds('"Four times this spring we told the directors that the old cranes were dangerous and rusting, and four times they told us to keep loading," Ximena Cordero said.'), ['altered-quote']);
    // Words in place of the moved phrase that share none of its words are not that phrase put otherwise.
    assert.deepStrictEqual(kinds('"Four times this spring the strike was called off that the old cranes were dangerous, and four times they told us to keep loading," Ximena Cordero said.'), ['altered-quote']);
  });

  it('catches a quotation split around a wrong speaker tag, whose pieces alone are too short to tell', () => {
    assert.deepStrictEqual(warnings('"We will believe it is real," Anselmo Truji said, "when the new cranes arrive."', index), [
      'misattributed-quote: Anselmo Truji / Ximena Cordero',
      'misattributed-quote: Anselmo Truji / Ximena Cordero',
    ]);
    assert.deepStrictEqual(warnings('"We will believe it is real," Ximena Cordero said, "when the new cranes arrive."', index), []);
    // Pieces that are not one sentence of the source's quotation are judged each alone.
    assert.deepStrictEqual(warnings('"We will believe it is real," Anselmo Truji said, "when the rain stops."', index), []);
  });

  it('judges both pieces again when an edit changes one of them', () => {
    const cache = new DraftCheckCache();
    const paragraph = (end: string) => P('Dock workers went back to work on Friday.', `"We will believe it is real," Anselmo Truji said, "${end}."`);
    const codes = (draft: string) => checkDraft(draft, index, { cache }).findings.map((f) => f.code);
    assert.deepStrictEqual(codes(paragraph('when the new cranes arrive')), ['misattributed-quote', 'misattributed-quote']);
    assert.deepStrictEqual(codes(paragraph('when the rain stops')), ['unsourced-quote']);
    assert.deepStrictEqual(codes(paragraph('when the new cranes arrive')), ['misattributed-quote', 'misattributed-quote']);
  });
});
