// A sentence that opens with a place and puts its subject after the verb (`At the back stood Mateo Ruiz, a
// mechanic.`) names the person a `he` or `she` after it means, not someone named sentences before. Invented sentences.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('a subject put after its verb (`there stood`, `among them was`)', () => {
  it('is the one a pronoun after it means', () => {
    // Each had been given to the man or woman named first.
    assert.deepStrictEqual(speakers('Ivo Peskar opened with a long speech. At the back of the room stood Mateo Ruiz, a mechanic.\n\n"This is a pep rally," he said.'), ['Mateo Ruiz']);
    assert.deepStrictEqual(speakers('Anton Hale spoke for an hour. Yet there in the last row was Tomas Garcia, a welder. He was not clapping.\n\n"We heard this last year," he said.'), ['Tomas Garcia']);
    assert.deepStrictEqual(speakers('Mayor Ruth Anand took questions. Near the door sat Greta Pohl, who runs the bakery.\n\n"Nobody asked about parking," she said.'), ['Greta Pohl']);
  });

  it('stops the search at a lone surname whose sex nothing tells', () => {
    assert.deepStrictEqual(speakers('Gregor Tamm spoke from a truck. Among the protesters was Okafor, a dock hand.\n\n"They sold the pier," he said.'), [null]);
  });

  it('leaves an owner after the verb (`At stake was Brandt\'s name`) to the sentence before', () => {
    assert.deepStrictEqual(speakers('Director Ivo Brandt thanked the cast. At stake was Brandt\'s name, and the reviews were mixed.\n\n"I am proud of them," he said.'), ['Ivo Brandt']);
  });
});
