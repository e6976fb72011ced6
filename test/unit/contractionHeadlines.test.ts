// A headline in title case whose only verb is a contraction (`Ban Won't Stop …`, `Plan Couldn't Come …`) is still a
// headline: its capitals name no one. Its runs of capitals had been learnt as people (`Plan Couldn't Come`), whom a
// capitalised word opening a sentence of another article, or a pronoun with no one else before it, then meant.
// Invented texts.
import * as assert from 'assert';
import { indexOf } from '../support/memoryCorpus';

const P = (...paragraphs: string[]) => paragraphs.join('\n\n');
const speakersOf = (index: ReturnType<typeof indexOf>, id: string) => index.article(id)!.quotes.map((q) => q.speaker?.name ?? null);

describe('a title-case headline whose verb is a contraction', () => {
  it('names no one another article\'s lone capital or pronoun may mean', () => {
    const index = indexOf({
      pledge: P('Ivo Peskar’s Endorsement Couldn’t Come At A Better Time For Mary Kral.', 'Mary Kral thanked him on Monday.'),
      fair: P('Ana Dorn runs the bakery stall at the fair.', 'Busy? Come again?', '"Busy," she said, meaning the queue had not stopped since noon.'),
    });
    // Had been `Endorsement Couldn’t Come`, the other article's headline read as a person.
    assert.ok(!speakersOf(index, 'fair').some((s) => s !== null && /Come/.test(s)));
  });
});
