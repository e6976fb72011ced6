// `The union, through its president, Ivo Peskar, threatened a strike`: a body acting through an officer it names, as
// Nigerian, Indian and Kenyan copy reports a party's or union's stand. Invented sentences.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('a body acting through its officer', () => {
  it('gives a later pronoun to the officer, never to a person named sentences before', () => {
    const text = 'Governor Ana Kral said the states had no money. The workers\' congress, through its President, Comrade Ivo Peskar, threatened a strike. "If the salaries are not paid, we will down tools," he said.';
    assert.deepStrictEqual(speakers(text), ['Ivo Peskar']);
    const party = 'Ivo Peskar said the count was fair. The party, through its national publicity secretary, Ana Kral, rejected the result. "We are going to court," she said.';
    assert.deepStrictEqual(speakers(party), ['Ana Kral']);
  });

  it('reads no officer where the commas hold no full name', () => {
    const text = 'Ivo Peskar said the count was fair. The union, through its branches in Lagos and Kano, rejected the result. "We are going to court," he said.';
    assert.notDeepStrictEqual(speakers(text), ['Kano']);
  });
});
