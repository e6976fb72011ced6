// `Marsh remembers soldiers shouting "…"`: whoever is heard or remembered saying the words says them; the one who
// remembers or hears never does, and with no one named (`soldiers`, `neighbours`), the words are no named person's.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('words someone is remembered or heard saying', () => {
  it('are not the rememberer\'s, nor a phrase that runs over the verb', () => {
    for (const sentence of [
      'Greta Marsh remembers soldiers shouting “get down, get down” in the night.',
      'Okafor recalled reporters asking “where did the money go?” at every stop.',
      'Ruiz heard neighbours yelling “fire, fire” before the roof fell in.',
      'Dunn hears voters saying “enough is enough” at every door he knocks on.',
      'Ida Mole remembers guards yelling “move, move” at the gate.',
    ]) {
      const said = speakers(sentence)[0];
      assert.ok(said === null || !/Marsh|Okafor|Ruiz|Dunn|Mole/.test(said), `${sentence} -> ${said}`);
    }
  });

  it('are the named person heard or remembered', () => {
    assert.deepStrictEqual(speakers('Kral recalled Ivo Peskar saying “we have no choice left” that winter.'), ['Ivo Peskar']);
  });
});
