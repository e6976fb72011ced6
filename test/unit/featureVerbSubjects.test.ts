// A feature's present tense after a name (`Marin laughs at this.`, `Horvath pretends not to hear.`, `Oda holds up a
// squid`) makes the name the sentence's subject, so the `he says`/`she says` that follows is theirs, not the one who
// spoke the paragraph before. Invented text.
import * as assert from 'assert';
import { analyzeText } from '../../src/core';

function lastSpeaker(text: string): string | null {
  const quotes = analyzeText(text).quotes;
  return quotes[quotes.length - 1].speaker?.name ?? null;
}

describe('a name before a verb in -s going on with at, not or up acts as the subject', () => {
  it('gives the quote after `Marin laughs at this.` to Marin', () => {
    const text = 'Radu Marin, who has run the Cluj puppet theatre since 1990, still carves the heads himself.\n\n"Wood is patient," says Marin, 58.\n\nHis lead puppeteer, Ion Barbu, remembers the first show. "Radu forgot the lines," Barbu says.\n\nMarin laughs at this. "He forgot them too," he says.';
    assert.strictEqual(lastSpeaker(text), 'Radu Marin');
  });

  it('gives the quote after `Horvath pretends not to hear.` to Horvath', () => {
    const text = 'Eva Horvath runs the bakery on the left. "I stayed," she says.\n\nHer rival, Kata Szabo, opened the bakery on the right. "She was never the only one," Szabo says.\n\nHorvath pretends not to hear. "The shop is quiet today," she says.';
    assert.strictEqual(lastSpeaker(text), 'Eva Horvath');
  });

  it('gives the quote after `Oda holds up a squid` to Oda', () => {
    const text = 'Kenji Oda has sold squid at the market since 1970. "Squid!" he shouts.\n\nHis neighbour, Taro Ueda, sells dried fish. "His voice is the alarm clock," Ueda says.\n\nOda holds up a squid for the tourists. "Every morning they scream," he says.';
    assert.strictEqual(lastSpeaker(text), 'Kenji Oda');
  });

  it('keeps a noun of people after a name a noun (`Horvath supporters at the rally`)', () => {
    const text = 'Eva Horvath spoke in the square. Horvath supporters at the rally cheered. "We will win," she said.';
    assert.strictEqual(lastSpeaker(text), 'Eva Horvath');
  });

  it('gives the quote after a verb of gesture or stance (`Sousa gives evidence`, `Kaya smiles under`) to the name before it', () => {
    const court = 'Rui Sousa, 52, a baker, is accused of taking the ovens. The owner, Tiago Lima, gives evidence first. "He took all four," Lima says.\n\nJudge Pedro Neves asks about the keys. "That is a gap," the judge says.\n\nSousa gives evidence on the second day. He is louder. "Tiago never baked a loaf," he says.';
    assert.strictEqual(lastSpeaker(court), 'Rui Sousa');
    const coach = 'Ahmet Kaya has coached wrestlers for thirty years.\n\nHis pupil, Emre Aslan, won three titles. "He was never in a hurry," Aslan says.\n\nKaya smiles under his moustache when I repeat this. "Emre lost a lot at first," he says.';
    assert.strictEqual(lastSpeaker(coach), 'Ahmet Kaya');
  });
});
