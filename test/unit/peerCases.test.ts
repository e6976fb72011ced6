// The quote-attribution cases other projects wrote (textacy, sayswho, statement-extractor), as an external suite.
import * as assert from 'assert';
import * as fs from 'fs';
import { PEER_CASES_FILE, readPeerCases, runPeerCase, type PeerCase } from '../support/peerCases';

describe('peer quote-attribution cases (shared/testdata)', function () {
  const available = fs.existsSync(PEER_CASES_FILE);
  const cases: PeerCase[] = available ? readPeerCases() : [];

  it('has the peer cases to run', () => {
    assert.ok(available, `missing ${PEER_CASES_FILE}`);
    assert.strictEqual(cases.length, 40);
  });

  it('passes all 40 cases, speakers named as the texts write them (diacritics and scripts intact)', () => {
    const failures = cases.map((c, i) => ({ i, c, why: runPeerCase(c) })).filter((r) => r.why);
    const passed = cases.length - failures.length;
    console.log(`      peer cases: ${passed}/${cases.length} pass`);
    for (const f of failures) console.log(`      case ${f.i + 1} (${f.c.origin}): ${f.why}`);
    assert.strictEqual(passed, 40, `${passed}/40 passed`);
  });
});
