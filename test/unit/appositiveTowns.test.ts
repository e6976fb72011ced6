// A name set off after a description goes on to the town the person is from (`One fan, Ana Kral from Dunmore,
// said`) or the body they are of (`Dr Ana Kral of the Institute for Research on Ageing`): neither is part of the name
// nor a reason to pass the name over. Invented sentences.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('a town after a name set off', () => {
  it('gives the words to the name, not to the description, and shows the name without its town', () => {
    // The first had gone to `fan` (the name passed over), the second to `Ana Kral from Dunmore`.
    assert.deepStrictEqual(speakers('One fan, 14-year-old Ana Kral from Dunmore, said she had saved for a year. "It was the best night of my life," she said.'), ['Ana Kral']);
    assert.deepStrictEqual(speakers('A neighbour, Ivo Peskar from Lower Castlemore, said: "We heard the bang at midnight."'), ['Ivo Peskar']);
  });

  it('still reads a body the name is `of` as before', () => {
    assert.deepStrictEqual(speakers('The lead author, Dr Ana Kral of the University of Dunmore, said: "The effect was small."'), ['Ana Kral']);
  });

  it('reads a body with `for` or `on` in its name (`of the Institute for Research on Ageing`) as what the name is of', () => {
    // Had been the description's (`The lead researcher`): the body's small words hid where the name ended.
    assert.deepStrictEqual(speakers('The lead researcher, Dr Ana Kral of the Institute for Research on Ageing, said: "The effect was small."'), ['Ana Kral']);
  });
});
