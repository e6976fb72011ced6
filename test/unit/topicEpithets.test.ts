// `Vermeulen said her player had changed. "...," the coach told AFP.`: a role the text had not given anyone yet, in the
// sentence after the one whose subject is a person, in the same paragraph, is that person's (the epithet goes on with
// the topic). Before, a role was only ever a person's when the texts gave them that role, and such quotes were left
// with the description. Invented text.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('a role that goes on from the subject just before', () => {
  it('gives `the coach` the woman the sentence before was about', () => {
    assert.deepStrictEqual(speakers('Ann Vermeulen said her player had grown up this year. "She doesn\'t panic any more," the coach told reporters.'), ['Ann Vermeulen']);
  });

  it('gives `the 73-year-old businessman` the man the sentence before was about', () => {
    assert.deepStrictEqual(speakers('Teo Ruiz, speaking to reporters in Lima, said he was not worried. "We have always competed," the 73-year-old businessman said.'), ['Teo Ruiz']);
  });

  it('gives the role to no one when the sentence before names another person', () => {
    assert.notDeepStrictEqual(speakers('Ann Vermeulen said Mara Quist had grown up this year. "She doesn\'t panic any more," the coach said.'), ['Ann Vermeulen']);
  });

  it('gives the role to no one across a paragraph break', () => {
    assert.notDeepStrictEqual(speakers('Ann Vermeulen watched from the stands.\n\n"She doesn\'t panic any more," the coach said.'), ['Ann Vermeulen']);
  });

  it('gives the role to no one the text gave another office', () => {
    assert.notDeepStrictEqual(speakers('Senator Ann Vermeulen said the team had grown up this year. "They don\'t panic any more," the coach said.'), ['Ann Vermeulen']);
  });

  it('gives an office some other holder may have (`the prime minister`) to no one named just before', () => {
    assert.notDeepStrictEqual(speakers('Tomas Brell toured the flooded towns. "We must level with people," the prime minister said.'), ['Tomas Brell']);
  });

  it('gives a second role to no one a first role was resolved to (`the coach said ... the chief executive said`)', () => {
    assert.notDeepStrictEqual(speakers('Ann Vermeulen watched from the stands. "She was brave," the coach said. "Results are strong," the chief executive said.')[1], 'Ann Vermeulen');
  });
});
