// A role word in a description that names no holder the text gave: before another noun it describes that noun (`The
// executive committee ... said`: the committee, not the chief executive named before), and before `of` and an
// indefinite article it is the role of someone new (`said the chief executive of a rival bank`: not the chief
// executive of the bank the text named). Both had been given to the named holder (issue 7). Invented text.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

const P = (...paragraphs: string[]) => paragraphs.join('\n\n');

describe('a role word that names no holder', () => {
  it('gives a committee\'s words to no chief executive', () => {
    const given = speakers(P('Chief executive Martin Kessler resigned on Wednesday. "I accept responsibility," Kessler said.', 'The executive committee of the supervisory board said it had "the greatest respect" for his decision.'));
    assert.deepStrictEqual(given, ['Martin Kessler', 'The executive committee of the supervisory board']);
  });

  it('gives the chief executive of an unnamed bank no name', () => {
    const given = speakers(P('"Our service will change how people pay," said Orrin Mobile chief executive Tavi Lund at the launch.', '"A phone company taking deposits is a bank," said the chief executive of a rival bank who asked not to be named.'));
    assert.deepStrictEqual(given, ['Tavi Lund', 'the chief executive']);
  });

  it('still gives the words of the chief executive of the bank named to its chief executive', () => {
    const given = speakers(P('"We will open ten branches," said Harbor Bank chief executive Tavi Lund at the launch.', '"Every one will have a cash machine," added the chief executive of the bank.'));
    assert.deepStrictEqual(given, ['Tavi Lund', 'Tavi Lund']);
  });

  it('still reads an executive director as a role', () => {
    const given = speakers(P('Executive director Ana Pell opened the fund\'s meeting. "The year was hard," Pell said.', '"We kept every grant," the executive director said.'));
    assert.deepStrictEqual(given, ['Ana Pell', 'Ana Pell']);
  });
});
