// A speaker's label may carry what body the speaker is of (`Ana Kral of the Climate Council: "…"`) or, in a live
// blog, what the words are on (`Kral on the penalty appeal: "…"`); only at a line's start, never in prose.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('labels with an affiliation or a topic', () => {
  it('reads a full name followed by `of the <Body>` before the colon', () => {
    assert.deepStrictEqual(speakers('Ana Kral of the Climate Council: "We cannot afford another year of delay on the sea wall."'), ['Ana Kral']);
    assert.deepStrictEqual(speakers('The council met on Friday.\n\n- **Ivo Peskar** of the Harbour Board: "The pier will reopen in May."'), ['Ivo Peskar']);
  });

  it('reads a known name followed by `on <topic>` before the colon', () => {
    const blog = 'Ana Kral appealed the fine on Monday.\n\nKral on the penalty appeal: "We will take this to the highest court we can."';
    assert.deepStrictEqual(speakers(blog), ['Ana Kral']);
    assert.deepStrictEqual(speakers('### Ana Kral on the sea wall: "We will finish it before the next storm season."'), ['Ana Kral']);
    assert.deepStrictEqual(speakers('Live updates.\n\n- **Ana Kral** on the penalty appeal: "We will take this to the highest court we can."'), ['Ana Kral']);
  });

  it('reads the label after the time a live blog\'s entry opens with', () => {
    const entry = 'Live updates.\n\n17:50 – Ana Kral of the Climate Council: "We will take this to the highest court we can."';
    assert.deepStrictEqual(speakers(entry), ['Ana Kral']);
    assert.deepStrictEqual(speakers('Live updates.\n\n9:05 am - **Ana Kral** on the penalty appeal: "We will go on with the appeal."'), ['Ana Kral']);
    assert.deepStrictEqual(speakers('Ana Kral spoke.\n\n9:05 am - The talks on the budget: "We cannot afford it."'), [null]);
  });

  it('reads a full name followed by a few words describing the speaker before the colon, on a label\'s own line', () => {
    assert.deepStrictEqual(speakers('Voices from the flooded street.\n\nAna Kral, retired nurse: "The water reached the light switches in ten minutes."'), ['Ana Kral']);
    assert.deepStrictEqual(speakers('Voices from the flooded street.\n\n- **Ivo Peskar**, deacon: "We will open the church hall tonight."'), ['Ivo Peskar']);
    // Other people (a plural), a clause, or a label not opening its line: no description of the one named.
    assert.deepStrictEqual(speakers('Ana Kral spoke.\n\nIvo Peskar, stranded residents: "We will open the church hall tonight."'), [null]);
    assert.deepStrictEqual(speakers('Ana Kral spoke.\n\nIvo Peskar, the rain kept falling: "We will open the church hall tonight."'), [null]);
    assert.deepStrictEqual(speakers('Ana Kral spoke.\n\nWe asked Ivo Peskar, retired nurse: "We will open the church hall tonight."'), [null]);
  });

  it('reads the label after an explainer item\'s emphasised topic (`- **Topic:** Name: "…"`)', () => {
    const list = 'Ana Kral spoke.\n\n- **The sea wall:** Ivo Peskar: "We will finish it before the next storm season."';
    assert.deepStrictEqual(speakers(list), ['Ivo Peskar']);
    assert.deepStrictEqual(speakers('Ana Kral spoke.\n\n__Roads and bridges:__ Sheriff Ana Kral: "Stay off the coast road tonight."'), ['Ana Kral']);
    // No emphasis closing at the topic's colon: prose, not an item's heading.
    assert.deepStrictEqual(speakers('Ana Kral spoke.\n\nThe sea wall: Ivo Peskar: "We will finish it before the next storm season."'), [null]);
  });

  it('labels no one with a sentence of prose before the colon', () => {
    assert.deepStrictEqual(speakers('Ana Kral chaired the meeting.\n\nMembers of the Climate Council: "We cannot afford another year of delay."'), [null]);
    assert.deepStrictEqual(speakers('Ana Kral chaired the meeting.\n\nThe talks on the budget: "We cannot afford another year of delay."'), [null]);
    assert.deepStrictEqual(speakers('Ana Kral chaired the meeting.\n\nThe head of the Climate Council: "We cannot afford another year of delay."'), [null]);
    assert.deepStrictEqual(speakers('Ana Kral chaired the meeting, and we spoke to Kral of the Climate Council: "We cannot afford it."'), [null]);
  });
});
