// A pronoun whose search passes a sentence that names someone of its sex without reading that sentence's subject
// (`Cycling advocate Joel Marsh was in the gallery`, `Prosecuting, Maud Keller said`, `Fenn's barrister, Ruth Okoye,
// disputed that`) is not given the speaker before it: the sentence is most likely about the one it names (namedRivals.ts).
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('a pronoun past a sentence that names someone of its sex', () => {
  it('is not given the speaker before that sentence', () => {
    // Each had been the earlier speaker (Piet Hallam, Vera Fenn's barrister Ana Lund, Carla Benz).
    assert.deepStrictEqual(speakers('"The buses will run as before," said Mayor Piet Hallam.\n\nCycling advocate Joel Marsh, of Ride Kelport, was in the gallery. "Tonight the council kept its word to every rider in this town," he said.')[1], 'Joel Marsh');
    assert.deepStrictEqual(speakers('Defending Vera Fenn, Ana Lund said her client had been "out of her depth".\n\nPeter Dorn\'s barrister, Ruth Okoye, disputed that. "The messages show that Mrs Fenn wrote every one of the letters herself," she said.')[1], 'Ruth Okoye');
    assert.deepStrictEqual(speakers('"We have rebuilt the east wing twice," said Carla Benz, the hospital\'s director.\n\nAmong the speakers at the meeting was nurse Ida Marrow, 34, who said the wards were full. "Some nights we put patients in the corridor," she said.')[1], 'Ida Marrow');
  });

  it('keeps the earlier speaker where a pronoun of that sex comes before the name', () => {
    assert.deepStrictEqual(speakers('"We have rebuilt the east wing twice," said Carla Benz, the hospital\'s director.\n\nShe doubts that Ida Marrow can run the wards alone. "Nobody could, on this budget," she said.')[1], 'Carla Benz');
  });
});

describe('a sentence passed that names someone sharing a surname with another', () => {
  it('reads the name in full: a woman after a man of her surname still stops a `she`', () => {
    // Dag Holm is a man, so a lone `Holm` is he: Nina Holm was passed as no woman, and her words went to the judge.
    const text = '"I saw the buoy too late, and I will carry that," Captain Dag Holm, 58, told the inquiry in Tromsdal.\n\nThe inquiry\'s chair, Judge Eva Strand, opened the hearing by reminding the families that no one was on trial.\n\n"We are here to learn what happened, not to punish anyone," Strand said.\n\nThe ferry\'s first officer, Nina Holm, who is not related to the captain, said the charts had been out of date for years.\n\n"The charts had not been updated since 1994. We said so twice," she said.';
    assert.notStrictEqual(speakers(text)[2], 'Eva Strand');
  });
});

describe('a sentence passed that names no one of a known sex', () => {
  it('leaves the pronoun its speaker: a place set off, a sentence cut at a title\'s stop', () => {
    assert.deepStrictEqual(speakers('"The budget is fixed," Mayor Ivo Peskar said. Her hometown, Port Aldis, voted for the plan. "We won," he said.'), ['Ivo Peskar', 'Ivo Peskar']);
    assert.deepStrictEqual(speakers('"I did well," said Sen. Tom Berg.\n\nOn Monday, Berg refrained from attacking his rivals, particularly Govs. Ivo Peskar and Dan Ruiz, who say the senator lacks experience. "It was our greatest fundraising night," he said.'), ['Tom Berg', 'Tom Berg']);
  });
});
