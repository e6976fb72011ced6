// Each form of a speech verb of the lexicon reads as one, including the verbs that double their last consonant
// (`admitted`, `bragging`, `concurred`) and those in -o (`echoes`).
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('forms of speech verbs', () => {
  it('reads the bare form after `a` and a word for no person as a noun, so the sentence’s subject speaks', () => {
    assert.deepStrictEqual(speakers('Ana Reyes delivered a snappy retort: "No one is closing the quay this winter."'), ['Ana Reyes']);
    assert.deepStrictEqual(speakers('Ivo Kral offered a Reyes-style reply on the fees, writing to her, "you are wrong about the dredging."'), ['Ivo Kral']);
    // A person's noun keeps its verb, and so does a form that has no -s of its own (`said`).
    assert.deepStrictEqual(speakers('"The quay stays open," a harbour spokesman said.'), ['a harbour spokesman']);
    assert.deepStrictEqual(speakers('"The quay stays open," an aide replied.'), ['an aide']);
  });

  it('reads the past and participle of a verb that doubles its consonant', () => {
    assert.deepStrictEqual(speakers('"We were friends for some time, nothing more than that," Ivo Kral admitted on Monday.'), ['Ivo Kral']);
    assert.deepStrictEqual(speakers('Ana Reyes bragged that the port had "the busiest quay in the whole north of the country."'), ['Ana Reyes']);
    assert.deepStrictEqual(speakers('"The council will have to find the money somewhere else this year," concurred Ana Reyes.'), ['Ana Reyes']);
  });

  it('reads verbs that go on with or explain what was said (`she elaborated`, `he clarified`, `confided`)', () => {
    assert.deepStrictEqual(speakers('Ana Reyes spoke first. "The way I see it," she elaborated, "no one ever questioned the quay."'), ['Ana Reyes', 'Ana Reyes']);
    assert.deepStrictEqual(speakers('"I meant the old quay, not the new one," Ivo Kral clarified.'), ['Ivo Kral']);
    assert.deepStrictEqual(speakers('"I never wanted the job," Ana Reyes confided to friends.'), ['Ana Reyes']);
  });

  it('reads the -es form of a verb in -o', () => {
    assert.deepStrictEqual(speakers('"The council will have to find the money somewhere else this year," Ana Reyes echoes.'), ['Ana Reyes']);
  });

  it('reads words sent by radio, text or email as said (`radioed`, `texted`, `emailed`)', () => {
    assert.deepStrictEqual(speakers('The capsule came down at dawn. "What a ride," Ana Reyes radioed to mission control.'), ['Ana Reyes']);
    assert.deepStrictEqual(speakers('"I am safe and on the last train," Ivo Kral texted his sister.'), ['Ivo Kral']);
    assert.deepStrictEqual(speakers('"We have no further comment," Ana Reyes emailed on Friday.'), ['Ana Reyes']);
  });

  it('reads a word sent in the present before a colon and a quote as said (`Reader Ana Reyes emails: "..."`)', () => {
    assert.deepStrictEqual(speakers('Reader Ana Reyes emails: "The ferry timetable has not changed since 1998."'), ['Ana Reyes']);
    assert.deepStrictEqual(speakers('Ivo Kral texts: "Running late, start without me."'), ['Ivo Kral']);
    // Elsewhere the word is a noun, which says nothing: the quote is no one's.
    assert.deepStrictEqual(speakers('Ana Reyes said little. Her emails: "Meeting moved to Friday."'), [null]);
  });
});

describe('calling a thing off', () => {
  it('reads `called off` as no speech verb: the quote is the reporters\'', () => {
    const text = 'Ivo Peskar flew home on Friday. Harbor officials said Peskar had called off the visit because the ship\'s presence was "a plain breach of our waters."';
    assert.deepStrictEqual(speakers(text), ['Harbor officials']);
  });
});
