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
});
