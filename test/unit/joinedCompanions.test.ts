// A name set off after a description and then joined by others before the verb (`His wife, Ama Mensah, and their
// children watched`) is the one a later pronoun of her sex means, not the description (joinedCompanions.ts).
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('a named person joined by companions after a description', () => {
  it('is the antecedent of a later pronoun', () => {
    // Had been the description `Kofi Mensah's wife`.
    assert.deepStrictEqual(speakers('Kofi Mensah won the Oslo marathon on Sunday. His wife, Ama Mensah, and their two sons watched from the finish line.\n\n"I am very proud of him," she said.'), ['Ama Mensah']);
    assert.deepStrictEqual(speakers('Kofi Mensah won the Oslo marathon on Sunday. His wife, Ama Mensah, and the children waited at the hotel.\n\n"I am very proud of him," she said.'), ['Ama Mensah']);
  });

  it('leaves the pronoun of the other sex to the man named before', () => {
    assert.deepStrictEqual(speakers('Kofi Mensah won the Oslo marathon on Sunday. His wife, Ama Mensah, and their two sons watched from the finish line.\n\n"I am very tired," he said.'), ['Kofi Mensah']);
  });
});
