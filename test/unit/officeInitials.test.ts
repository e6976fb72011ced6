// Offices written by their initials (`the AG`, `the DA`, `the PM`) and titles joined by a hyphen
// (`Attorney-General Ana Kral`): the person the text names as holding that office speaks, as for `the attorney general`.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('offices written by their initials', () => {
  it('gives `the AG`, `the DA` and `the PM` to the person the text names in that office', () => {
    assert.deepStrictEqual(speakers('Attorney General Ana Kral opened an inquiry on Monday. "We will review every case," the AG said.'), ['Ana Kral']);
    assert.deepStrictEqual(speakers('District Attorney Ivo Pell spoke in Dunmore. The DA told reporters: "No one is above the law here."'), ['Ivo Pell']);
    assert.deepStrictEqual(speakers('Prime Minister Tomas Vell spoke in Dunmore. "We have a plan for the harbour," the PM said.'), ['Tomas Vell']);
  });

  it('gives Indian copy\'s `the CJI` and `the CM` to the chief justice and the chief minister the text names', () => {
    // Both had been read as a body's initials, a speaker `CJI` or `CM`.
    assert.deepStrictEqual(speakers('Chief Justice Meera Rao read the judgment. "The order was valid," the CJI said.'), ['Meera Rao']);
    assert.deepStrictEqual(speakers('Chief Minister Ravi Menon opened the bridge. Opposition leader Anil Das stayed away.\n\n"It will carry a million people," the CM said.'), ['Ravi Menon']);
    assert.deepStrictEqual(speakers('Finance Minister Ravi Menon opened the bridge. "It will carry a million people," the CM said.'), ['the CM']);
  });

  it('gives them no one who holds another office, and leaves a firm ending in `AG` a firm', () => {
    assert.deepStrictEqual(speakers('Finance Minister Tomas Vell spoke in Dunmore. "We have a plan," the PM said.'), ['the PM']);
    assert.deepStrictEqual(speakers('Ana Kral spoke in Dunmore. "We have a plan," the AG said.'), ['the AG']);
    assert.deepStrictEqual(speakers('Shares of Brenner AG fell. "We are disappointed," Brenner AG said.'), ['Brenner AG']);
  });
});

describe('titles joined by a hyphen', () => {
  it('reads `Attorney-General` and `Director-General` before a name as titles, not as part of the name', () => {
    assert.deepStrictEqual(speakers('Attorney-General Ana Kral said "We will appeal the ruling without delay."'), ['Ana Kral']);
    assert.deepStrictEqual(speakers('Director-General Ivo Pell said "The agency has never been in better shape."'), ['Ivo Pell']);
  });

  it('finds the holder under the other spelling of the office', () => {
    assert.deepStrictEqual(speakers('Attorney General Ana Kral opened an inquiry on Monday. "We will review every case," the attorney-general said.'), ['Ana Kral']);
  });

  it('gives `the AG` to the person the text set off after `The AG,`, however far on', () => {
    // Had been the description `the AG`.
    assert.deepStrictEqual(speakers('The AG, Mira Solberg, opened the hearing on Monday. Witnesses were sworn in. "This court will hear every side," the AG said.'), ['Mira Solberg']);
    assert.deepStrictEqual(speakers('The DA, Tom Hale, filed charges.\n\nDefence lawyer Ana Pell called them weak. "There is no case," Pell said.\n\n"We will see in court," the DA said.'), ['Ana Pell', 'Tom Hale']);
  });
});

