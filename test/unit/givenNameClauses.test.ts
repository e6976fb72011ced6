// A witness described and then named by a clause of their own (`a programmer who gave his name as Pavel Orlov`):
// the name given is the person's, as after `named` (namedDescriptions.ts).
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('a person who gives the name they go by', () => {
  it('speaks by that name, before the verb and through a later pronoun', () => {
    // Each had been the description `A woman` or `man`.
    assert.deepStrictEqual(speakers('A woman who gave her name as Olena said "We have nothing left."'), ['Olena']);
    assert.deepStrictEqual(speakers('One man, a programmer from Dunmore who gave his name as Pavel Orlov, said he had waited two days.\n\n"I am not going back," he said.'), ['Pavel Orlov']);
  });

  it('lets a later pronoun mean a lone given name so given, never a speaker before it', () => {
    // Had been the spokesman's once the clause gave the name (and `man` before that).
    assert.deepStrictEqual(speakers('Ivo Peskar, the spokesman, said "errors" were made.\n\nOne man, a programmer from Dunmore who gave his name as Pavel, said he had waited two days.\n\n"I am not going back," he said.'), ['Ivo Peskar', 'Pavel']);
  });

  it('speaks by that name after an inverted verb', () => {
    // Had been the description `a baker`.
    assert.deepStrictEqual(speakers('"I have not slept for a week," said a baker who gave her name as Ilse. "The ovens never stop."'), ['Ilse', 'Ilse']);
    assert.deepStrictEqual(speakers('"We have nothing left," said a woman who gave her name only as Olena Hrytsenko.'), ['Olena Hrytsenko']);
  });

  it('keeps the description when the clause names someone else', () => {
    assert.deepStrictEqual(speakers('"We have nothing left," said a lawyer who represents Ana Kral.'), ['a lawyer']);
  });

  it('leaves a name that is the relative clause\'s object to the clause', () => {
    assert.deepStrictEqual(speakers('A lawyer who represents Ana Kral said "We have nothing left."'), ['A lawyer']);
  });
});
