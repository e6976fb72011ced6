// A sentence opened by `Quoting X,` hands on X's words: its subject quotes them and never says them.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('sentences opened by a clause of quoting', () => {
  it('gives the quote to the person quoted, not to the subject who quotes them', () => {
    assert.deepStrictEqual(speakers('Quoting Ivo Peskar, Harbour Minister Ana Kral told delegates that "the sea does not wait for anyone".'), ['Ivo Peskar']);
  });

  it('gives the quote to no one when what is quoted is a text or unnamed', () => {
    assert.deepStrictEqual(speakers('Quoting a report by the harbour council, Ana Kral said the port was "in serious trouble this winter".'), [null]);
    assert.deepStrictEqual(speakers('Quoting from memory, Ana Kral said: "The sea does not wait for anyone."'), [null]);
  });

  it('still gives the subject the words after a clause of citing evidence', () => {
    assert.deepStrictEqual(speakers('Citing a poll, Ana Kral said the party was "in serious trouble this winter".'), ['Ana Kral']);
  });
});
