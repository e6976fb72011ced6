// The eval's catch-rate measure (test/eval/draftSwaps.ts) on invented articles: the name the engine read for a
// quote's speaker is swapped for another person's, and the altered draft should get a misattributed-quote.
import * as assert from 'assert';
import { checkDraft } from '../../src/core';
import { emptyTally, otherPerson, speakingPeople, swapSpeakerName, trySwaps } from '../eval/draftSwaps';
import { article, indexOf } from '../support/memoryCorpus';

const SOURCES = {
  bridge: 'Mayor Lena Ortiz opened the bridge.\n\n"The bridge reopens on Monday and the ferries will run all night," Ortiz said.\n\n"We cannot afford a second bridge this decade," said council leader Dan Reyes.',
  harbour: 'Dan Reyes toured the harbour.\n\n"Our harbour will be the busiest port in the north by spring," Reyes said.\n\n"The ferries will stay," Lena Ortiz said.',
};

describe('the eval catch-rate swap', () => {
  it('swaps every word of the name in the mention and its sentence, never inside a quotation', () => {
    const text = 'Lena Ortiz, whom Ortiz\'s aides call "Ortiz the builder", said: "The bridge reopens."';
    const mention = { start: 0, end: 'Lena Ortiz'.length };
    const quoted = [{ start: text.indexOf('"Ortiz'), end: text.indexOf('builder"') + 8 }];
    const swapped = swapSpeakerName(text, mention, { start: 0, end: text.length }, 'Dan Reyes', quoted);
    assert.strictEqual(swapped?.text, 'Dan Reyes, whom Reyes\'s aides call "Ortiz the builder", said: "The bridge reopens."');
    assert.strictEqual(swapped.moved(text.indexOf('The bridge')), swapped.text.indexOf('The bridge'));
    assert.strictEqual(swapSpeakerName('The mayor said: "No."', { start: 0, end: 9 }, { start: 0, end: 21 }, 'Dan Reyes'), null);
  });

  it('picks a speaking person sharing no name word with either speaker, the same one each run', () => {
    const index = indexOf(SOURCES);
    const people = speakingPeople(index, ['bridge', 'harbour']);
    assert.deepStrictEqual(people.map((p) => p.name), ['Dan Reyes', 'Lena Ortiz']);
    const ortiz = people[1];
    assert.strictEqual(otherPerson(people, 'a@1', ortiz)?.name, 'Dan Reyes');
    assert.strictEqual(otherPerson(people, 'b@7', ortiz)?.name, 'Dan Reyes');
    assert.strictEqual(otherPerson(people, 'a@1', ortiz, people[0]), null);
  });

  it('counts a swap caught when the altered draft gets a misattributed-quote, by form', () => {
    const index = indexOf(SOURCES);
    const people = speakingPeople(index, ['bridge', 'harbour']);
    const draft = article('draft', 'Lena Ortiz said on Friday: "The bridge reopens on Monday and the ferries will run all night."\n\n"We cannot afford a second bridge this decade," Reyes said.');
    const tally = emptyTally();
    trySwaps(draft, checkDraft(draft.text, index), index, people, 'markdown', tally);
    assert.strictEqual(tally.made, 2);
    assert.strictEqual(tally.caught, 2);
    assert.deepStrictEqual(Object.keys(tally.byForm).sort(), ['after', 'before']);
  });

  it('counts a short phrase missed, since its words identify no one utterance', () => {
    const index = indexOf(SOURCES);
    const people = speakingPeople(index, ['bridge', 'harbour']);
    const draft = article('draft', 'Lena Ortiz promised that "the ferries will stay."');
    const tally = emptyTally();
    trySwaps(draft, checkDraft(draft.text, index), index, people, 'markdown', tally);
    assert.strictEqual(tally.made, 1);
    assert.strictEqual(tally.caught, 0);
    assert.deepStrictEqual(tally.byLength, { shorter: { made: 1, caught: 0 } });
  });

  it('swaps a pronoun’s speaker where the draft last names them, for a person of the same sex', () => {
    const index = indexOf({
      ...SOURCES,
      harbour: 'Dan Reyes said he toured the harbour.\n\n"Our harbour will be the busiest port in the north by spring," Reyes said.',
      port: 'Ivo Kral said he runs the port.\n\n"The cranes are old," Kral said.',
      dock: 'Ivo Kral spoke at the dock.\n\n"The dock is busy," Kral said.',
    });
    const people = speakingPeople(index, ['bridge', 'harbour', 'port', 'dock']);
    const draft = article('draft', 'Council leader Dan Reyes spoke on Friday.\n\n"We cannot afford a second bridge this decade," he said.');
    const tally = emptyTally();
    trySwaps(draft, checkDraft(draft.text, index), index, people, 'markdown', tally);
    assert.deepStrictEqual(tally.byForm, { 'after by pronoun': { made: 1, caught: 1, identifying: 1, identifyingCaught: 1 } });
  });
});
