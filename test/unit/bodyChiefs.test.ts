// `the Fed chief`, `the FBI head`: news calls whoever heads a body its chief, whatever the office's own title
// (`Fed Chair`, `FBI Director`). Invented names throughout.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('a body\'s chief', function () {
  this.timeout(60_000);

  it('gives `the X chief said` to the person the text gave X\'s chair, director or president', () => {
    // It had stayed a description: `chief` is no head the office's title shares.
    assert.deepStrictEqual(speakers('Harbour Board Chair Ana Kral spoke first.\n\n"We are in no hurry," the Harbour Board chief said.'), ['Ana Kral']);
    assert.deepStrictEqual(speakers('Ivo Peskar, the FBI director, spoke to reporters.\n\n"We will look into it," the FBI chief said.'), ['Ivo Peskar']);
  });

  it('never gives one body\'s chief the words of another body\'s head', () => {
    assert.deepStrictEqual(speakers('Ivo Peskar, the CIA director, spoke to reporters.\n\n"We will look into it," the FBI chief said.'), ['the FBI chief']);
  });
  it('gives `the governor said` to the person the text titled `Gov.`, as it does one titled `Governor`', () => {
    // It had stayed a description: the short title (`gov`) is no head `governor` shares.
    assert.deepStrictEqual(speakers('The vote came late. Gov. Ana Kral spoke first.\n\n"We are in no hurry," the governor said.'), ['Ana Kral']);
    assert.deepStrictEqual(speakers('Harbour State Sen. Ivo Peskar spoke first.\n\n"Why now?" the senator asked.'), ['Ivo Peskar']);
    assert.deepStrictEqual(speakers('The vote came late. Rep. Ivo Peskar spoke first.\n\n"We are in no hurry," the congressman said.'), ['Ivo Peskar']);
    // Whoever the text titled so, though someone else was named last; with two such, no one.
    assert.deepStrictEqual(speakers('Ivo Peskar met Sen. Ana Kral in Salem.\n\n"Why now?" the senator asked.'), ['Ana Kral']);
    assert.deepStrictEqual(speakers('Ivo Peskar met Sen. Ana Kral and Sen. Eva Lind.\n\n"Why now?" the senator asked.'), ['the senator']);
    // A short title of another office is not it.
    assert.deepStrictEqual(speakers('The vote came late. Sen. Ana Kral spoke first.\n\n"We are in no hurry," the governor said.'), ['the governor']);
  });
});
