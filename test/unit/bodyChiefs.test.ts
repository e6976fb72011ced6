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
  it('reads a secretary general or director general as the head of their body, initials with or without stops', () => {
    // Each had stayed a description: `general` was read as the office's head word (a military general's).
    assert.deepStrictEqual(speakers('Varnia Pact Secretary General Ivo Peskar spoke in Brussels.\n\n"This changes nothing," the Varnia Pact chief said.'), ['Ivo Peskar']);
    assert.deepStrictEqual(speakers('U.N. Secretary-General Ana Kral visited the port. "The war must end," the UN chief said.'), ['Ana Kral']);
    assert.deepStrictEqual(speakers('IAEA Director General Tom Reyes said the plant was safe. "We are playing with fire," the IAEA chief said.'), ['Tom Reyes']);
    // A secretary general is no general: `the general` stays the general the text names.
    assert.deepStrictEqual(speakers('Attorney General Ana Kral spoke. Gen. Ivo Peskar sat beside her. "We are ready," the general said.'), ['Ivo Peskar']);
  });

  it('gives a role labelling a headline\'s quote to the holder its lead names', () => {
    // Each had no speaker: a role was never taken for someone the text names only after it.
    assert.deepStrictEqual(speakers('Harbour Board spokesman: "No talks"\n\nHarbour Board spokesman Ivo Peskar told reporters on Monday there would be no talks.'), ['Ivo Peskar']);
    assert.deepStrictEqual(speakers('UN chief: "The war must end"\n\nU.N. Secretary-General Ana Kral said on Thursday that the talks had failed.'), ['Ana Kral']);
    // Not in a sentence of the body: a role stays no one the text names only later.
    assert.deepStrictEqual(speakers('The port reopened.\n\nThe Harbour Board spokesman said: "No talks."\n\nHarbour Board spokesman Ivo Peskar told reporters on Monday there would be none.'), ['The Harbour Board spokesman']);
  });
});
