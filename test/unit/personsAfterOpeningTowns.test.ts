// `Asked about the run-out of Kowal, Tom Reid, the opener, said: "…"`: an opening phrase that ends on a name after `of`
// and a person set off after its comma. Read as a town and its region (`of Dunmore, Westshire`), the name in the
// opening phrase had been given the words of the person after it. Two capitals that open with a given name and are no
// known place are a person; a region (`Westshire`, `Sierra Leone`, `Louisa County`) stays one. Invented sentences.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('a person set off after a name that closes an opening phrase', () => {
  it('is the subject, not the region of a town', () => {
    assert.deepStrictEqual(speakers('Asked about the run-out of Kowal, Tom Reid, who scored 80 with a bleeding knee, said: "These things happen."'), ['Tom Reid']);
    assert.deepStrictEqual(speakers('After the dismissal of Kowal, Ana Lind, the captain, said: "We move on."'), ['Ana Lind']);
  });

  it('leaves a town and its region to the person before them', () => {
    assert.deepStrictEqual(speakers('Mara Hollis, a nurse from Dunmore, Westshire, who has worked there for years, said: "We are tired."'), ['Mara Hollis']);
    assert.deepStrictEqual(speakers('Mara Hollis, a nurse from Freetown, Sierra Leone, who has worked there for years, said: "We are tired."'), ['Mara Hollis']);
  });
});
