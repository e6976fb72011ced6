// Titles written in lower case before a name (`the board hired chief executive officer Ana Kral`, `they met deputy
// mayor Ivo Peskar`), the way much copy writes a title that is a job rather than an office, and the other forms of a
// chief officer's title. The role is learnt whole, so that the role alone finds its holder later; and a deputy's or a
// vice's role is not the office itself. Invented sentences.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('titles in lower case before a name', () => {
  it('learns the whole title, so that `the chief executive` finds whom the text called `chief executive officer Ana Kral`', () => {
    assert.deepStrictEqual(speakers('The board hired chief executive officer Ana Kral in March.\n\n"We will grow," the chief executive said.'), ['Ana Kral']);
    assert.deepStrictEqual(speakers('The council met deputy mayor Ivo Peskar on Friday.\n\n"The budget is tight," the deputy mayor said.'), ['Ivo Peskar']);
    assert.deepStrictEqual(speakers('Reporters met foreign minister Ana Kral at the airport.\n\n"We came to listen," the foreign minister said.'), ['Ana Kral']);
  });

  it('reads a chief officer\'s title in any of its forms: initials, in full, or without `officer`', () => {
    assert.deepStrictEqual(speakers('The board hired CEO Ana Kral last year.\n\n"We will grow," the chief executive said.'), ['Ana Kral']);
    assert.deepStrictEqual(speakers('Chief Executive Officer Ana Kral opened the call.\n\n"Margins held," the CEO said.'), ['Ana Kral']);
    assert.deepStrictEqual(speakers('Chief Operating Officer Ivo Peskar opened the call.\n\n"The plant reopens in May," the COO said.'), ['Ivo Peskar']);
  });

  it('never gives the office to its deputy or its vice: `the mayor` stays the mayor, not Deputy Mayor Ana Kral', () => {
    assert.deepStrictEqual(speakers('The council met Deputy Mayor Ana Kral on Friday.\n\n"The budget is tight," the mayor said.'), ['the mayor']);
    assert.deepStrictEqual(speakers('The council met deputy mayor Ana Kral on Friday.\n\n"The budget is tight," the mayor said.'), ['the mayor']);
    assert.deepStrictEqual(speakers('Vice President Ivo Peskar toured the plant.\n\n"We will not close it," the president said.'), ['the president']);
    // A word of kin for the office still finds its deputy: a deputy foreign minister is a diplomat.
    assert.deepStrictEqual(speakers('Deputy Foreign Minister Ivo Peskar met the envoys on Monday.\n\n"There is nothing to add at the moment," the diplomat noted.'), ['Ivo Peskar']);
    // The deputy's own role still finds her, and a rank written joined to its office is the same rank.
    assert.deepStrictEqual(speakers('Ivo Peskar, the vice presidential nominee, spoke.\n\nPeskar toured the plant on Monday.\n\n"We will win," the vice-presidential nominee said.'), ['Ivo Peskar']);
    assert.deepStrictEqual(speakers('The council met Deputy Mayor Ana Kral on Friday.\n\n"The budget is tight," the deputy mayor said.'), ['Ana Kral']);
  });
});
