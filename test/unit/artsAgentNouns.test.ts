// An obituary's people are named after their art (`Her rival, the conductor Gabor Lenz, paid tribute`): the noun is a
// person's, so the `Her` before the description is not his pronoun, and his later `he told` finds him. Invented text.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/attribution/analyzeText';

const speaker = (text: string) => analyzeText(text, { id: 'a' }).quotes[0]?.speaker?.name ?? '-';

describe("the arts' agent nouns before a name", () => {
  for (const noun of ['conductor', 'cellist', 'organist', 'harpist', 'trumpeter']) {
    it(`reads \`Her rival, the ${noun} Gabor Lenz,\` as his description`, () => {
      assert.strictEqual(speaker(`Ilona Kral died on Monday. Her rival, the ${noun} Gabor Lenz, paid tribute on Tuesday. "We disagreed about everything except Verdi," he told the wire.`), 'Gabor Lenz');
    });
  }
});
