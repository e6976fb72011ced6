// A sentence cut off after its first word (`… the pay claim. I.`, as archived copy sometimes ends a paragraph) leaves a
// lone `I.`: the writer's pronoun, never a person. Another article's `Title I.` (a school-funding programme read as a
// name) had been the `he` of the next quote, past the person the paragraph is about. Invented texts.
import * as assert from 'assert';
import { indexOf } from '../support/memoryCorpus';

const P = (...paragraphs: string[]) => paragraphs.join('\n\n');
const speakersOf = (index: ReturnType<typeof indexOf>, id: string) => index.article(id)!.quotes.map((q) => q.speaker?.name ?? null);

describe('a lone `I.` where a sentence was cut off', () => {
  it('is no one a pronoun after it may mean', () => {
    const index = indexOf({
      school: P('"The money should follow the pupil," Ana Dorn said about Title I.'),
      union: P('Ivo Kral met the union on Monday. Kral said he had asked his staff to "look into" the pay claim. I.', '"I never promised a raise," he said.'),
    });
    // The second had been `Title I.`.
    assert.deepStrictEqual(speakersOf(index, 'union'), ['Ivo Kral', 'Ivo Kral']);
  });
});
