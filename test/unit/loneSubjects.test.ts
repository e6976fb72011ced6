// `"...," Kral said. Berg rejected the offer. "...," he said.`: a surname the text only ever uses alone, acting as a
// sentence's subject, stands between a pronoun and the speaker before it. It may be the one the pronoun means, or no
// person at all (`Harbor rejected`): the pronoun must never reach past it to the earlier speaker (issue 7).
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('a pronoun after a lone surname acting as a subject', () => {
  it('does not go past the lone subject to the speaker before it', () => {
    const text = '"We will not sign this," Kral said. Berg rejected the offer. "It is far too little," he said.';
    assert.deepStrictEqual(speakers(text), ['Kral', null]);
  });

  it('goes to the subject when both are named in full, as before', () => {
    const text = '"We will not sign this," Ivo Kral said. Tom Berg rejected the offer. "It is far too little," he said.';
    assert.deepStrictEqual(speakers(text), ['Ivo Kral', 'Tom Berg']);
  });

  it('does not go past the lone subject with she either', () => {
    const text = '"We will not sign this," Kral said. Berg rejected the offer. "It is far too little," she said.';
    assert.deepStrictEqual(speakers(text), ['Kral', null]);
  });

  it('makes no person of a word that may be an organisation, and gives the pronoun no one', () => {
    const text = '"We will not sign this," Kral said. Harbor rejected the offer. "It is far too little," he said.';
    assert.deepStrictEqual(speakers(text), ['Kral', null]);
  });

  it('does not go past it to someone who spoke without a quote, nor across a paragraph', () => {
    const reported = 'Kral said the port would wait for the vote. Berg rejected the offer. "It is far too little," he said.';
    assert.deepStrictEqual(speakers(reported), [null]);
    const paragraphs = '"We will not sign this," Kral said.\n\nOn Monday, Berg rejected the offer. "It is far too little," he said.';
    assert.deepStrictEqual(speakers(paragraphs), ['Kral', null]);
  });

  it('still reaches a lone surname the text shows speaking', () => {
    const text = '"We will not sign this," Kral said. "Nor will we," Berg said. Berg rejected the offer. "It is far too little," he said.';
    assert.deepStrictEqual(speakers(text), ['Kral', 'Berg', 'Berg']);
  });

  it('reads past the subject of reported words that a pronoun attributes', () => {
    const text = 'Ana Kral runs the port authority. Things have changed over the years, she says, since the strike. "You can lose a contract in a minute," she said.';
    assert.deepStrictEqual(speakers(text), ['Ana Kral']);
  });

  it('does not guess past it at someone the sentence before names outside its subject', () => {
    const text = 'The award went to Tomas Berg last year. Pavlo scored twice. "I dreamed of this as a boy," he said.';
    assert.deepStrictEqual(speakers(text), [null]);
  });

  it('does not go past a lone subject with a clause about it before its verb', () => {
    const text = '"We suffered a lot," coach Ivo Marek said.\n\nPavlo, who came off the bench to score twice, could hardly believe it. "I dreamed of this as a boy," he said.';
    assert.deepStrictEqual(speakers(text), ['Ivo Marek', null]);
  });

  it('still guesses past a word that opens a sentence but names no one', () => {
    const text = 'The award went to Tomas Berg last year. None has played better since. "I dreamed of this as a boy," he said.';
    assert.deepStrictEqual(speakers(text), ['Tomas Berg']);
  });
});
