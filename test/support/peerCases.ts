// The 40 quote-attribution cases other projects wrote (textacy, sayswho, statement-extractor), read from
// ../shared/testdata, and how one case is judged; shared by the unit test and `npm run eval`.
import * as fs from 'fs';
import * as path from 'path';
import { analyzeText, normalizePhrase } from '../../src/core';

export interface PeerCase {
  text: string;
  quote: string | null;
  speaker: string | null;
  origin: string;
  expect?: 'no-quote';
}

export const PEER_CASES_FILE = path.join(__dirname, '..', '..', '..', 'shared', 'testdata', 'peer-quote-cases.jsonl');

export function readPeerCases(): PeerCase[] {
  return fs.readFileSync(PEER_CASES_FILE, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as PeerCase);
}

/** A name's words as written, diacritics and scripts intact (`Burtón` is not `Burton`); only case is ignored. */
function nameWords(text: string): string[] {
  return text.normalize('NFC').toLocaleLowerCase().match(/[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu) ?? [];
}

/** Our speaker counts as theirs when one name holds the other's words (`Tusk` for `Officer Tusk`), spelt the same. */
function sameSpeaker(ours: string | null, theirs: string): boolean {
  if (!ours) return false;
  const a = nameWords(ours);
  const b = nameWords(theirs);
  return a.every((w) => b.includes(w)) || b.every((w) => a.includes(w));
}

/** Null when the engine gets the case right; otherwise what it did instead. */
export function runPeerCase(c: PeerCase): string | null {
  const analyzed = analyzeText(c.text);
  if (c.expect === 'no-quote') {
    const spoken = analyzed.quotes.filter((q) => q.speaker);
    return spoken.length ? `expected no speech, found ${spoken.map((q) => `“${q.text}” by ${q.speaker!.name}`).join(', ')}` : null;
  }
  const wanted = normalizePhrase(c.quote!);
  const found = analyzed.quotes.find((q) => normalizePhrase(q.text) === wanted);
  if (!found) return `quote not found; found ${analyzed.quotes.map((q) => `“${q.text}”`).join(', ') || 'none'}`;
  return sameSpeaker(found.speaker?.name ?? null, c.speaker!) ? null : `speaker ${found.speaker?.name ?? 'null'}, expected ${c.speaker}`;
}
