// A paragraph of nothing but quotation after a sentence whose subject says nothing, but in a clause of which a person
// named in full takes the floor (`..., since Varga spoke only in slogans during the interview.`), is that person's.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('a quotation paragraph after a clause where someone takes the floor', () => {
  it('gives the paragraphs to the person who spoke in a clause of the sentence before, past a quoted term', () => {
    const text = 'Tom Varga ran the harbour meeting.\n\nWhat "go after them" means is left to voters, since Varga spoke only in slogans during the interview.\n\n"We have to do something and it is the only way you stop it."\n\n"We have to be a lot tougher than this."';
    assert.deepStrictEqual(speakers(text), [null, 'Tom Varga', 'Tom Varga']);
  });

  it('hands the floor to a name set off after a description, as to a name standing alone', () => {
    // They had been no one's: the comma closing the name stood where the name's verb was looked for.
    const about = 'The new chairman of Arnby Rovers, Tomas Vell, was in a buoyant mood on Friday.\n\n"This club has been standing still for twenty years and that ends today."';
    assert.deepStrictEqual(speakers(about), ['Tomas Vell']);
    const open = 'The new chairman, Tomas Vell, spoke to supporters on Friday.\n\n"This club has been standing still for twenty years.\n\n"I want a spade in the ground by Christmas."';
    assert.deepStrictEqual(speakers(open), ['Tomas Vell', 'Tomas Vell']);
  });

  it('gives none where the sentence before has a quote that is no term, or no one takes the floor', () => {
    const other = 'Tom Varga ran the harbour meeting.\n\n"The pier is closed," Ana Kral said, since Varga spoke only in slogans.\n\n"We have to do something and it is the only way you stop it."';
    assert.notStrictEqual(speakers(other)[1], 'Tom Varga');
    const none = 'Tom Varga ran the harbour meeting.\n\nWhat this means is left to voters, since the pier is closed for the winter.\n\n"We have to do something and it is the only way you stop it."';
    assert.deepStrictEqual(speakers(none), [null]);
  });
});
