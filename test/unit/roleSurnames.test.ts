// A role word that is also a surname (Dean, Pope, Bishop) ends a person's name after a first name, when a title
// stands before it or an appositive describes it; alone, or after a place or a court, it stays a role.
import * as assert from 'assert';
import { analyzeText } from '../../src/core';
import { speakers } from '../support/quoteSpeakers';

function speakerOf(text: string): { kind: string; name: string } | null {
  const speaker = analyzeText(text).quotes[0]?.speaker;
  return speaker ? { kind: speaker.kind, name: speaker.name } : null;
}

describe('surnames that are role words', () => {
  it('reads a first name and such a surname after a title as a person', () => {
    assert.deepStrictEqual(speakerOf('"He is struggling with the choice," said former governor Ana Dean, a party backer.'), { kind: 'person', name: 'Ana Dean' });
    assert.deepStrictEqual(speakerOf('"The bill will pass," Rep. Ana Bishop said on Monday.'), { kind: 'person', name: 'Ana Bishop' });
  });

  it('reads them as a person when an appositive describes them', () => {
    assert.deepStrictEqual(speakerOf('"We will review the plan," Amy Pope, deputy security adviser, said on Monday.'), { kind: 'person', name: 'Amy Pope' });
  });

  it('reads them as a person after a given name, with no title or appositive', () => {
    // Each had been a description (`Howard Dean` a role held by Howard), which no draft's misattribution is checked against.
    assert.deepStrictEqual(speakerOf('"The bill will pass," Howard Dean said on Monday.'), { kind: 'person', name: 'Howard Dean' });
    assert.deepStrictEqual(speakerOf('"We will not sign it," said Julie Bishop.'), { kind: 'person', name: 'Julie Bishop' });
    assert.deepStrictEqual(speakerOf('Tom Judge told the crowd: "Read more books."'), { kind: 'person', name: 'Tom Judge' });
    // No given name, no surname: a place or a firm before the word leaves it a title.
    assert.strictEqual(speakerOf('"The ruling stands," the Federal Judge said.')?.kind, 'description');
  });

  it('ends the name at such a surname before `of` and the body the person works for', () => {
    // `Sen` had read as a title `of` the body, and the body's last words as the person (`Energy Aspects`).
    assert.deepStrictEqual(speakerOf('"Demand is back," said Anjali Sen of Energy Aspects in London.'), { kind: 'person', name: 'Anjali Sen' });
    assert.deepStrictEqual(speakerOf('"The rules are clear," said Ana Dean of Harbour Legal Partners.'), { kind: 'person', name: 'Ana Dean' });
    // A title before `of` with no given name before it stays a title that runs through what it is of.
    assert.deepStrictEqual(speakerOf('"The treaty holds," Secretary of State Mara Quill said.'), { kind: 'person', name: 'Mara Quill' });
  });

  it('keeps a title a title', () => {
    assert.strictEqual(speakerOf('"The ruling stands," Federal Judge said.')?.kind, 'description');
    assert.strictEqual(speakerOf('"The crown will decide," Saudi Prince said.')?.kind, 'description');
    assert.deepStrictEqual(speakerOf('"The ruling stands," U.S. District Judge Mara Quill said.'), { kind: 'person', name: 'Mara Quill' });
  });

  it('keeps a title that is also a given name in the name when an appositive calls the person something else (`Judge Reinhold, the actor,`)', () => {
    // The judge later is the judge the text names, not the actor whose first name had been read as his title.
    const text = 'Judge Brandt, the actor, was among the guests. "I came for the food," Brandt said.\n\nJudge Ana Kral, who sits on the county bench, cut the ribbon. "This town needed it," the judge said.';
    assert.deepStrictEqual(speakers(text), ['Judge Brandt', 'Ana Kral']);
    // Without such an appositive the title stays a title.
    assert.deepStrictEqual(speakers('"The hearing is adjourned," Judge Brandt said.'), ['Brandt']);
  });
});
