// Two people joined by `, and`, each set off by an age or an appositive, the second described to the first
// (`and her partner`), speak together (describedConjuncts.ts).
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('a second person described to the first after `, and`', () => {
  it('gives the words to both people, never to the second alone', () => {
    // Each had been Tom Ridley's alone.
    assert.deepStrictEqual(speakers('Lena Marsh, 29, and her partner Tom Ridley, 31, said "We never expected the flood to reach us."'), ['Lena Marsh and Tom Ridley']);
    assert.deepStrictEqual(speakers('Lena Marsh, a baker, and her partner Tom Ridley, a teacher, said "We never expected the flood to reach us."'), ['Lena Marsh and Tom Ridley']);
    assert.deepStrictEqual(speakers('"We never expected the flood to reach us," Lena Marsh, 29, and her partner Tom Ridley, 31, said.'), ['Lena Marsh and Tom Ridley']);
  });

  it('gives the words to both where only the first is set off, or neither is but the second is hers or his', () => {
    // Each had been Tom Vey's alone.
    assert.deepStrictEqual(speakers('Mara Lind, 29, and her partner Tom Vey said "We lost everything in the fire."'), ['Mara Lind and Tom Vey']);
    assert.deepStrictEqual(speakers('Mara Lind, 29, and Tom Vey said "We lost everything in the fire."'), ['Mara Lind and Tom Vey']);
    assert.deepStrictEqual(speakers('Mara Lind and her husband Tom Vey said "We lost everything in the fire."'), ['Mara Lind and Tom Vey']);
    assert.deepStrictEqual(speakers('"We lost everything in the fire," Mara Lind, a baker, and her partner Tom Vey told reporters.'), ['Mara Lind and Tom Vey']);
  });

  it('gives the words to both where the list follows the verb', () => {
    // Each had been Mara Lind's alone.
    assert.deepStrictEqual(speakers('"We lost everything in the fire," said Mara Lind, 29, and her partner Tom Vey, 31.'), ['Mara Lind and Tom Vey']);
    assert.deepStrictEqual(speakers('"We lost everything in the fire," said Mara Lind, a baker, and Tom Vey, a teacher.'), ['Mara Lind and Tom Vey']);
    assert.deepStrictEqual(speakers('"We lost everything in the fire," said Mara Lind, 29, and her partner Tom Vey.'), ['Mara Lind and Tom Vey']);
    // A clause of its own after the list leaves the first name alone.
    assert.deepStrictEqual(speakers('"We lost everything in the fire," said Mara Lind, 29, and her partner Tom Vey agreed.'), ['Mara Lind']);
  });

  it('leaves a described name after a clause of its own its clause\'s subject', () => {
    assert.deepStrictEqual(speakers('Tom Dorn met the mayor, and her deputy Ivo Peskar, 40, said "we will resign from the board."'), ['Ivo Peskar']);
    assert.deepStrictEqual(speakers('Tom Dorn met the mayor, and her deputy Ivo Peskar said "we will resign from the board."'), ['Ivo Peskar']);
    assert.deepStrictEqual(speakers('In March, Tom Dorn resigned, and his deputy Ivo Peskar said "we will resign from the board."'), ['Ivo Peskar']);
  });
});
