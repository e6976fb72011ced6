// A draft's registry sits on the corpus registry: it sees the corpus's people, and the people it learns stay its own
// (a registry shares one set of empty tables until its first write; see registryTables.ts).
import * as assert from 'assert';
import { SpeakerRegistry } from '../../src/core/attribution/speakerRegistry';
import { joinWords } from '../../src/core/attribution/nameMatching';

describe('registries of drafts on one corpus registry', () => {
  it('keeps the people, roles and display names one draft learns from the corpus and from every other draft', () => {
    const corpus = new SpeakerRegistry();
    const putin = corpus.addPerson(['Vladimir', 'Putin'], 'a');
    const first = corpus.child();
    const second = corpus.child();
    assert.strictEqual(second.lookupName(['Putin']), putin, 'a draft that learnt nobody still sees the corpus');
    const kral = first.addPerson(['Ana', 'Kral'], null);
    first.addRole(kral, ['the', 'mayor']);
    assert.strictEqual(first.lookupName(['Kral']), kral);
    assert.strictEqual(first.lookupRole(['the', 'mayor']), kral);
    assert.strictEqual(first.toSpeaker(kral).name, 'Ana Kral');
    for (const other of [corpus, second, corpus.child()]) {
      assert.strictEqual(other.lookupName(['Kral']), null);
      assert.strictEqual(other.lookupRole(['the', 'mayor']), null);
      assert.strictEqual(other.size, 1);
    }
    const reyes = second.addPerson(['Dana', 'Reyes'], null);
    assert.strictEqual(second.lookupName(['Reyes']), reyes);
    assert.strictEqual(first.lookupName(['Reyes']), null);
    assert.strictEqual(second.toSpeaker(putin).name, 'Vladimir Putin');
  });

  it('finds people of one, two and three words through a chain, their words joined as a plain join joins them', () => {
    // A look-up joins a name's words at each registry of the chain; a lone word is taken as it is.
    for (const words of [[], ['kral'], ['ana', 'kral'], ['ana', 'maria', 'kral']]) {
      assert.strictEqual(joinWords(words), words.join(' '));
      assert.strictEqual(joinWords(words, '\u0000'), words.join('\u0000'));
      if (words.length > 1) assert.strictEqual(joinWords(words, ' ', 0, words.length - 1), words.slice(0, -1).join(' '));
    }
    const corpus = new SpeakerRegistry();
    const maria = corpus.addPerson(['Ana', 'Maria', 'Kral'], 'a');
    const ivo = corpus.addPerson(['Ivo', 'Peskar'], 'a');
    const window = corpus.child().child();
    assert.strictEqual(window.lookupName(['Ana', 'Maria', 'Kral']), maria);
    assert.strictEqual(window.lookupName(['Ana', 'Kral']), maria);
    assert.strictEqual(window.lookupName(['Peskar']), ivo);
    assert.strictEqual(window.toSpeaker(maria).name, 'Ana Maria Kral');
  });
});
