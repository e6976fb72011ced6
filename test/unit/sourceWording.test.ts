// "Use the source's wording": only the words between the marks change, into a well-formed source passage, in the
// draft's punctuation and quotation style; nothing is offered when the words already match.
import * as assert from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, TextDocumentEdit } from 'vscode-languageserver-types';
import { buildCorpusIndex, sourceWordingFor, type DraftQuoteReport } from '../../src/core';
import { article } from '../support/memoryCorpus';
import { draft, memoryService, type TestService } from '../support/memoryWorkspace';

const HARBOUR =
  'Harbour reopens after the storm\n\n"The lighthouse keepers won’t leave their posts until the last ship is safely in the harbour," Port Aldis mayor Tobias Renn said on Monday. "We owe them that much."\n\n' +
  'The harbour master, Olena Marchenko, said: "Every net in this town has been mended twice since the storm."\n\n"Nobody leaves the quay before dawn on any day this week," Marchenko said.\n';
const FARMS = 'Farmers count the losses\n\n"We lost the whole wheat harvest in one night," farmer Ben Okafor said.\n';

async function wordingFix(t: TestService, text: string): Promise<{ action?: CodeAction; after?: string; titles: string[] }> {
  const doc = draft(text);
  const result = await t.service.diagnostics(doc, undefined, true);
  const diagnostics = result?.kind === 'checked' ? result.diagnostics : [];
  assert.ok(diagnostics.length, `a finding in ${JSON.stringify(text)}`);
  const actions = await t.service.codeActions(doc, diagnostics[0].range, { diagnostics });
  const action = actions.find((a) => a.title.startsWith("Use the source's wording"));
  const edits = action ? (action.edit!.documentChanges![0] as TextDocumentEdit).edits : [];
  return { action, titles: actions.map((a) => a.title), after: action ? TextDocument.applyEdits(doc, edits as never) : undefined };
}

describe("the quick fix Use the source's wording", () => {
  let t: TestService;

  before(async () => {
    t = await memoryService({ 'sources/harbour.txt': HARBOUR, 'sources/farms.txt': FARMS });
  });

  it('keeps a full stop the draft had inside the marks, and the draft’s straight apostrophes', async () => {
    const { after } = await wordingFix(t, "Renn said: \"The lighthouse keepers won't leave their posts until the last boat is safely in the harbour.\"\n");
    assert.strictEqual(after, "Renn said: \"The lighthouse keepers won't leave their posts until the last ship is safely in the harbour.\"\n");
  });

  it('keeps a comma inside curly marks, and curly apostrophes where the draft writes them', async () => {
    const { after } = await wordingFix(t, 'As Renn put it, “The lighthouse keepers won’t leave their posts until the last boat is safely in the harbour,” and he left. Nobody’s surprised.\n');
    assert.strictEqual(after, 'As Renn put it, “The lighthouse keepers won’t leave their posts until the last ship is safely in the harbour,” and he left. Nobody’s surprised.\n');
  });

  it('is not offered on a quotation with no closing mark (it would replace the rest of the paragraph)', async () => {
    const { action, titles } = await wordingFix(t, 'Ben Okafor said: "The lighthouse keepers won’t leave their posts until the last ship is safely in the harbour and more of my words\n\nNext paragraph.');
    assert.ok(titles.some((title) => title.startsWith('Attribute to')), titles.join(' | '));
    assert.strictEqual(action, undefined, titles.join(' | '));
  });

  it('is not offered when the words already match (a full stop or an apostrophe apart)', async () => {
    const { action, titles } = await wordingFix(t, 'Tobias Renn said: "We lost the whole wheat harvest in one night."\n');
    assert.ok(titles.some((title) => title.startsWith('Attribute to')), titles.join(' | '));
    assert.strictEqual(action, undefined, titles.join(' | '));
  });

  it('gives a passage inside one source quotation and paragraph, never a stray mark', () => {
    const index = buildCorpusIndex([article('harbour', HARBOUR)]);
    const source = index.article('harbour')!;
    const text = 'She said: "Every net in this town has been mended twice since the storm. Nobody leaves the quay before dawn."\n';
    const from = HARBOUR.indexOf('Every net');
    const report = (end: number, inQuote: boolean): DraftQuoteReport => ({
      start: 10, end: text.lastIndexOf('"') + 1, textStart: 11, textEnd: text.lastIndexOf('"'), text: text.slice(11, text.lastIndexOf('"')), unclosed: false,
      claimedSpeaker: null, claimedMention: null, verdict: 'altered', alsoIn: [],
      match: { location: { sourceId: 'harbour', start: from, end, line: 4, column: 0 }, sourceText: HARBOUR.slice(from, end), sourceQuote: inQuote ? source.quotes.find((q) => q.textStart <= from && from < q.textEnd)! : null, speaker: null, speakerSpelling: null, context: { start: from, end }, similarity: 0.9 },
    });
    const across = HARBOUR.indexOf('dawn') + 4;
    assert.match(HARBOUR.slice(from, across), /storm\."\n\n"Nobody/);
    assert.strictEqual(sourceWordingFor(report(across, false), source, text), null, 'across a paragraph');
    const intoNarration = HARBOUR.indexOf('Renn said') + 9;
    const renn = HARBOUR.indexOf('The lighthouse');
    assert.strictEqual(sourceWordingFor({ ...report(across, false), match: { ...report(across, false).match!, location: { sourceId: 'harbour', start: renn, end: intoNarration, line: 2, column: 1 } } }, source, text), null, 'a closing mark inside');
    assert.strictEqual(sourceWordingFor(report(across, true), source, text), 'Every net in this town has been mended twice since the storm.', 'kept inside the quotation it starts in');
  });
});
