// Korean and Taiwanese names written family name first keep a hyphenated given name in lower case after the hyphen
// (`Lee Jae-sang`, `Tsai Ing-wen`): a name the text learns, with the role it gives it. Invented people.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('a hyphenated given name after the family name', () => {
  it('learns the role set off after the name, so the quote goes to the person, not the role', () => {
    const text = 'The band met fans in Seoul. Kim Do-hyun, chief executive of Starline, the band\'s agency, said in a statement that a tour was "under discussion."';
    assert.deepStrictEqual(speakers(text), ['Kim Do-hyun']);
  });
});
