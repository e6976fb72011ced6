// A name's spelling variants (`Zelensky`, `Zelenskyy`) are no word and its inflection: `Consider what Ana Kral told
// me` opened with a verb, not with the `Things Considered` that a programme's credit line had made a name. Invented text.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('a word and its inflection are no spellings of one name', () => {
  it('does not read a sentence opening with a verb as a name the verb inflected ends', () => {
    const text = 'Grain moves\n\nHeard on All Things Considered\n\nThe rally was loud.\n\nConsider what Ana Kral told me. "Give it back," she said.';
    assert.deepStrictEqual(speakers(text), ['Ana Kral']);
  });

  it('still reads two spellings of one surname as one person', () => {
    const text = 'Port opens\n\nMayor Ivan Zelensky opened the port on Monday.\n\n"The ships will come," Zelenskyy said.';
    assert.deepStrictEqual(speakers(text), ['Ivan Zelensky']);
  });
});
