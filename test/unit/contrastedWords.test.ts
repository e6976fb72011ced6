// A contrast turns words down: `Varga calls it "a gamble", not "a plan"`, `did not promise "…" but "…"`. The words
// after `not` are no one's; the words kept are the speaker's. Invented text.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

const P = (...paragraphs: string[]) => paragraphs.join('\n\n');
const PEOPLE = 'Minister Tomas Varga and General Lena Brodsky briefed the press at the ministry.';

describe('words turned down in a contrast', () => {
  it('are no one\'s after `, not`', () => {
    // The turned-down words had been given to the speaker of the kept ones.
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Varga calls the ceasefire "a breathing space", not "a peace."')), ['Tomas Varga', null]);
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Brodsky called the convoy "a supply run," not "an escalation."')), ['Lena Brodsky', null]);
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Brodsky wants "a pause", not "a withdrawal", she said.')), ['Lena Brodsky', null]);
  });

  it('are no one\'s between `not` and `but`, and the kept words stay the speaker\'s', () => {
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Varga called the raid not "a failure" but "a costly lesson."')), [null, 'Tomas Varga']);
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Brodsky did not promise "a quick win" but "a hard winter."')), [null, 'Lena Brodsky']);
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Varga never predicted "a collapse" but "a slow retreat."')), [null, 'Tomas Varga']);
  });

  it('leaves a quote that only says `not` inside it, or a verb of saying with a complement, to the speaker', () => {
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Varga said "we want peace, not war," and left.')), ['Tomas Varga']);
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Brodsky met the envoy, but only to say she would not agree to a "symbolic" truce.')), ['Lena Brodsky']);
  });

  it('gives the words of a `while` clause to its own subject, not to the speaker of the clause before', () => {
    // Had been Varga's, the speaker of the verb before `while`.
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Varga attacked the plan, calling it "reckless," while Brodsky defended it as "prudent."')), ['Tomas Varga', 'Lena Brodsky']);
    // A `while` inside the report, with a copula (`while Brodsky is "…"`), goes on with the speaker's words.
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Varga said that the old plan was "too timid" while Brodsky is "too bold."')), ['Tomas Varga', 'Tomas Varga']);
    // A `while` with no subject of its own (`while touring`) leaves the words to the speaker.
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Varga said, while touring the base, that morale was "higher than ever."')), ['Tomas Varga']);
  });
});
