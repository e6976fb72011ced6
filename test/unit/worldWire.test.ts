// World news as wire services, official transcripts, briefings and regional papers write it, read on invented
// sentences: who the engine names for each quote, and that it names no one where the text does not.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('world news as wire copy, transcripts and briefings write it', function () {
  this.timeout(60_000);

  it('reads a `continue` that takes an object as no speech verb, so the reported clause keeps its speaker', () => {
    assert.deepStrictEqual(speakers('Foreign Minister Ana Kral said Ankara will continue its efforts for "a just and lasting peace."'), ['Ana Kral']);
    assert.deepStrictEqual(speakers('Ivo Peskar said Turkey would continue the talks with "all the partners who want them."'), ['Ivo Peskar']);
    // Continuing to speak is still speech.
    assert.deepStrictEqual(speakers('Ivo Peskar spoke first. "We are ready," he continued.'), ['Ivo Peskar']);
  });
});
