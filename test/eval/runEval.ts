// `npm run eval`: how the engine attributes real news it was not written on, and how often it raises a false
// alarm on real articles checked as drafts. Numbers for the notes and the commits; never an assertion.
//
//   npm run eval                         the summary
//   npm run eval -- --json               the same as JSON
//   npm run eval -- --show wrong [N]     N scored cases of one outcome (wrong, none, description, not-found), to read;
//                                        `--show extra` the right ones whose name has a word the annotation lacks
//   npm run eval -- --samples [N]        a sample of N (12) draft-side findings of each kind, each with the draft's
//                                        sentence and the source sentence it was matched in, to read, and N of the
//                                        misattributions made by swapping a speaker's name that were missed
//   npm run eval -- --no-drafts          the source side and the peer cases only
//   npm run eval -- --set DIR            another annotated set in the development set's format (DIR/articles/*.txt and
//                                        DIR/cases.jsonl), such as a held-out set kept outside the project
//   npm run eval -- --dump FILE          every scored case (article, offset, source type, outcome, speaker, method, mention) as JSON
//                                        lines, to diff two runs and read each case a rule changed
import { writeFileSync } from 'node:fs';
import { buildCorpusIndex } from '../../src/core';
import { readPeerCases, runPeerCase } from '../support/peerCases';
import { describeDraftSamples, describeDraftSide, runDraftSide } from './draftSide';
import { describeSwapMisses, describeUnread } from './draftSwaps';
import { readDevelopmentSet } from './polnear';
import { describeSourceSide, extraNameWord, scoreSourceSide, type Outcome } from './sourceSide';

function option(name: string): string | null {
  const at = process.argv.indexOf(name);
  return at < 0 ? null : (process.argv[at + 1] ?? '');
}

function main(): void {
  const json = process.argv.includes('--json');
  const started = performance.now();
  const setDir = option('--set');
  const set = setDir ? readDevelopmentSet(setDir) : readDevelopmentSet();

  const indexStart = performance.now();
  const index = buildCorpusIndex(set.articles);
  const indexMs = performance.now() - indexStart;
  const sources = scoreSourceSide(index, set.cases);

  const peers = readPeerCases().map((c) => runPeerCase(c));
  const peersPassed = peers.filter((why) => why === null).length;

  const drafts = process.argv.includes('--no-drafts') ? null : runDraftSide(set.articles, Number(option('--samples')) || 12);

  const dump = option('--dump');
  if (dump) {
    const lines = sources.scored.map((s) => JSON.stringify({ at: `${s.case.article}@${s.case.offset}`, type: s.case.sourceType, source: s.case.source, outcome: s.outcome, speaker: s.speaker, method: s.method, mention: s.mention, context: s.context.replace(/\s+/g, ' ').slice(0, 400) }));
    writeFileSync(dump, lines.join('\n') + '\n');
  }

  const show = option('--show');
  if (show) {
    const limit = Number(process.argv[process.argv.indexOf('--show') + 2]) || 25;
    const picked = sources.scored.filter((s) => (show === 'extra' ? extraNameWord(s) : s.outcome === (show as Outcome) && s.case.sourceType === 'name'));
    const step = Math.max(1, Math.floor(picked.length / limit));
    for (let i = 0; i < picked.length && i / step < limit; i += step) {
      const s = picked[i];
      console.log(`[${s.case.article}@${s.case.offset}] source: ${s.case.source} | engine: ${s.speaker ?? '-'}\n    ${s.context.replace(/\s+/g, ' ').slice(0, 400)}\n`);
    }
  }

  if (json) {
    console.log(JSON.stringify({ sources: sources.byType, peerCases: { passed: peersPassed, total: peers.length }, drafts: drafts && { drafts: drafts.drafts, quotes: drafts.quotes, counts: drafts.counts, samples: drafts.samples, swaps: { made: drafts.swaps.made, caught: drafts.swaps.caught, byForm: drafts.swaps.byForm, byLength: drafts.swaps.byLength, whyMissed: drafts.swaps.whyMissed } }, indexMs: Math.round(indexMs) }, null, 2));
    return;
  }
  if (process.argv.includes('--samples') && drafts) {
    for (const code of Object.keys(drafts.samples)) {
      console.log(`${code}, a sample:`);
      for (const line of describeDraftSamples(drafts, code)) console.log(line);
    }
    console.log('misattributions made by a swapped name and missed, a sample:');
    for (const line of describeSwapMisses(drafts.swaps, Number(option('--samples')) || 12)) console.log(line);
    console.log("quotes whose sentence names the source's speaker, read as no person, a sample:");
    for (const line of describeUnread(drafts.swaps, Number(option('--samples')) || 12)) console.log(line);
    console.log('');
  }
  readPeerCases().forEach((c, i) => {
    if (peers[i]) console.log(`peer case ${i + 1} (${c.origin}): ${peers[i]}`);
  });
  console.log(`eval: ${set.articles.length} real articles (${setDir ?? 'polnear-train'}), ${set.cases.length} annotated quotes; index built in ${(indexMs / 1000).toFixed(1)} s; ${((performance.now() - started) / 1000).toFixed(1)} s in all`);
  for (const line of describeSourceSide(sources, setDir !== null)) console.log(line);
  console.log(`peer cases: ${peersPassed}/${peers.length} pass`);
  if (drafts) for (const line of describeDraftSide(drafts)) console.log(line);
}

main();
