// The editor's view of a re-check: after any edits, the diagnostics, hovers and quick fixes of a document checked
// keystroke by keystroke (the service's cached check, which moves what an edit only shifted) are exactly those of
// the same text checked afresh.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import type { Position } from 'vscode-languageserver-types';
import { applyEdit, draft as draftText, edits, newsDraft, newsEdits, type DraftEdit, type DraftPieces } from '../support/draftArbitraries';
import { draft, memoryService, type TestService } from '../support/memoryWorkspace';
import { BUNDLED_CORPUS } from '../support/memoryCorpus';

const SEED = Number(process.env.FUZZ_SEED) || 20261128;
const RUNS = Number(process.env.FUZZ_RUNS) || 1;

/** What the editor shows of a text: diagnostics, and at each quotation mark a hover and the quick fixes. */
async function shown(t: TestService, uri: string, text: string, version: number): Promise<unknown> {
  const document = draft(text, version, uri);
  const result = await t.service.diagnostics(document);
  const diagnostics = result?.kind === 'checked' ? result.diagnostics : [];
  const marks: Position[] = [...text.matchAll(/["“”«»]/g)].slice(0, 8).map((m) => document.positionAt(m.index! + 1));
  const hovers = await Promise.all(marks.map((position) => t.service.hover(document, position)));
  const fixes = await Promise.all(diagnostics.map((d) => t.service.codeActions(document, d.range, { diagnostics: [d] })));
  return { kind: result?.kind, diagnostics, hovers, fixes };
}

describe('a re-check in the editor, edit after edit', function () {
  this.timeout(300_000);
  let incremental: TestService;
  let fresh: TestService;
  let pieces: DraftPieces;

  before(async () => {
    const sources: Record<string, string> = {};
    for (const name of fs.readdirSync(BUNDLED_CORPUS).filter((n) => n.endsWith('.txt'))) sources[`sources/${name}`] = fs.readFileSync(path.join(BUNDLED_CORPUS, name), 'utf8');
    incremental = await memoryService(sources);
    fresh = await memoryService(sources);
    const index = incremental.service.library.current!;
    pieces = { sourceQuotes: index.articles.flatMap((a) => a.quotes.map((q) => q.text)).slice(0, 60) };
  });

  /** Each version of `versions` in turn, checked with the document's cache, against the same text checked afresh. */
  async function sameAsFresh(name: string, versions: readonly string[]): Promise<void> {
    incremental.service.forget(`memfs:/work/${name}`);
    for (const [k, text] of versions.entries()) {
      fresh.service.forget(`memfs:/work/${name}`);
      assert.deepStrictEqual(await shown(incremental, name, text, k + 1), await shown(fresh, name, text, k + 1), `version ${k + 1} of ${JSON.stringify(versions)}`);
    }
  }

  /** The versions a list of edits makes, then back to the first text (undo). */
  function forwardAndBack(start: string, changes: readonly DraftEdit[]): string[] {
    const versions = [start];
    for (const change of changes) versions.push(applyEdit(versions[versions.length - 1], change));
    return [...versions, ...versions.slice(0, -1).reverse()];
  }

  it('shows after any edits and their undoing exactly what a fresh check shows, in Markdown and plain text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(newsDraft(pieces), draftText(pieces, 40)), fc.oneof(newsEdits(pieces), edits(pieces)), fc.constantFrom('draft.md', 'draft.txt'), async (start, changes, name) => {
        await sameAsFresh(name, forwardAndBack(start, changes));
      }),
      { seed: SEED, numRuns: 60 * RUNS, endOnFailure: true },
    );
  });

  it('shows what a fresh check shows after a paragraph is added or removed above, a quote mark opened or closed, a line broken, and all undone', async () => {
    const paragraphs = Array.from({ length: 30 }, (_, i) =>
      i % 3 === 0 ? `Ben Okafor said "${pieces.sourceQuotes[i % pieces.sourceQuotes.length]}." (${i})` : `Paragraph ${i}: the port reopened, officials said.`,
    );
    const first = paragraphs.join('\n\n');
    const quoted = first.indexOf('"', first.indexOf('(12)'));
    const versions = [
      first,
      `A new lead paragraph.\n\n${first}`,
      first,
      first.slice(0, quoted) + first.slice(quoted + 1), // a closing mark removed: the quote runs on
      first,
      first.replace('Paragraph 4: the port', 'Paragraph 4: the\nport'), // a line broken above later findings
      first.replace('(9)', '(9) "We never said that," she said.'),
      first,
    ];
    await sameAsFresh('long-draft.md', versions);
  });
});
