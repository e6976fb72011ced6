// How a registered name is spelt and which spelling a record shows: the name a user reads in every finding.
import * as assert from 'assert';
import { bestSpelling, organisationSpelling, personSpelling } from '../../src/core/attribution/registeredSpellings';

describe('registered spellings', () => {
  it('notes a name without its possessive, straight or curly, and leaves every other ending as written', () => {
    assert.strictEqual(personSpelling(['Vladimir', 'Putin’s']), 'Vladimir Putin');
    assert.strictEqual(personSpelling(['Ana', "Kral's"]), 'Ana Kral');
    assert.strictEqual(personSpelling(['Chris', "Jones'"]), 'Chris Jones');
    assert.strictEqual(personSpelling(['Chris', 'Jones’']), 'Chris Jones');
    assert.strictEqual(personSpelling(['James', 'Ross']), 'James Ross');
    assert.strictEqual(personSpelling(["O'Neill", 'Paris']), "O'Neill Paris");
    assert.strictEqual(personSpelling(['Ali', "Ma's", 'S']), "Ali Ma S");
    assert.strictEqual(personSpelling(["'s", 's', "'"]), ' s ');
    assert.strictEqual(organisationSpelling(['The', 'Dock', 'Workers’', 'Union’s']), 'Dock Workers Union');
  });

  it('shows the spelling of most words, then the one written most often', () => {
    assert.strictEqual(bestSpelling(new Map([['Putin', 9], ['Vladimir Putin', 2], ['Putin V', 1]])), 'Vladimir Putin');
    assert.strictEqual(bestSpelling(new Map([['Vladimir Putin', 1], ['Vladimir V. Putin', 1], ['V. Putin', 5]])), 'Vladimir V. Putin');
    assert.strictEqual(bestSpelling(new Map([['Kral', 1], ['Krall', 3]])), 'Krall');
    assert.strictEqual(bestSpelling(new Map([['Krall', 3], ['Kral', 3]])), 'Krall');
    assert.strictEqual(bestSpelling(new Map()), '');
  });
});
