// Bodies that speak: named once in full (`The Ministry of Defence said`, `West Yorkshire Police said`), then called by
// their kind (`the ministry said`, `the force said`). Invented names throughout.
import * as assert from 'assert';
import { analyzeText } from '../../src/core';
import { speakers } from '../support/quoteSpeakers';

const kinds = (text: string) => analyzeText(text).quotes.map((q) => q.speaker ? `${q.speaker.kind} ${q.speaker.name}` : null);

describe('bodies named, then called by their kind', function () {
  this.timeout(60_000);

  it('names a body by its word and what it is of, never by the word alone', () => {
    // It had been `Ministry`, every ministry one body, and `Foreign Affairs` a person `Affairs`.
    assert.deepStrictEqual(kinds('The Ministry of Foreign Affairs said the talks had "gone well".'), ['organisation Ministry of Foreign Affairs']);
    assert.deepStrictEqual(kinds('The Department of Health and Social Care said waiting lists were "falling".'), ['organisation Department of Health and Social Care']);
    assert.deepStrictEqual(speakers('The Ministry of Defence of Varnia said "the ship has sailed". The Ministry of Culture said it was "proud".'), ['Ministry of Defence of Varnia', 'Ministry of Culture']);
  });

  it('reads a number word after a body\'s word and `of` as the end of its name (`the Group of Seven`)', () => {
    // It had been no one's: `Seven` is no name word, so the body's name stopped at `of`.
    assert.deepStrictEqual(speakers('The Group of Seven said in a statement: "We will never recognise these votes."'), ['Group of Seven']);
    assert.deepStrictEqual(speakers('"We stand with the people of Varnia," the Group of Eight said.'), ['Group of Eight']);
    // A number word alone is still no one.
    assert.deepStrictEqual(speakers('Seven said "no" to the plan.'), [null]);
  });

  it('reads the capitals after a body\'s word and `for` as what the body is for, no one\'s name', () => {
    // `Clean Rivers` had been a person, whom a farmer's `Rivers said` then meant.
    assert.deepStrictEqual(speakers('The Campaign for Clean Rivers sued the city on Monday, and a farmer, Tom Rivers, joined the suit.\n\n"We will win," Rivers said.'), ['Tom Rivers']);
    assert.deepStrictEqual(speakers('The Center for Responsive Lending filed the brief, and Ana Lending, a lawyer, argued it.\n\n"The rule is void," Lending said.'), ['Ana Lending']);
  });

  it('gives `the ministry said` and `the force said` to the body the text named before', () => {
    assert.deepStrictEqual(speakers('The Ministry of Defence said the frigate had left port.\n\n"It is on its way to the Gulf," the ministry said.'), ['Ministry of Defence']);
    assert.deepStrictEqual(speakers('Harbury Police said a man had been arrested.\n\n"We would ask the public not to speculate," the force said.'), ['Harbury Police']);
    assert.deepStrictEqual(speakers('The Varnian Ornithological Society said the eagles had nested.\n\n"Every chick matters," the society said.'), ['Varnian Ornithological Society']);
  });

  it('leaves `the company said` a description when the body named before is not called a company', () => {
    // The body last named is a regulator: the company is someone else.
    const text = 'The Varnian Competition Authority said it would look into the deal.\n\n"We will cooperate fully," the company said.';
    assert.deepStrictEqual(kinds(text), ['description the company']);
  });
});
