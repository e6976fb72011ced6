// `Her husband, the chemist Ruan Vell, has described her as "..."`: a relative set off before a name that a
// description (`the chemist`) opens is still that name's relative, and the noun tells the name's sex, so a later
// `she says` is the woman's, not the husband's (whose given name no list holds). Invented text.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

const P = (...paragraphs: string[]) => paragraphs.join('\n\n');

describe('a relative described before the name set off', () => {
  it('gives the name after `her husband, the chemist` a man\'s sex, so a later `she` is not his', () => {
    assert.deepStrictEqual(speakers(P('Ana Kral is already seated when I arrive.', 'Her husband, the chemist Ruan Vell, has described her as "the only person I know who reads manuals for fun." She doesn\'t deny it. "The manuals are where people hide things," she says.')),
      ['Ruan Vell', 'Ana Kral']);
  });

  it('gives the name after `his wife, a retired nurse` a woman\'s sex, so a later `he` is not hers', () => {
    assert.deepStrictEqual(speakers(P('Ivo Peskar keeps the boatyard open in winter.', 'His wife, a retired nurse Sela Drun, calls it "a hobby that eats money." He laughs at that. "It eats less than golf," he says.')),
      ['Sela Drun', 'Ivo Peskar']);
  });
});
