// A personal pronoun with a verb's contraction (`She'd say`, `He'd told`) is that pronoun, never a name
// of its own. Invented text.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('a pronoun with a contraction', () => {
  it('is never given a quote as if it were a name', () => {
    for (const opening of ["She'd say", 'She\u2019d say', "He'll tell you"]) {
      const [speaker] = speakers(`Ana Kral talked about the old ferry. ${opening}, "Nobody asked us."`);
      assert.ok(speaker === null || !/'|\u2019/.test(speaker), `${opening}: ${speaker}`);
    }
  });

  it('reads the pronoun: the person it stands for speaks', () => {
    assert.deepStrictEqual(speakers('Ivo Kral spoke first. "We will win," he said. He\'d told reporters: "Nobody leaves."'), ['Ivo Kral', 'Ivo Kral']);
  });
});
