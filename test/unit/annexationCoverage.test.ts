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

  it('gives a `he said` to a lone surname that spoke after an aside on the occasion (`Peskar, speaking in his nightly address, said`), not to a man named before', () => {
    const text = 'Ivo Kral criticised the generals. "They failed," Kral wrote.\n\nPeskar, speaking in his nightly address, said the flag flew over the town.\n\n"More flags will follow," he said.';
    assert.deepStrictEqual(speakers(text), ['Ivo Kral', 'Peskar']);
    assert.deepStrictEqual(
      speakers('Ivo Kral criticised the generals. "They failed," Kral wrote.\n\nPeskar, in a statement, said the town was free.\n\n"More flags will follow," he said.'),
      ['Ivo Kral', 'Peskar'],
    );
  });

  it('names no one for a `he said` after a lone surname that acts after a short aside (`Peskar, visibly tired, told the nation`), never a man named before', () => {
    assert.deepStrictEqual(speakers('Ivo Kral criticised the generals.\n\nPeskar, visibly tired, told the nation the town was free.\n\n"More flags will follow," he said.'), [null]);
    assert.deepStrictEqual(speakers('Ivo Kral criticised the generals.\n\nPeskar, in his address, thanked the soldiers.\n\n"More flags will follow," he said.'), [null]);
    // With no capital acting between them, the pronoun still finds the man named before.
    assert.deepStrictEqual(speakers('Ivo Kral criticised the generals.\n\nThe town, by all accounts, was free.\n\n"More flags will follow," he said.'), ['Ivo Kral']);
  });
});
