// A lone capital the text itself writes as a place (`troops massed in Kessland`) speaks as a government or a town's
// body does, never as a person of that name; one the texts give a person's given name stays that person.
import * as assert from 'assert';
import { analyzeText } from '../../src/core';

const kinds = (text: string) => analyzeText(text).quotes.map((q) => (q.speaker ? `${q.speaker.kind} ${q.speaker.name}` : null));

describe('a lone capital the text writes as a place', () => {
  it('speaks as a body, never as a person', () => {
    assert.deepStrictEqual(kinds('Tensions rose as troops massed near the border in Kessland. "We will not be bullied," Kessland said in a statement.'), ['organisation Kessland']);
    assert.deepStrictEqual(kinds('Back in Helmstad, the mood was grim. "Nobody here trusts them," said Helmstad.'), ['organisation Helmstad']);
  });

  it('reads a name ending in a word for a valley or heights as a place, whom no `he` means', () => {
    assert.deepStrictEqual(kinds('Ivo Marsh grew up in Dunmore. Dunmore Valley, he said, was "a place that made me."'), ['person Ivo Marsh']);
    assert.deepStrictEqual(kinds('"It floods every spring," said Marlow Heights.'), ['organisation Marlow Heights']);
  });

  it('leaves a person the texts name in full, and a capital written after no preposition of place', () => {
    assert.deepStrictEqual(kinds('Ana Kral spoke first. Voters have lost faith in Kral. "We will win," Kral said.'), ['person Ana Kral']);
    assert.deepStrictEqual(kinds('Kessland spoke first. "We will win," Kessland said.'), ['person Kessland']);
  });
});
