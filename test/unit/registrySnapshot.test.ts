// A speaker registry written out and read back (as the archive stores it) reads drafts exactly as the registry that
// learnt the people: same speakers for every quote, so the same findings.
import * as assert from 'assert';
import * as path from 'path';
import { SpeakerRegistry } from '../../src/core/attribution/speakerRegistry';
import { buildCorpusIndex, checkDraft, judgeDraft, loadCorpus, readDraft, type CorpusIndex } from '../../src/core';
import { nodeFileSystem } from '../../src/node/nodeFileSystem';
import { createGenerator } from '../support/generateCorpus';
import { draftFrom } from '../support/quotingDrafts';

function sameReading(index: CorpusIndex, draft: string): void {
  const restored = SpeakerRegistry.fromSnapshot(JSON.parse(JSON.stringify(index.registry.snapshot())));
  assert.deepStrictEqual(restored.snapshot(), index.registry.snapshot());
  const analyzed = readDraft(draft, restored);
  const report = judgeDraft(analyzed, analyzed.quotes.map((q) => index.locate(q.text)), restored);
  const expected = checkDraft(draft, index);
  assert.deepStrictEqual(analyzed.quotes.map((q) => [q.text, q.speaker, q.method]), expected.analyzed.quotes.map((q) => [q.text, q.speaker, q.method]));
  assert.deepStrictEqual(report.findings, expected.findings);
}

describe('a speaker registry written out and read back', () => {
  it('reads drafts against the bundled corpus as the registry that learnt it', async () => {
    const articles = (await loadCorpus(nodeFileSystem, path.join(__dirname, '..', '..', 'corpus'))).articles;
    const index = buildCorpusIndex(articles);
    const draft = draftFrom(index, 120, 1) + '\n\nThe Russian president said "we will win". Kremlin spokesman Dmitry Peskov said "no". Zelenskyy said "never".';
    sameReading(index, draft);
  });

  it('reads drafts against 1,000 generated articles, and keeps aliases', async () => {
    const seed = (await loadCorpus(nodeFileSystem, path.join(__dirname, '..', '..', 'corpus'))).articles.map((a) => a.text).join(' ');
    const generator = createGenerator(seed, 9);
    const index = buildCorpusIndex(Array.from({ length: 1000 }, (_, i) => generator.article(i)), { aliases: { entries: [{ name: `${generator.people[0].first} ${generator.people[0].last}`, aliases: ['the harbour chief'] }] } });
    const person = generator.people[0];
    sameReading(index, draftFrom(index, 150, 4) + `\n\nThe harbour chief said "we will rebuild". ${person.last} said "the port is closed".`);
  });
});
