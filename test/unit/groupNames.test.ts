// Junk person records (issue 7): a party's, chamber's or outlet's word learnt as part of someone's name
// (`North Dakota Republican Bette Grande` as one person) or an organisation learnt as a person (`Indiana GOP`,
// `Principles PAC`) gave wrong speakers and wrong pronoun answers. Invented sentences.
import * as assert from 'assert';
import { analyzeText } from '../../src/core';
import { findNames } from '../../src/core/attribution/findNames';
import { prepareText } from '../../src/core/text/prepareText';

function people(text: string): string[] {
  return findNames(prepareText(text, 'plain', 'x'))
    .filter((n) => n.kind === 'person')
    .map((n) => n.words.join(' '));
}

function organisations(text: string): string[] {
  return findNames(prepareText(text, 'plain', 'x'))
    .filter((n) => n.kind === 'organisation')
    .map((n) => n.words.join(' '));
}

describe('organisations and the words before a name', () => {
  it('reads a place and a party before a full name as what describes the person, not as their name', () => {
    assert.deepStrictEqual(people('The vote ran late, and Oregon Republican Ana Kral left early.'), ['Ana Kral']);
    assert.deepStrictEqual(people('The panel heard from House Democrat Ivo Brandt on Monday.'), ['Ivo Brandt']);
  });

  it('reads an outlet or a chamber before a full name as a modifier', () => {
    assert.deepStrictEqual(people('The segment ran on Harbor News Dana Pell and her guests.'), ['Dana Pell']);
    assert.deepStrictEqual(people('It passed after Senate Majority Whip Tom Reyes spoke.'), ['Tom Reyes']);
  });

  it('learns a name with a party or organisation word in it as an organisation, never a person', () => {
    const text = 'The Ohio GOP and the Harbor PAC paid for it, with Renewal USA and the Lake Fund Coalition.';
    assert.deepStrictEqual(people(text), []);
    assert.deepStrictEqual(organisations(text).sort(), ['Harbor PAC', 'Lake Fund Coalition', 'Ohio GOP', 'Renewal USA']);
  });

  it('learns a name whose capitals are beyond ASCII, after a space or a no-break space', () => {
    assert.deepStrictEqual(people('the prize went to \u00C9lodie \u00D8stergaard.'), ['\u00C9lodie \u00D8stergaard']);
    assert.deepStrictEqual(people('the prize went to\u00A0\u00C9lodie\u00A0\u00D8stergaard.'), ['\u00C9lodie \u00D8stergaard']);
  });

  it('keeps a person whose name ends in a numeral or is written in capitals', () => {
    assert.deepStrictEqual(people('The talk by Ivo Brandt III ran long.'), ['Ivo Brandt III']);
  });

  it('keeps a person whose name ends in post-nominal letters (a member, an honour), as British and Irish news write it', () => {
    for (const [text, name] of [
      ['"This budget fails every family in the north," said Ana Kral MP.', 'Ana Kral MP'],
      ['"We will open the shelter in May," said Ruth Alder OBE, its founder.', 'Ruth Alder OBE'],
    ]) {
      const speaker = analyzeText(text).quotes[0].speaker;
      assert.deepStrictEqual([speaker?.name, speaker?.kind], [name, 'person']);
    }
  });

  it('never gives a pronoun to an organisation learnt from a name', () => {
    const text = 'Harbor PAC ran the ads last week. "We will win this state," she said.';
    const speaker = analyzeText(text).quotes[0].speaker;
    assert.ok(!speaker || !/PAC/.test(speaker.name), `gave ${speaker?.name}`);
  });

  it('gives a quote after a described name to the person, not to the description', () => {
    const quote = analyzeText('"We have the votes," said Oregon Republican Ana Kral on Monday.').quotes[0];
    assert.strictEqual(quote.speaker?.name, 'Ana Kral');
  });
});
