// `Office spokeswoman Dana Kral said ... "…," he said`: an office's word that carries its holder's sex (`spokeswoman`,
// `Councilwoman`) tells the sex of a name whose given name does not (`Dana`), so a pronoun of the other sex does not
// reach her (issue 7). Invented text.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

const P = (...paragraphs: string[]) => paragraphs.join('\n\n');

describe('the sex an office word gives the name after it', () => {
  it('keeps a `he` from a spokeswoman whose given name tells no sex', () => {
    assert.deepStrictEqual(
      speakers(P('Harbour office spokeswoman Dana Kral said there was no sign of sabotage.', '"This was a failure in the grid," Kral said.', 'The harbour board did not say when power would return. "Patients were never at risk," he said.')),
      ['Dana Kral', null],
    );
  });

  it('gives a `she` to a councilwoman whose given name tells no sex', () => {
    assert.deepStrictEqual(
      speakers(P('Councilwoman Jordan Pell voted against the plan. "The pool stays open," she said.')),
      ['Jordan Pell'],
    );
  });

  it('tells no sex by a `-man` office word, which news gives women too', () => {
    assert.deepStrictEqual(
      speakers(P('Harbour spokesman Hope Kral confirmed that the group had formed on its own. "They are not part of the campaign," she said.')),
      ['Hope Kral'],
    );
  });
});
