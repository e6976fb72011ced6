// Styles of address other outlets print before a name (a church's `the Rt Rev`, Kenyan and Nigerian `Hon.` and
// `Comrade`, a Commonwealth `Minister for Health`) and the sex a courtesy title gives it, read on invented sentences.
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

  it('reads a title with its portfolio after `for` (`Minister for Health`), as one after `of`, and the name after it', () => {
    assert.deepStrictEqual(speakers('"The law is the same for everyone," said Minister for Health Ana Kral.'), ['Ana Kral']);
    assert.deepStrictEqual(speakers('"The law is the same for everyone," Minister for Health Ana Kral said.'), ['Ana Kral']);
    const text = 'Ivo Peskar said the drive was unfair. Minister for Urban Development Smt. Ana Kral said no one would be spared. "The law is the same for everyone," she told reporters.';
    assert.deepStrictEqual(speakers(text), ['Ana Kral']);
    // Lower case, `for` says whom a spokesman speaks for: never that person.
    assert.notDeepStrictEqual(speakers('"The law is the same for everyone," said a spokesman for Ana Kral.'), ['Ana Kral']);
  });
});
