// Drafts in shapes writers use for round-ups and social posts, on the harbour town's invented sources: a pull quote
// credited on a line of its own (no dash) or after a dash with a nationality before the role, a thread's numbered
// posts (`2/ Mayor Lena Ortiz: "…"`) and posts heading a quote with a place (`Ortiz at the gates tonight: "…"`), and
// a table row that gives the speaker's role in a cell of its own. A right credit raises nothing and names its speaker; a swapped
// name is caught; a credit line never lets the voice of the pull quote before it carry over.
import * as assert from 'assert';
import { checkDraft } from '../../src/core';
import { indexOf } from '../support/memoryCorpus';
import { ORTIZ, REYES, SOURCES, type Said } from '../support/harbourTown';

const index = indexOf(SOURCES);

function read(draft: string): { speakers: Array<string | null>; wrong: string[]; warnings: string[] } {
  const result = checkDraft(draft, index, { format: 'markdown' });
  return {
    speakers: result.quotes.map((q) => q.claimedSpeaker?.name ?? null),
    wrong: result.findings.filter((f) => f.code === 'misattributed-quote').map((f) => f.sourceSpeaker ?? ''),
    warnings: result.findings.filter((f) => /misattributed|altered|distorted/.test(f.code)).map((f) => f.message),
  };
}

/** The right credit reads as its speaker with no warning; the other person's name in it is caught as the wrong one. */
function rightAndSwapped(shape: (who: Said, words: Said) => string): void {
  for (const [who, other] of [[ORTIZ, REYES], [REYES, ORTIZ]]) {
    const right = read(shape(who, who));
    assert.deepStrictEqual(right.warnings, [], shape(who, who));
    assert.ok(right.speakers.includes(who.full), `${shape(who, who)}\n-> ${JSON.stringify(right.speakers)}`);
    assert.deepStrictEqual(read(shape(other, who)).wrong, [who.full], shape(other, who));
  }
}

describe('eleventh outlet: pull quotes, threads and table roles', () => {
  it('a pull quote credited on its own line after a blank quote-block line', () => {
    rightAndSwapped((who, words) => `> "${words.quote}."\n>\n> ${who.full}`);
  });

  it('a pull quote credited on the next line, in italics with a role after a comma', () => {
    rightAndSwapped((who, words) => `> "${words.quote}."\n> *${who.full}, ${who === ORTIZ ? 'mayor' : 'council leader'}*`);
  });

  it('a credit line keeps the voice of the dash-credited pull quote before it off its own quote', () => {
    const draft = `> "${REYES.quote}." — ${REYES.full}\n\n> "${ORTIZ.quote}."\n>\n> ${ORTIZ.full}`;
    const got = read(draft);
    assert.deepStrictEqual(got.warnings, [], draft);
    assert.deepStrictEqual(got.speakers, [REYES.full, ORTIZ.full], draft);
  });

  it('a line of prose in a quote block is no credit', () => {
    const draft = `> "${ORTIZ.quote}."\n>\n> Dan Reyes spoke next.`;
    assert.notDeepStrictEqual(read(draft).speakers, [REYES.full], draft);
  });

  it('a numbered post of a thread, with or without its total', () => {
    rightAndSwapped((who, words) => `2/ ${who === ORTIZ ? 'Mayor' : 'Council leader'} ${who.full}: "${words.quote}." Strong words.`);
    rightAndSwapped((who, words) => `3/12 ${who.full}: "${words.quote}."`);
  });

  it('a post opening with an emoji before its label', () => {
    rightAndSwapped((who, words) => `\u{1F5E3}\uFE0F ${who.short}: "${words.quote}."`);
    rightAndSwapped((who, words) => `\u{1F4CC} ${who.full}: "${words.quote}."`);
  });

  it('a table row with the speaker\'s role in a cell of its own', () => {
    const role = (w: Said) => (w === ORTIZ ? 'Mayor' : 'Council leader');
    rightAndSwapped((who, words) => `| Who | Role | Quote |\n|---|---|---|\n| ${who.full} | ${role(who)} | "${words.quote}" |`);
    // The name, not the role the writer put beside it, tells who the row says spoke.
    rightAndSwapped((who, words) => `| Who | Role | Quote |\n|---|---|---|\n| ${who.full} | ${role(words)} | "${words.quote}" |`);
  });

  it('a pull quote signed after a dash with a nationality before the role', () => {
    rightAndSwapped((who, words) => `> "${words.quote}." – ${who.full}, Lotrian ${who === ORTIZ ? 'harbour mayor' : 'council leader'}`);
  });

  it('a post heading the quote with where it was said, and a word of when', () => {
    rightAndSwapped((who, words) => `${who.short} at the harbour gates tonight: "${words.quote}."`);
    rightAndSwapped((who, words) => `${who.full} in the council chamber: "${words.quote}."`);
  });

  it('a label whose place names another person reads no one', () => {
    const draft = `${ORTIZ.short} in reply to ${REYES.short}: "${REYES.quote}."`;
    assert.deepStrictEqual(read(draft).warnings, [], draft);
  });

  it('a table row with two names still names no one', () => {
    const draft = `| A | B | Quote |\n|---|---|---|\n| ${ORTIZ.full} | ${REYES.full} | "${REYES.quote}" |`;
    assert.deepStrictEqual(read(draft).speakers, [null], draft);
  });
});
