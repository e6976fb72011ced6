// A role its words narrow (`the police chief`, `the Norvian transport minister`) stands for the one person the text
// gives that role with those words: never another holder of the head (`Fire Chief`), and a place written after the
// name (`Transport Minister Jonas Adeyemi of Norvia`) is part of the role. Invented sentences.
import * as assert from 'assert';
import { checkDraft } from '../../src/core';
import { indexOf } from '../support/memoryCorpus';
import { speakers } from '../support/quoteSpeakers';

const P = (...paragraphs: string[]) => paragraphs.join('\n\n');

const CITY = P(
  'Fire Chief Teresa Lund said crews arrived within six minutes. "We are short eleven firefighters and that is not safe," Lund said.',
  'Police Chief Marcus Hale said two roads would stay closed. "Nobody should wait forty minutes for an officer to arrive," the police chief said.',
);

const PORTS = P(
  'Transport Minister Jonas Adeyemi of Norvia said the backlog would clear within a week. "Every container that was held will be inspected by Sunday," Adeyemi said.',
  'Shipping agent Clara Bell said exporters had lost contracts. "Two of my clients missed their only sailing this month," Bell said.',
  '"We will review how the dispute started and who let it run so long," the Norvian transport minister said.',
);

function misattributions(draft: string, sources: Record<string, string>): string[] {
  return checkDraft(draft, indexOf(sources))
    .findings.filter((f) => f.code === 'misattributed-quote')
    .map((f) => `${f.claimedSpeaker} / ${f.sourceSpeaker}`);
}

