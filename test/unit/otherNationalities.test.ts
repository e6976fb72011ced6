// `The Slovenian finished ahead of Jens Holm. "...," the Dane said`: one person is one nationality. A description by
// nationality is not the person last called by another (`the Slovenian`), whom the search for `the Dane` had
// reached first; the Dane stays unnamed rather than wrong (issue 7). Invented text.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

const P = (...paragraphs: string[]) => paragraphs.join('\n\n');

describe('a description by nationality after another nationality', () => {
  it('is not the person the other nationality described', () => {
    const given = speakers(P('Tomaz Kranjc won the final time trial in Nice on Sunday. "It\'s incredible," Kranjc said.', 'The Slovenian finished six minutes ahead of Jens Holm, who crashed in April. "Three months ago I was in hospital," the Dane said.'));
    assert.deepStrictEqual(given, ['Tomaz Kranjc', 'the Dane']);
  });

  it('is still the person the same nationality described', () => {
    const given = speakers(P('Tomaz Kranjc won the final time trial in Nice on Sunday. "It\'s incredible," Kranjc said.', 'The Slovenian finished six minutes ahead of Jens Holm. "I gave everything," the Slovenian said.'));
    assert.deepStrictEqual(given, ['Tomaz Kranjc', 'Tomaz Kranjc']);
  });

  it('lets a Scot be called a Briton', () => {
    const given = speakers(P('Callum Reid won the final in Glasgow on Sunday. "It\'s a dream," Reid said.', 'The Scot beat Tomas Berg in four sets. "I felt at home," the Briton said.'));
    assert.deepStrictEqual(given, ['Callum Reid', 'Callum Reid']);
  });
});
