// The eval's scorer (test/eval/polnear.ts): a speaker is right when it shares a name word with the annotated source.
// An annotation's lower-case words are skipped as no name, but a surname opening with its particle is one. Invented names.
import * as assert from 'assert';
import { sharesNameWord } from '../eval/polnear';

describe('the eval scorer\'s shared name word', () => {
  it('counts a surname that opens with its lower-case particle (`al-Kadri`) as a name word of the annotation', () => {
    // `Anwar al-Kadri` annotated, `al-Kadri` given: it had been scored the wrong person.
    assert.strictEqual(sharesNameWord('al-Kadri', 'Anwar al-Kadri'), true);
    assert.strictEqual(sharesNameWord('el-Baz', 'Tomas el-Baz'), true);
  });

  it('still skips the annotation\'s other lower-case words', () => {
    assert.strictEqual(sharesNameWord('the spokesman', 'a spokesman for Ivo Kral'), false);
    assert.strictEqual(sharesNameWord('al-Kadri', 'Anwar Selim'), false);
  });
});
