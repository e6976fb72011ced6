// A feature that names someone in full and then by the given name alone (`Graham Whitaker … Graham says`) means that
// person, even where another article of the sources has someone of that surname (a union leader, Sharon Graham): a
// surname only other texts know does not outrank this text's own person (givenNameReferences.ts).
import * as assert from 'assert';
import { indexOf } from '../support/memoryCorpus';

const P = (...paragraphs: string[]) => paragraphs.join('\n\n');

const INDEX = indexOf({
  union: P(
    'Dock workers at Kelport will strike next week, the Harbour Workers Union said.',
    '"Our members have had a real-terms pay cut for five years running," said union general secretary Nora Osgood. "The port made record profits last year."',
  ),
  farm: P(
    'Ivo Peskar, 67, runs the sheep station with his wife, Ana, and their son, Tom.',
    '"I\'ve seen dry years before. This one is something else," Ivo says. "You cannot keep hand-feeding sheep forever."',
  ),
});

const speakersOf = (id: string) => INDEX.article(id)!.quotes.map((q) => q.speaker?.name ?? null);

describe('a given name in a text that named its holder in full', () => {
  it('is that person, not another article\'s person of that surname', () => {
    const index = indexOf({
      union: P('"Our members have had a real-terms pay cut for five years running," said union general secretary Sharon Graham.'),
      farm: P('Graham Whitaker, 67, runs the sheep station with his wife, Jan, and their son, Tom.', '"I\'ve seen dry years before. This one is something else," Graham says.'),
    });
    // Had been Sharon Graham.
    assert.deepStrictEqual(index.article('farm')!.quotes.map((q) => q.speaker?.name ?? null), ['Graham Whitaker']);
  });

  it('still reads a lone surname as the person this text names by it', () => {
    assert.deepStrictEqual(speakersOf('farm'), ['Ivo Peskar', 'Ivo Peskar']);
    const index = indexOf({
      union: P('"Our members have had a real-terms pay cut for five years running," said union general secretary Sharon Graham.'),
      talks: P('Talks with Sharon Graham broke down on Friday, said Ivo Peskar, the port\'s director.', '"We will not be held to ransom," Graham said on Saturday.'),
    });
    assert.deepStrictEqual(index.article('talks')!.quotes.map((q) => q.speaker?.name ?? null), ['Sharon Graham']);
  });
});
