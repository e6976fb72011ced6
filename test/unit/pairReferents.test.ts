// `the former` and `the latter` after two people named together stand for the first and the second of them; a
// pronoun after them means that person, not whichever of the two was named last.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('the former and the latter', () => {
  const pair = 'Rosa Vidal and Marta Sousa opened the bakery in 2009. Vidal bakes; Sousa keeps the books.\n\n"We argue about everything but the bread," Vidal said.\n\nSousa remembers the first winter differently. "There were two ovens," she said.';

  it('gives a pronoun after `The former ...` to the first of the pair, after `The latter ...` to the second', () => {
    assert.deepStrictEqual(speakers(`${pair}\n\nThe former still starts at four. "I will stop when my knees stop," she said.`), ['Rosa Vidal', 'Marta Sousa', 'Rosa Vidal']);
    assert.deepStrictEqual(speakers(`${pair}\n\nThe latter now writes grant applications. "I write more than I bake," she said.`), ['Rosa Vidal', 'Marta Sousa', 'Marta Sousa']);
  });

  it('leaves `the former` no one\'s when no two people were named together', () => {
    const text = 'Rosa Vidal bakes. "We argue about bread," Vidal said.\n\nMarta Sousa keeps the books. "There were two ovens," she said.\n\nThe former still starts at four. "I will stop soon," she said.';
    assert.notStrictEqual(speakers(text)[2], 'Marta Sousa');
  });
});
