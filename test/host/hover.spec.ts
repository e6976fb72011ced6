// Hover citations: quotations (speaker, source, context in bold, verdict, links) and close claims.
import * as assert from 'assert';
import { attributor, closeAllEditors, hoverAt, offsetOf, openDraft, openFixture } from './attributorSupport';

describe('Hover citations', function () {
  this.timeout(30_000);

  before(async () => {
    await attributor();
  });

  after(async () => {
    await closeAllEditors();
  });

  it('shows who said a matching quotation, where, the source sentence with the words in bold, and the verdict', async () => {
    const { document } = await openFixture('drafts/correct.md');
    const hover = await hoverAt(document, offsetOf(document, 'not hold any negotiations'));
    assert.match(hover, /\*\*Volodymyr Zelenskyy?\*\*/);
    assert.match(hover, /Matches the source/);
    assert.match(hover, /\*\*Ukraine will not hold any negotiations/);
    assert.match(hover, /AFP|Zelensky on Friday requested|After Russian President/, 'the source is named');
    assert.match(hover, /\[Open source\]\(command:attributor\.openSource\?/);
    assert.match(hover, /\[Insert citation\]\(command:attributor\.insertCitation\?/);
    // The hover holds the files' text, so it is rendered without icons: it carries no $(icon) of its own either.
    assert.doesNotMatch(hover, /\$\(/);
  });

  it('says a misattributed quotation is attributed to someone else there', async () => {
    const { document } = await openFixture('drafts/misattributed.md');
    const hover = await hoverAt(document, offsetOf(document, 'We trust each other'));
    assert.match(hover, /Attributed there to \*\*Volodymyr Zelenskyy?\*\*, not to Putin/);
  });

  it('says when no source carries the words', async () => {
    const { document } = await openFixture('drafts/misattributed.md');
    const hover = await hoverAt(document, offsetOf(document, 'moonlight'));
    assert.match(hover, /Not found in the sources/);
    assert.doesNotMatch(hover, /Open source/);
  });

  it('shows the source of a sentence without quotes that closely matches a source sentence', async () => {
    const editor = await openDraft('Filler first.\n\nBoth houses of the Kremlin-controlled Russian parliament will meet next week to rubber-stamp the treaties.\n');
    const hover = await hoverAt(editor.document, offsetOf(editor.document, 'rubber-stamp'));
    assert.match(hover, /Source for this sentence/);
    assert.match(hover, /\*\*.*rubber\\-stamp.*\*\*/);
    assert.match(hover, /command:attributor\.insertCitation/);
  });

  it('shows nothing for a sentence no source resembles', async () => {
    const editor = await openDraft('My cat prefers sardines to tuna on rainy Tuesdays in the garden.\n');
    const hover = await hoverAt(editor.document, offsetOf(editor.document, 'sardines'));
    assert.strictEqual(hover, '');
  });
});
