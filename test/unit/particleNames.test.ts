// A name with a lower-case particle set off with a role (`Karel van Oosterom, the Dutch envoy, said`) is shown as the
// text writes it, as it is without the role, not by its surname alone. Invented names.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('a name with a particle and a role set off after it', () => {
  it('is shown whole', () => {
    for (const [sentence, name] of [
      ['Joris van Oosterwijk, the Dutch envoy, said “we are ready to sign today.”', 'Joris van Oosterwijk'],
      ['Anna Maria van der Hoeven, a lawyer for the family, said “this is finally over.”', 'Anna Maria van der Hoeven'],
      ['Lucas da Corvalho, the harbour master, said “no ship leaves tonight.”', 'Lucas da Corvalho'],
      ['Helmut von Strebel, the league’s chairman, said “the rules stay as they are.”', 'Helmut von Strebel'],
      ['Inés de la Varga, a city planner, said “the bridge comes first.”', 'Inés de la Varga'],
    ]) assert.deepStrictEqual(speakers(sentence), [name], sentence);
  });

  it('is the same person when the surname alone says more later', () => {
    assert.deepStrictEqual(speakers('Joris van Oosterwijk, the Dutch envoy, said “we are ready to sign today.”\n\n“We will wait no longer,” van Oosterwijk added.'), ['Joris van Oosterwijk', 'Joris van Oosterwijk']);
  });
});
