// Capitals after a firm's or a body's kind are that body's name, never a person's, when a few words describe the kind
// (`Norway's state power company Vannkraft said`) or when the name is set off after it (`The developer, Elmcroft Homes,
// said`), as wire copy and council reports write them (issue 7). A given name, or a role the kind is the object of,
// still makes a person.
import * as assert from 'assert';
import { analyzeText } from '../../src/core';

function firstSpeaker(text: string): { name: string; kind: string } | null {
  const speaker = analyzeText(text).quotes[0]?.speaker;
  return speaker ? { name: speaker.name, kind: speaker.kind } : null;
}

describe('a name after a body\'s kind', () => {
  it('is the body when words describe the kind before it', () => {
    for (const text of [
      'Norway\'s state power company Vannkraft said in a statement that the claims were "entirely false".',
      'The state rail operator Ferrolinea said the strike would cause "serious disruption".',
    ]) {
      assert.strictEqual(firstSpeaker(text)?.kind, 'organisation', text);
    }
  });

  it('is the body when the name is set off after the kind opening the sentence', () => {
    const text = 'The developer, Elmcroft Homes, said the scheme was "the best use of the site".';
    assert.deepStrictEqual(firstSpeaker(text), { name: 'Elmcroft Homes', kind: 'organisation' });
  });

  it('is still a person with a given name, or when the kind is what a role is of', () => {
    assert.strictEqual(firstSpeaker('The developer, Simon Ashby, said the scheme was "the best use of the site".')?.kind, 'person');
    assert.strictEqual(firstSpeaker('The head of the firm, Simon Ashby, said the scheme was "the best use of the site".')?.kind, 'person');
  });
});
