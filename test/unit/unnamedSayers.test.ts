// `A dock supplier in Fenwick, speaking on condition of anonymity, said orders had halved. "...," he said`: someone
// brought in without a name who says something is the nearest subject the pronoun after can mean. The words stay
// unattributed rather than going to the person named before, whom the pronoun had reached when no word list knew the
// noun (`supplier`) or the subject was a bare `One,` (issue 7). Invented text.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

const P = (...paragraphs: string[]) => paragraphs.join('\n\n');

describe('a pronoun after someone unnamed who said something', () => {
  it('gives no name when the noun is one no list knows', () => {
    assert.deepStrictEqual(
      speakers(P('Minister Tomas Berg said the port would reopen. "We are ready," he said.', 'A dock supplier in Fenwick, speaking on condition of anonymity, said orders had halved. "We have cut the night shift," he said. "Everyone here depends on the port."')),
      ['Tomas Berg', null, null],
    );
  });

  it('gives no name for `One,` described in an aside', () => {
    assert.deepStrictEqual(
      speakers(P('Its chief executive, Mara Quint, said the decision was painful. "We did not take it lightly," she said.', 'Outside the head office, staff carried boxes to their cars. One, a 31-year-old clerk in the mortgage team, said she had heard the news on the radio. "Nobody told us anything," she said.')),
      ['Mara Quint', null],
    );
  });

  it('gives no name for `one of` a group', () => {
    assert.deepStrictEqual(
      speakers(P('Minister Tomas Berg said the port would reopen. "We are ready," he said.', 'One of the dockers said the minister had not visited. "He never comes here," he said.')),
      ['Tomas Berg', null],
    );
  });

  it('gives no body named before to a singular `they`', () => {
    const given = speakers(P('The Trade Council, an industry group, said in a statement it was "deeply concerned" by the rule.', 'An executive at one logistics firm, who spoke on condition of anonymity because the firm had taken no public position, said the rule was "workable." "We already check most of this," they told the Gazette.'));
    assert.strictEqual(given[0], 'Trade Council');
    assert.notStrictEqual(given[2], 'Trade Council');
  });

  it('gives no name when a capital describes the unnamed one (`A Fenwick trader`, `a Kelport-based exporter`)', () => {
    // Each had gone to Tomas Berg: the capital before the noun had hidden the unnamed subject, and the last guess passed it.
    assert.deepStrictEqual(
      speakers(P('"The first round of tariffs is small," said Tomas Berg, an economist at Fenwick Bank.', 'A Kelport-based exporter of kitchen appliances said buyers had already asked for discounts. "They want us to eat the tariff," he said.')),
      ['Tomas Berg', null],
    );
    assert.deepStrictEqual(
      speakers(P('"The first round of tariffs is small," said Tomas Berg, an economist at Fenwick Bank.', 'A Fenwick trader said the mood was grim. "Nobody is buying," he said.')),
      ['Tomas Berg', null],
    );
  });

  it('still gives the words to a named subject after an article and an adjective', () => {
    assert.deepStrictEqual(
      speakers(P('Minister Tomas Berg said the port would reopen. "We are ready," he said.', 'A smiling Berg said later that the cranes were fixed. "They work again," he said.')),
      ['Tomas Berg', 'Tomas Berg'],
    );
  });

  it('gives no name when the unnamed sayer closes the sentence before', () => {
    assert.deepStrictEqual(
      speakers(P('Minister Tomas Berg said the port would reopen. "We are ready," he said.', 'At the harbour clinic, the generators started within seconds, a clinic spokesman said. "Patients were never at risk," he said.')),
      ['Tomas Berg', null],
    );
    assert.deepStrictEqual(
      speakers(P('Minister Tomas Berg said the port would reopen. "We are ready," he said.', 'The generators started within seconds, said a clinic spokesman. "Patients were never at risk," he said.')),
      ['Tomas Berg', null],
    );
  });

  it('still reaches a named subject past a sentence that closes with a named sayer', () => {
    assert.deepStrictEqual(
      speakers(P('Minister Tomas Berg said the port would reopen.', 'The generators started within seconds, Berg said. "Patients were never at risk," he said.')),
      ['Tomas Berg'],
    );
  });
});
