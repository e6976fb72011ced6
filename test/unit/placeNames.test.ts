// Places and groups named after places are no people (issue 7): `New Hampshire` learnt as a person with a
// surname `Hampshire` took pronouns and quotes meant for the people around it. Invented sentences.
import * as assert from 'assert';
import { analyzeText } from '../../src/core';
import { findNames } from '../../src/core/attribution/findNames';
import { prepareText } from '../../src/core/text/prepareText';

function namesIn(text: string): Array<{ kind: string; name: string }> {
  return findNames(prepareText(text, 'plain', 'x')).map((n) => ({ kind: n.kind, name: n.words.join(' ') }));
}

describe('places and groups named after places', () => {
  it('never learns a state or a country as a person', () => {
    const names = namesIn('The count in New Hampshire ran late. Sen. Ruth Alder of Oregon, the only senator to back the plan, spoke in North Dakota.');
    const people = names.filter((n) => n.kind === 'person').map((n) => n.name);
    assert.deepStrictEqual(people, ['Ruth Alder']);
  });

  it('learns a name that ends in a place, with no title, as a group', () => {
    const names = namesIn('The ads were paid for by Progress Vermont and Liberty Ohio last week.');
    assert.deepStrictEqual(names.filter((n) => n.kind === 'person'), []);
    assert.ok(names.some((n) => n.kind === 'organisation' && n.name === 'Progress Vermont'));
  });

  it('never learns a party adjective as a surname', () => {
    assert.deepStrictEqual(namesIn('It was a good night for Presumptive Democratic hopefuls on Monday.').filter((n) => n.kind === 'person'), []);
  });

  it('keeps a titled person whose name ends the phrase', () => {
    assert.deepStrictEqual(namesIn('The count ran late, Gov. Ana Kral told reporters.').filter((n) => n.kind === 'person').map((n) => n.name), ['Ana Kral']);
  });

  it('takes a state that speaks for a government or group, not for a person', () => {
    const quote = analyzeText('"The rule is unlawful," Nebraska said in its filing on Monday.').quotes[0];
    assert.strictEqual(quote.speaker?.kind, 'organisation');
  });

  it('gives a pronoun the person, not the state named beside her', () => {
    const text = 'Dana Pell, a teacher, flew in on Monday. New Hampshire, she said, was "the hardest state of all."';
    assert.strictEqual(analyzeText(text).quotes[0].speaker?.name, 'Dana Pell');
  });
});
