// Whom a pronoun may mean: never a group that opens a sentence (`Prosecutors said`), never someone its sex rules out.
import * as assert from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { speakers } from '../support/quoteSpeakers';

describe('whom a pronoun may mean', () => {
  it('never gives a pronoun to the plural of a noun for people that opens a sentence (`Prosecutors said`)', () => {
    assert.deepStrictEqual(speakers('Prosecutors said the scheme ran for a decade. "I had to sell my house," she said.'), [null]);
    assert.deepStrictEqual(speakers('Investigators said the fire was set. "We are still looking," he said.'), [null]);
    assert.deepStrictEqual(speakers('Deputies said the car was stolen. "It happens every week," he said.'), [null]);
  });

  it('gives a pronoun to the unnamed person a sentence brings in with a participle after the noun, not to the woman before', () => {
    // `volunteering` had been read as the description's noun, no person, and `she` went on back to Ana Berg.
    const text = '"The water is falling," Ana Berg said.\n\nA nurse volunteering at the clinic said three men were carried in.\n\n"One of them was a boy," she said.';
    assert.deepStrictEqual(speakers(text), ['Ana Berg', 'A nurse volunteering']);
    assert.deepStrictEqual(speakers(text.replace('A nurse volunteering', 'A man volunteering').replace('she said', 'he said')), ['Ana Berg', 'A man volunteering']);
  });

  it('never gives a pronoun to a firm named by its legal suffix (`Vellin Shipping Co.`), but to the man before it', () => {
    // `Co.` was read as a man's surname, the name last before `he`, and the firm was given the lawyer's words.
    const text = 'His lawyer, Ivo Marsh, argued that the operator, Vellin Shipping Co., bore the blame.\n\n"My client is being blamed for a company," he said.';
    assert.deepStrictEqual(speakers(text), ['Ivo Marsh']);
    assert.deepStrictEqual(speakers(text.replace('Co.', 'Corp.')), ['Ivo Marsh']);
  });

  it('still gives it to a surname in the plural form that the text names in full', () => {
    assert.deepStrictEqual(speakers('Ivo Masters runs the shelter. Masters said the roof leaks. "We need help," he said.'), ['Ivo Masters']);
    assert.deepStrictEqual(speakers('Ana Sanders chairs the board. Sanders said costs rose. "We will cut," she said.'), ['Ana Sanders']);
  });
});

describe('the sex a given name tells', () => {
  it('never gives a pronoun to someone whose given name rules it out, when the text says nothing of their sex', () => {
    assert.deepStrictEqual(speakers('"This was no lapse," Tom Levin said.\n\nThe court heard more. "I had to sell my house," she said.'), ['Tom Levin', null]);
    assert.deepStrictEqual(
      speakers('"This was no lapse," Tom Levin said.\n\nOne of the victims was Dorothy Lund. "I had to sell my house," she said.'),
      ['Tom Levin', 'Dorothy Lund'],
    );
  });

  it('tells nothing from a name given to both sexes, or from a family name written first', () => {
    assert.deepStrictEqual(speakers('"We will appeal," Jordan Ellis said.\n\nThe hearing ended. "It is not over," she said.'), ['Jordan Ellis', 'Jordan Ellis']);
    assert.deepStrictEqual(speakers('"Relations are stable," Lu Kang told reporters.\n\nHe took questions. "We oppose it," he said.'), ['Lu Kang', 'Lu Kang']);
  });

  it('tells the sex of given names of the world that US births hardly give (`Annalena`, `Olaf`, `Dmytro`, `Iryna`, `Recep`)', () => {
    assert.deepStrictEqual(
      speakers('Foreign Minister Annalena Vogt said Berlin would send more guns, after talks with Chancellor Olaf Brenner.\n\nBrenner had resisted for weeks, but Vogt pressed the case. "We cannot wait for winter," she said.'),
      ['Annalena Vogt'],
    );
    assert.deepStrictEqual(
      speakers('Deputy Minister Iryna Koval met Dmytro Savchuk in Lviv.\n\nKoval spoke first, and Savchuk after her. "The roads are open again," he said.'),
      ['Dmytro Savchuk'],
    );
    assert.deepStrictEqual(
      speakers('Minister Derya Kaya toured the port with Recep Aksoy, the harbour master.\n\nAksoy showed her the new cranes. "We doubled our capacity," he said.'),
      ['Recep Aksoy'],
    );
  });

  it('passes over a person named after `of`, what a noun is about, for the one the sentence names acting', () => {
    const text = 'The campaign changed in May.\n\nThe rise of Tom Keller gave Greg Brandt new impetus.\n\nHe said he was "gravely concerned about where the country is going."';
    assert.deepStrictEqual(speakers(text), ['Greg Brandt']);
  });

  it('weighs the name above one pronoun near it, which is often another person\'s', () => {
    const text = 'Ana Kral spoke in the hall with Mayor Tom Walsh by her side.\n\nWalsh, a former union leader, had backed her rival.\n\n"We need someone who fights," he said.';
    assert.deepStrictEqual(speakers(text), ['Tom Walsh']);
  });

  it('lets a noun of the text that gives the sex outweigh the name (a husband called Evelyn)', () => {
    assert.deepStrictEqual(
      speakers('Ana Kral and her husband, Evelyn Brandt, run the farm. Kral grew up here. "We love this town," he said.'),
      ['Evelyn Brandt'],
    );
  });

  it('is the table the data packages give (scripts/givenNameSexes.ts re-writes it)', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { givenNameSexesModule } = require('../../scripts/givenNameSexes') as typeof import('../../scripts/givenNameSexes');
    const committed = readFileSync(join(__dirname, '..', '..', 'src', 'core', 'attribution', 'givenNameSexes.ts'), 'utf8');
    assert.ok(committed === givenNameSexesModule(), 'src/core/attribution/givenNameSexes.ts differs from what the generator writes: run `npx tsx scripts/givenNameSexes.ts`');
  });
});

describe('a pronoun signing a quotation of several paragraphs', () => {
  it('reaches back from the paragraph where the quotation opened, not from its last paragraph', () => {
    assert.deepStrictEqual(
      speakers('Lena Marsh said the latest closure was costly.\n\n“The last three closures have been caused by the same fault.\n\n“For the first time, the engineers have found the broken part.\n\n“The company will continue to demand repairs,” she said.'),
      ['Lena Marsh', 'Lena Marsh', 'Lena Marsh'],
    );
    assert.deepStrictEqual(
      speakers('In a statement on Monday in Kelport, Tomas Reeve said the ferry was late again.\n\n"Three sailings were lost.\n\n"The crew waited for hours.\n\n"The parts came today.\n\n"We will sail on Friday," he said.'),
      ['Tomas Reeve', 'Tomas Reeve', 'Tomas Reeve', 'Tomas Reeve'],
    );
  });

  it('still stops at the same bound when a paragraph of narration comes between', () => {
    assert.deepStrictEqual(
      speakers('Lena Marsh said the latest closure was costly.\n\nThe port has been shut since May.\n\nThe ferries wait offshore.\n\n“The company will continue to demand repairs,” she said.'),
      [null],
    );
  });
});
