// The sources are indexed together, so a surname alone in one article can take a person another article names in
// full. A text that writes a full name holding that word itself (inside a quotation, or surname first as `Tan Mei
// Ling`) means its own person; a well-known figure the text never names in full is still read from the others.
import * as assert from 'assert';
import { indexOf } from '../support/memoryCorpus';

const P = (...paragraphs: string[]) => paragraphs.join('\n\n');
const speakersOf = (index: ReturnType<typeof indexOf>, id: string) => index.article(id)!.quotes.map((q) => q.speaker?.name ?? null);

describe('a lone surname another article names in full', () => {
  it('is the person this text names in full, even inside a quotation', () => {
    const index = indexOf({
      adviser: P('Strategist Colm Duffy, who ran two governors\' races, said the ads were "a waste of good money and better airtime."'),
      race: P(
        'The senator\'s office issued a statement on Tuesday: "Declan Duffy owes voters in the valley a straight answer on the dam."',
        '"I have answered every question put to me about the dam," Duffy said at a rally in Marlow.',
      ),
    });
    // Had been Colm Duffy, the other article's strategist.
    assert.deepStrictEqual(speakersOf(index, 'race').filter((s) => s !== null && /Duffy/.test(s)), ['Declan Duffy']);
  });

  it('is the person this text names surname first', () => {
    const index = indexOf({
      photos: P('"The light over the harbour was perfect that morning," photographer Daniel Tan said of the cover picture.'),
      lab: P(
        'A team led by Tan Mei Ling of the Harbour Institute has mapped the reef\'s coral die-off over ten years.',
        '"We did not expect the northern reefs to recover this quickly," Prof Tan said in an interview.',
      ),
    });
    // Had been Daniel Tan.
    assert.deepStrictEqual(speakersOf(index, 'lab'), ['Tan Mei Ling']);
  });

  it('is still the person other articles name in full when this text names no one of that surname', () => {
    const index = indexOf({
      rally: P('"We will build the bridge before the winter," Governor Elena Markov told the crowd at the rally in Dunmore.'),
      budget: P('The bridge will cost twice the first estimate, the transport office said.', '"Every month we wait, it costs more," Markov said on Monday.'),
    });
    assert.deepStrictEqual(speakersOf(index, 'budget').filter((s) => s !== null), ['Elena Markov']);
  });
});
