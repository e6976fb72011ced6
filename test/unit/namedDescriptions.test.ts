// `a retired engineer named Viktor`, `a nurse called Ana Ruiz`: features and local news introduce someone by what they
// are and then by the name they go by. Invented names throughout.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('a person introduced as `a <description> named <name>`', () => {
  it('gives the words to the name, not to the description', () => {
    // Each had been a description (`a farmer named Jonas`, `A nurse`), which no draft can be checked against.
    assert.deepStrictEqual(speakers('"We cannot go on," said a farmer named Jonas Vilkas.'), ['Jonas Vilkas']);
    assert.deepStrictEqual(speakers('"We cannot go on," said a farmer named Jonas.'), ['Jonas']);
    assert.deepStrictEqual(speakers('A nurse named Maria Lopez said the ward was full. "We are exhausted," she said.'), ['Maria Lopez']);
    assert.deepStrictEqual(speakers('A 34-year-old teacher named Ana Ruiz told the board: "We need more staff."'), ['Ana Ruiz']);
  });

  it('reads the name set off after a description as the subject a pronoun then means', () => {
    // It had been `Her neighbour`: the commas held a description and a one-word name the appositive rule did not take.
    assert.deepStrictEqual(speakers('Her neighbour, a retired engineer named Viktor, said he had stayed at home. "I am Ukrainian," he said.'), ['Viktor']);
    assert.deepStrictEqual(speakers('A retired engineer named Viktor said he had stayed at home. "I am Ukrainian," he said.'), ['Viktor']);
  });

  it('leaves a thing called by a name a thing, and the speaker as before', () => {
    // `called` after a firm's noun names the firm; nobody speaks for it here.
    assert.deepStrictEqual(speakers('She works for a firm called Acme. "It is fine," she said.'), [null]);
    // `named` after a thing's noun (`a storm named Ida`) names no speaker.
    assert.deepStrictEqual(speakers('A storm named Ida hit the coast. "It was terrifying," a resident said.'), ['a resident']);
    // The one met is not the one who speaks: `said a woman` stays a description.
    assert.deepStrictEqual(speakers('He met a man named Tom Reyes at the gate. "Come in," said a woman.'), ['a woman']);
  });
});
