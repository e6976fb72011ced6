// A capitalised title opening a sentence, with its lower-case complement after `of` and the holder's name
// (`Head of the regional council Ana Kral thanked …`): the name is the sentence's subject, so a `he`/`she` after
// it is that person, never the bare title (speakerPhrases.ts, phraseAfter).
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('a capitalised title with a lower-case complement opening a sentence', () => {
  it('gives a pronoun after it the name the title comes before', () => {
    // Each had been the description `Head` or `Leader`.
    assert.deepStrictEqual(speakers('Head of the regional council Tomas Vell praised the vote. "Today we chose well," he said.'), ['Tomas Vell']);
    assert.deepStrictEqual(speakers('Leader of the harbour board Jan Dorn thanked the crews.\n\n"We lost nothing," he said.'), ['Jan Dorn']);
    assert.deepStrictEqual(speakers('Deputy Head of the city council Ana Kral welcomed it. "We won," she said.'), ['Ana Kral']);
  });

  it('never gives the words to the person a title\'s complement names', () => {
    assert.notDeepStrictEqual(speakers('Lawyer of former mayor Tomas Vell praised the ruling. "We will appeal," he said.'), ['Tomas Vell']);
  });

  it('still reads a description as a description', () => {
    assert.deepStrictEqual(speakers('The head of the regional council praised the vote. "Today we chose well," he said.'), ['The head']);
  });
});
