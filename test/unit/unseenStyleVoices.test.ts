// Source-side readings met in styles the earlier invented sets did not hold (round 30: an earnings call, a health
// briefing, a live blog, a debate, a strike, a typhoon, a market story, a parliament, a column): each test's
// sentences are invented, and each failed before its rule.
import * as assert from 'assert';
import { analyzeText } from '../../src/core';

const P = (...paragraphs: string[]) => paragraphs.join('\n\n');
const speakers = (text: string) => analyzeText(text).quotes.map((q) => q.speaker?.name ?? null);
const kinds = (text: string) => analyzeText(text).quotes.map((q) => q.speaker?.kind ?? null);

describe('voices of briefings, calls, blogs and debates', () => {
  it('reads the last word of a body named by its cause (`for Disease Prevention and Control`) as no person', () => {
    // `Control` had been a person, who outranked the spokesperson the sentence names.
    const text = 'A spokesperson for the Centre for Disease Prevention and Control said the agency was "monitoring the situation".';
    assert.deepStrictEqual(kinds(text), ['description']);
    assert.match(speakers(text)[0] ?? '', /^A spokesperson for the Centre/);
    const ministry = 'The Minister of Trade and Industry said the rules were "under review".';
    assert.notStrictEqual(speakers(ministry)[0], 'Industry');
  });

  it('still takes two people joined after a title and its name apart', () => {
    assert.deepStrictEqual(speakers('Secretary of State Ana Kral and Peskar said the talks were "useful".'), ['Ana Kral and Peskar']);
    assert.deepStrictEqual(speakers('Senators Ana Kral and Ivo Peskar said the bill was "dead".'), ['Ana Kral and Ivo Peskar']);
  });

  it('calls no one by the word before `of` in `the Port of Dover` or `the Duchess of Sussex`', () => {
    assert.notStrictEqual(speakers('The Port of Dover said it expected "long queues".')[0], 'Port');
    assert.notStrictEqual(speakers('The Duchess of Sussex said the visit was "moving".')[0], 'Duchess');
    assert.deepStrictEqual(kinds('The University of Toronto said it was "reviewing the policy".'), ['organisation']);
  });

  it('never takes the object of a preposition of place for the subject of the verb after it', () => {
    // `had added` reads as speech; its subject is `longer routes`, a thing, so the quote is Van der Berg's report.
    const text = P(
      'Ingrid van der Berg runs the shipping group. "We lost money," she said.',
      'Van der Berg said longer routes around the Cape of Good Hope had added "roughly nine days" to each voyage.',
    );
    assert.deepStrictEqual(speakers(text), ['Ingrid van der Berg', 'Ingrid van der Berg']);
    assert.notStrictEqual(speakers('Workers at the plant near Dover said the fumes were "toxic".')[0], 'Dover');
  });

  it('reads a chief officer’s initials as a role, held by whoever the text gives that title in full', () => {
    // `the CFO` had been an organisation called `CFO`; `The Podesta Group's CEO, ...` had set off no name.
    const text = P(
      'Chief Financial Officer Ana Kral said fuel costs had risen by a third.',
      '"The board will look at the dividend in August," the CFO answered.',
    );
    assert.deepStrictEqual(speakers(text), ['Ana Kral']);
    assert.deepStrictEqual(kinds('The COO said the plant was "safe".'), ['description']);
    assert.deepStrictEqual(speakers('The Harbour Group’s CEO, Mira Lund, said: "We coordinated with them."'), ['Mira Lund']);
  });
});
