// Words someone is prompted to say (`…, prompting Peskar to reply: "…"`, `drawing a retort from Peskar: "…"`) are the
// one prompted's, not the sentence subject's who prompted them. Invented text.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

const P = (...paragraphs: string[]) => paragraphs.join('\n\n');
const PEOPLE = 'Ana Kral and Ivo Peskar spoke at the port.';

describe('words someone is prompted to say', () => {
  it('are the one prompted\'s', () => {
    // Each second quote had been Kral's.
    assert.deepStrictEqual(speakers(P(PEOPLE, '"The ferry is finished," Kral said, prompting Peskar to reply: "Not while I breathe."')), ['Ana Kral', 'Ivo Peskar']);
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Kral called the ferry finished, which led Peskar to say it had "years of service left."')), ['Ivo Peskar']);
    assert.deepStrictEqual(speakers(P(PEOPLE, '"The ferry is finished," Kral said, drawing a retort from Peskar: "Not while I breathe."')), ['Ana Kral', 'Ivo Peskar']);
  });

  it('are the one prompted\'s with no colon before them, and no one\'s when the one prompted is unnamed', () => {
    // Each had been Kral's, the subject who prompted the words.
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Kral objected, prompting Peskar to reply "the ferry sails at dawn."')), ['Ivo Peskar']);
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Kral rebuked the crew, prompting their captain to say "we follow orders."')), [null]);
  });

  it('stay the subject\'s when what is before `to` is a thing, not someone prompted', () => {
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Peskar got the floor to say "the ferry sails at dawn."')), ['Ivo Peskar']);
  });

  it('are no one\'s yet when only asked for', () => {
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Kral urged Peskar to say "the ferry is finished."')), [null]);
  });
});
