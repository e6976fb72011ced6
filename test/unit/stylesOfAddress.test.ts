// Styles of address other outlets print before a name (a church's `the Rt Rev`, Kenyan and Nigerian `Hon.` and
// `Comrade`) and the sex a courtesy title gives it, read on invented sentences.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('styles of address', () => {
  it('names the person after a clergy style, without the style, in full or written short', () => {
    for (const style of ['the Rt Rev', 'the Rt. Rev.', 'the Ven', 'the Revd', 'Fr', 'Msgr.', 'Monsignor']) {
      assert.deepStrictEqual(speakers(`"A church with six people in it is still a church," ${style} Ivo Peskar told the synod.`), ['Ivo Peskar'], style);
    }
  });

  it('names the person after `Hon.` or `Comrade`, as Kenyan and Nigerian copy styles them', () => {
    assert.deepStrictEqual(speakers('"Start with the foreign trips," said Hon. Ana Kral.'), ['Ana Kral']);
    assert.deepStrictEqual(speakers('"The workers will down tools," said Comrade Ivo Peskar.'), ['Ivo Peskar']);
  });

  it('gives a pronoun to the person a church office and a style set off, not to a bishop of the other sex', () => {
    const text = '"Once a church closes, it does not come back," the Rt Rev Ivo Peskar told the synod. The Archdeacon of Ardmoor, the Ven Ana Kral, said the diocese could not pay. "We have roofs leaking in twelve parishes," she said.';
    assert.deepStrictEqual(speakers(text), ['Ivo Peskar', 'Ana Kral']);
  });

  it('never gives `he` to a woman styled `Ms`, whatever pronouns stand near her name', () => {
    const text = '"My focus is on the ferries," Ms Kral said. First Minister Ivo Peskar backed his minister. Asked whether she kept his confidence, he replied: "Absolutely."';
    assert.deepStrictEqual(speakers(text), ['Kral', 'Ivo Peskar']);
  });
});
