// A one-word name set off after a relative's noun (`The boy's mother, Kalinda,`, `The Reids' son, Shay,`) is a person
// of the noun's sex: a later `she says` / `he said` may mean them, and the quote is not handed back to a doctor or
// an officer of that sex named before. Invented text.
import * as assert from 'assert';
import { analyzeText } from '../../src/core';

function lastSpeaker(text: string): string | null {
  const quotes = analyzeText(text).quotes;
  return quotes[quotes.length - 1].speaker?.name ?? null;
}

describe('a one-word name set off after a relative', () => {
  it("gives `The girl's mother, Kalinda, ... she says` to Kalinda, not to the woman doctor quoted before", () => {
    const text = 'Dr Meena Rao operates on Sundays. "Every one is the first," she says.\n\nThe girl\'s mother, Kalinda, has waited in the corridor since dawn. "They told me to come on Sunday," she says.';
    assert.strictEqual(lastSpeaker(text), 'Kalinda');
  });

  it("gives `The Reids' son, Shay, disputed that. ... he said` to Shay, not to the officer quoted before", () => {
    const text = 'Sergeant Tom Hale said the river rose quickly. "Mr Reid wore no life jacket," he told the court.\n\nThe Reids\' son, Shay, disputed that. "Dad always wore one," he said outside court.';
    assert.strictEqual(lastSpeaker(text), 'Shay');
  });
});
