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

  it('never takes a place after `in` or `at` as the speaker: the subject is who stands there', () => {
    const speaker = (text: string) => analyzeText(text).quotes[0].speaker;
    // A person with a place: the person.
    assert.strictEqual(speaker('Ana Kral in Port Aldis said the turnout was "lower than feared".')?.name, 'Ana Kral');
    // A description with a place or an institution: a description, never a person or body named by the place.
    for (const text of [
      'A professor at Harbourton said the results were "striking".',
      'The head of the health service in Eastland has said hospitals face "the toughest winter yet".',
      'A spokesman for the government in Port Aldis said the city faced "a hard winter".',
      'Our correspondent in Port Aldis said the mood was "grim".',
    ]) {
      const found = speaker(text);
      assert.ok(!found || found.kind === 'description', `${text} gave ${found?.kind} ${found?.name}`);
      assert.ok(!found || !/Aldis|Eastland|Harbourton/.test(found.name), `${text} gave ${found?.name}`);
    }
    // A body with a place: the body. People at a body: the body speaks through them, as before.
    assert.strictEqual(speaker('The Harbour Embassy in Port Aldis said the talks were "useful".')?.name, 'Harbour Embassy');
    assert.strictEqual(speaker('Experts at the Harbour Institute said the files were "forged".')?.name, 'Harbour Institute');
  });
});