describe('roles narrowed by their words', () => {
  it('gives `the police chief` to the police chief the text names, not to the fire chief named before', () => {
    assert.deepStrictEqual(speakers(CITY), ['Teresa Lund', 'Marcus Hale']);
  });

  it('reads `Police Chief Ana Kral` after `said`, and as the subject of a clause, as her name with its title', () => {
    // `said Police Chief ...` had read no phrase at all (`Police` alone is people), so the quote went to no one, and a
    // `he` after `Police Commissioner Ivo Brand said ...` went back past him to the man quoted before.
    assert.deepStrictEqual(speakers('"We are stretched thin," said Police Chief Ana Kral.'), ['Ana Kral']);
    const text = P(
      '"I watched a van float past the window," said local resident Tom Gilchrist. "Nobody could do a thing."',
      'Police Commissioner Ivo Brand said a rescue was under way in the valley. "We have people on roofs," he said.',
    );
    assert.deepStrictEqual(speakers(text), ['Tom Gilchrist', 'Tom Gilchrist', 'Ivo Brand']);
  });

  it('gives `the Norvian transport minister` to the minister the text names `of Norvia`', () => {
    assert.deepStrictEqual(speakers(PORTS), ['Jonas Adeyemi', 'Clara Bell', 'Jonas Adeyemi']);
  });

  it('reads `Minister of the Interior Lucia Varga` as the interior minister, so that `the interior minister` finds her', () => {
    const text = P(
      'Minister of the Interior Lucia Varga defended new border checks. "These checks will stay for as long as they are needed," Varga said.',
      'Haulier Tom Gilchrist said drivers were sleeping in their cabs. "My drivers lost two days this week sitting in a queue," Gilchrist said.',
      '"I have asked for more officers at every crossing," the interior minister said.',
    );
    assert.deepStrictEqual(speakers(text), ['Lucia Varga', 'Tom Gilchrist', 'Lucia Varga']);
  });

  it('reads a portfolio set off after a name (`Ivo Peskar, transport minister,`) as his role, in a source and in a draft', () => {
    const text = P(
      'Ivo Peskar, transport minister, said the offer was final. "There is no more money on the table, and the union knows it," Peskar said.',
      'Union secretary Alan Moyo said members would stay out. "Our drivers are working twelve-hour shifts for the same pay," Moyo said.',
      '"My door stays open at any hour of the day or night," the transport minister said.',
    );
    assert.deepStrictEqual(speakers(text), ['Ivo Peskar', 'Alan Moyo', 'Ivo Peskar']);
    assert.deepStrictEqual(misattributions('"Our drivers are working twelve-hour shifts for the same pay," the transport minister said.', { rail: text }), ['Ivo Peskar / Alan Moyo']);
  });

  it('checks a draft crediting `the police chief` with the fire chief\'s words, and leaves his own words alone', () => {
    const sources = { city: CITY };
    assert.deepStrictEqual(misattributions('"Nobody should wait forty minutes for an officer to arrive," the police chief said.', sources), []);
    assert.deepStrictEqual(misattributions('"We are short eleven firefighters and that is not safe," the police chief said.', sources), ['Marcus Hale / Teresa Lund']);
  });

  it('checks a draft crediting `the Norvian transport minister` with the shipping agent\'s words, and leaves his own words alone', () => {
    const sources = { ports: PORTS };
    assert.deepStrictEqual(misattributions('"Every container that was held will be inspected by Sunday," the Norvian transport minister said.', sources), []);
    assert.deepStrictEqual(misattributions('"Two of my clients missed their only sailing this month," the Norvian transport minister said.', sources), ['Jonas Adeyemi / Clara Bell']);
  });

  it('still reads `the CEO` as the chief executive and `the deputy mayor` never as the mayor, in a draft', () => {
    const sources = {
      firm: P(
        'The company\'s chief executive, Miriam Oduya, told analysts the squeeze would last. "We are not going to pass the whole increase on to shoppers," Oduya said.',
        'Analyst Graham Pell was sceptical. "Margins were already thin before any of this started," Pell said.',
      ),
      council: P(
        'Deputy Mayor Priya Nandakumar said the library would open in 2028. "Children in the east of the town have waited long enough," Nandakumar said.',
        'Councillor Bruno Esteves voted against it. "The cost has doubled since the first drawings and nobody has explained why," Esteves said.',
      ),
    };
    assert.deepStrictEqual(misattributions('"We are not going to pass the whole increase on to shoppers," the CEO said.', sources), []);
    assert.deepStrictEqual(misattributions('"Margins were already thin before any of this started," the CEO said.', sources), ['Miriam Oduya / Graham Pell']);
    assert.deepStrictEqual(misattributions('"The cost has doubled since the first drawings and nobody has explained why," the deputy mayor said.', sources), ['Priya Nandakumar / Bruno Esteves']);
    assert.deepStrictEqual(misattributions('"Children in the east of the town have waited long enough," the mayor said.', sources), []);
  });

  it('reads `Police chief Ana Kral` with the role in lower case (a sentence or a label line opening with it) as her title', () => {
    // `Police` opening a sentence before a lower-case `chief` had been people (`Police said`): the chief went unnamed in
    // a source, so `the police chief` in a draft fitted anyone, and a draft's `Police chief Kral:` label named no one.
    const harbour = P(
      'Police chief Renata Vos said the march had passed off quietly. "Not one shop window on the quay was broken all day," Vos said.',
      'Ferry captain Ilse Marten said sailings would resume. "The crossing has been calm since the wind dropped on Sunday morning," Marten said.',
    );
    assert.deepStrictEqual(speakers(harbour), ['Renata Vos', 'Ilse Marten']);
    const sources = { harbour };
    assert.deepStrictEqual(misattributions('"The crossing has been calm since the wind dropped on Sunday morning," the police chief said.', sources), ['Renata Vos / Ilse Marten']);
    assert.deepStrictEqual(misattributions('Police chief Vos: "The crossing has been calm since the wind dropped on Sunday morning."', sources), ['Renata Vos / Ilse Marten']);
    assert.deepStrictEqual(misattributions('"The crossing has been calm since the wind dropped on Sunday morning," said Police chief Renata Vos.', sources).length, 1);
    assert.deepStrictEqual(misattributions('"Not one shop window on the quay was broken all day," the police chief said.', sources), []);
    assert.deepStrictEqual(misattributions('Police chief Vos: "Not one shop window on the quay was broken all day."', sources), []);
    // `Police` alone is still people, not a speaker named `Police`.
    assert.deepStrictEqual(speakers('Police said two men were held. "They were arrested at the quay," Police said.'), [null]);
  });
});
