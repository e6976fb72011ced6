// Coverage of a territorial annexation as wire services, state agencies and live blogs write it, read on invented
// sentences: who the engine names for each quote.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('annexation coverage as wire copy and state agencies write it', function () {
  this.timeout(60_000);

  it('reads the name set off after a role at a place with its kind (`the head of the Tarsk region, Ivo Peskar,`) as the subject a pronoun means', () => {
    assert.deepStrictEqual(
      speakers('At the signing, the head of the Tarsk region, Ivo Peskar, thanked the minister. "We waited years for this day," he said.'),
      ['Ivo Peskar'],
    );
    assert.deepStrictEqual(
      speakers('The governor of the Ostra province, Ana Kral, praised the deal. "The bridge opens in May," she said.'),
      ['Ana Kral'],
    );
    // With no name set off, the pronoun still finds no one but the description.
    assert.deepStrictEqual(speakers('The governor of the Ostra province praised the deal. "The bridge opens in May," she said.'), ['The governor']);
  });
});
