// A person whose surname is a word that ends a place's or a body's name (`Jenna Park`, `Mark Hall`) is a person when
// a given name opens the name and the name speaks; the same words as a place in narration (`at Grace Church`,
// `Victoria Park`) stay a place, and pronouns never go to it; with nothing that tells a person (a title, an appositive,
// `he`/`she`), a body that speaks stays a body. Invented texts.
import * as assert from 'assert';
import { analyzeText, checkDraft } from '../../src/core';
import { indexOf } from '../support/memoryCorpus';

function speakerOf(text: string): Array<{ kind: string; name: string } | null> {
  return analyzeText(text).quotes.map((q) => (q.speaker ? { kind: q.speaker.kind, name: q.speaker.name } : null));
}

describe('surnames that are words for a place or a body', () => {
  it('reads a given name and such a surname that speak as a person, and the surname alone later as that person', () => {
    assert.deepStrictEqual(
      speakerOf('Councillor Jenna Park said the lanes would open in spring.\n\n"We have waited long enough for safe streets," Park said.'),
      [{ kind: 'person', name: 'Jenna Park' }],
    );
    assert.deepStrictEqual(
      speakerOf('Ana House, a parent, said the teacher was loved.\n\n"They came home with a new story every day," House said.'),
      [{ kind: 'person', name: 'Ana House' }],
    );
    assert.deepStrictEqual(speakerOf('"Half my customers come by car," said Mark Hall, who runs the bakery.'), [{ kind: 'person', name: 'Mark Hall' }]);
  });

  it('never gives such a person the words of the body a determiner names (`the Church said`)', () => {
    const text = 'Tom Church, a vicar, said the roof leaked.\n\n"We need help," Church said.\n\nThe Church said it would pay. "Repairs start soon," the Church said.';
    assert.deepStrictEqual(speakerOf(text).map((s) => s?.kind), ['person', 'organisation']);
  });

  it('checks such a person\'s words for misattribution in a draft', () => {
    const index = indexOf({ lanes: 'Councillor Jenna Park said the lanes would open in spring.\n\n"We have waited long enough for safe streets and quiet roads," Park said.' });
    const found = checkDraft('"We have waited long enough for safe streets and quiet roads," Ivo Brandt said.', index).findings.filter((f) => f.code === 'misattributed-quote');
    assert.deepStrictEqual(found.map((f) => f.sourceSpeaker), ['Jenna Park']);
  });

  it('keeps the words a place or a body where the text writes them as one, or a determiner opens them', () => {
    const text = 'The service was held at Grace Church on Friday.\n\nGrace Church said in a statement that its doors would stay open. "All are welcome here," it said.';
    assert.notDeepStrictEqual(speakerOf(text)[0]?.kind, 'person');
    assert.notDeepStrictEqual(speakerOf('"The doors stay open to all," the Grace Church said in a statement.')[0]?.kind, 'person');
    // Nothing tells a person: a body may speak (`"...," Grace Church said`).
    assert.notDeepStrictEqual(speakerOf('"All are welcome here," Grace Church said.')[0]?.kind, 'person');
  });

  it('gives no pronoun to a place in narration named like a person (`Victoria Park`, `Lincoln Park`)', () => {
    assert.deepStrictEqual(
      speakerOf('Ana Kral walked through Victoria Park with her son on Sunday.\n\nVictoria Park was busy. "It was the first warm day of the year," she said.'),
      [{ kind: 'person', name: 'Ana Kral' }],
    );
    assert.deepStrictEqual(
      speakerOf('Ivo Lenz ran the race in Lincoln Park.\n\nLincoln Park had never held one. "The course was flat and fast," he said.'),
      [{ kind: 'person', name: 'Ivo Lenz' }],
    );
  });
});

describe('surnames that are words for a place or a body: a long appositive before the speech verb', () => {
  it('reads `Helen Park, a water scientist at Marlow College who tested the samples, said` as a person, and `Park said` as her', () => {
    const text = 'Helen Park, a water scientist at Marlow College who tested the samples for the village, said the wells were unsafe.\n\n"Nobody should drink from them," Park said.';
    assert.deepStrictEqual(speakerOf(text), [{ kind: 'person', name: 'Helen Park' }]);
  });

  it('still leaves a body with a long aside and no word for a person a body', () => {
    const text = 'Grace Church, which was built in 1820 and restored with money from the village, said it would open on Sunday.\n\n"All are welcome," Grace Church said.';
    assert.deepStrictEqual(speakerOf(text).map((s) => s?.kind), ['organisation']);
  });
});

describe('surnames that are words for a place or a body: a doctor\'s or professor\'s title', () => {
  it('reads `Dr. Park said` and `Prof Hall said` as the person named in full before, not as a park or a hall', () => {
    const text = 'Helen Park, a water scientist, said the wells were unsafe.\n\n"Nobody should drink from those wells," Dr. Park said.\n\nMark Hall, who teaches geology, said the rock was to blame.\n\n"The rock is soft there," Prof Hall said.';
    assert.deepStrictEqual(speakerOf(text), [{ kind: 'person', name: 'Helen Park' }, { kind: 'person', name: 'Mark Hall' }]);
  });
});
