// A sentence opening with a participle of saying (`Calling the plan "...," Hale asked...`) has the main clause's subject
// for that participle's: a quote in the opening clause is in that subject's words, unless the clause quotes someone else.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('a quote in an opening clause of saying', () => {
  it('belongs to the subject of the main clause', () => {
    assert.deepStrictEqual(speakers('Calling the new schedule “a disaster for working parents,” Principal Nora Hale asked the district to reconsider.'), ['Nora Hale']);
    assert.deepStrictEqual(speakers('Acknowledging that the budget “has a lot of holes in it,” though, Councilman Greg Pearson did say the vote would go ahead.'), ['Greg Pearson']);
    assert.deepStrictEqual(speakers('Urging voters to “show up and be counted this time,” Senator Bea Lowe closed the rally.'), ['Bea Lowe']);
  });

  it('gives none where the clause quotes another or the participle is no saying', () => {
    assert.deepStrictEqual(speakers('Noting a report that called the depot “a danger to every child in town,” Mayor Cal Finch ordered it closed.'), [null]);
    assert.deepStrictEqual(speakers('Described by his rivals as “a man with no plan at all,” Governor Eli Marsh won anyway.'), [null]);
  });
});
