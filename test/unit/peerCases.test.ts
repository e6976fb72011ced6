// The quote-attribution cases other projects wrote (textacy, sayswho, statement-extractor), as an external suite.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeText, normalizePhrase } from '../../src/core';

interface PeerCase {
  text: string;
  quote: string | null;
  speaker: string | null;
  origin: string;
  expect?: 'no-quote';
}

const FILE = path.join(__dirname, '..', '..', '..', 'shared', 'testdata', 'peer-quote-cases.jsonl');

function comparable(text: string): string {
  return normalizePhrase(text);
}

/** Our speaker counts as theirs when one name holds the other's words (`Tusk` for `Officer Tusk`). */
function sameSpeaker(ours: string | null, theirs: string): boolean {
  if (!ours) return false;
  const a = comparable(ours).split(' ');
  const b = comparable(theirs).split(' ');
  return a.every((w) => b.includes(w)) || b.every((w) => a.includes(w));
}

export function runPeerCase(c: PeerCase): string | null {
  const analyzed = analyzeText(c.text);
  if (c.expect === 'no-quote') {
    const spoken = analyzed.quotes.filter((q) => q.speaker);
    return spoken.length ? `expected no speech, found ${spoken.map((q) => `“${q.text}” by ${q.speaker!.name}`).join(', ')}` : null;
  }
  const wanted = comparable(c.quote!);
  const found = analyzed.quotes.find((q) => comparable(q.text) === wanted);
  if (!found) return `quote not found; found ${analyzed.quotes.map((q) => `“${q.text}”`).join(', ') || 'none'}`;
  return sameSpeaker(found.speaker?.name ?? null, c.speaker!) ? null : `speaker ${found.speaker?.name ?? 'null'}, expected ${c.speaker}`;
}

describe('peer quote-attribution cases (shared/testdata)', function () {
  const available = fs.existsSync(FILE);
  const cases: PeerCase[] = available ? fs.readFileSync(FILE, 'utf8').trim().split('\n').map((l) => JSON.parse(l)) : [];

  it('has the peer cases to run', () => {
    assert.ok(available, `missing ${FILE}`);
    assert.strictEqual(cases.length, 40);
  });

  it('passes at least 36 of the 40 cases', () => {
    const failures = cases.map((c, i) => ({ i, c, why: runPeerCase(c) })).filter((r) => r.why);
    const passed = cases.length - failures.length;
    console.log(`      peer cases: ${passed}/${cases.length} pass`);
    for (const f of failures) console.log(`      case ${f.i + 1} (${f.c.origin}): ${f.why}`);
    assert.ok(passed >= 36, `${passed}/40 passed`);
  });
});
