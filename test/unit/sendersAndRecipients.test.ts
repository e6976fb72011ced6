// `A letter from Ana Kral to Ivo Marsh said`: the recipient after `to` is never the verb's subject; the sender is.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('a text from one person to another', () => {
  it('speaks for its sender, never its recipient', () => {
    assert.deepStrictEqual(speakers('A letter from Ana Kral to Ivo Marsh said the deadline was "final and binding."'), ['Ana Kral']);
    assert.deepStrictEqual(speakers('"The deadline is final," a letter from Ana Kral to Ivo Marsh said.'), ['Ana Kral']);
  });

  it('leaves a title that runs through `to`, and a journey from one place to another', () => {
    assert.deepStrictEqual(speakers('Ambassador to the UN Ana Kral said the deadline was "final and binding."'), ['Ana Kral']);
    assert.deepStrictEqual(speakers('Ana Kral went from Port Aldis to Dunmore and said the town was "dying on its feet."'), ['Ana Kral']);
  });
});
