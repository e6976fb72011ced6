// Source-side readings met in styles the earlier invented sets did not hold (round 30: an earnings call, a health
// briefing, a live blog, a debate, a strike, a typhoon, a market story, a parliament, a column): each test's
// sentences are invented, and each failed before its rule.
import * as assert from 'assert';
import { analyzeText } from '../../src/core';

const P = (...paragraphs: string[]) => paragraphs.join('\n\n');
const speakers = (text: string) => analyzeText(text).quotes.map((q) => q.speaker?.name ?? null);
const kinds = (text: string) => analyzeText(text).quotes.map((q) => q.speaker?.kind ?? null);

describe('voices of briefings, calls, blogs and debates', () => {
  it('reads the last word of a body named by its cause (`for Disease Prevention and Control`) as no person', () => {
    // `Control` had been a person, who outranked the spokesperson the sentence names.
    const text = 'A spokesperson for the Centre for Disease Prevention and Control said the agency was "monitoring the situation".';
    assert.deepStrictEqual(kinds(text), ['description']);
    assert.match(speakers(text)[0] ?? '', /^A spokesperson for the Centre/);
    const ministry = 'The Minister of Trade and Industry said the rules were "under review".';
    assert.notStrictEqual(speakers(ministry)[0], 'Industry');
  });

  it('still takes two people joined after a title and its name apart', () => {
    assert.deepStrictEqual(speakers('Secretary of State Ana Kral and Peskar said the talks were "useful".'), ['Ana Kral and Peskar']);
    assert.deepStrictEqual(speakers('Senators Ana Kral and Ivo Peskar said the bill was "dead".'), ['Ana Kral and Ivo Peskar']);
  });

  it('calls no one by the word before `of` in `the Port of Dover` or `the Duchess of Sussex`', () => {
    assert.notStrictEqual(speakers('The Port of Dover said it expected "long queues".')[0], 'Port');
    assert.notStrictEqual(speakers('The Duchess of Sussex said the visit was "moving".')[0], 'Duchess');
    assert.deepStrictEqual(kinds('The University of Toronto said it was "reviewing the policy".'), ['organisation']);
  });

  it('never takes the object of a preposition of place for the subject of the verb after it', () => {
    // `had added` reads as speech; its subject is `longer routes`, a thing, so the quote is Van der Berg's report.
    const text = P(
      'Ingrid van der Berg runs the shipping group. "We lost money," she said.',
      'Van der Berg said longer routes around the Cape of Good Hope had added "roughly nine days" to each voyage.',
    );
    assert.deepStrictEqual(speakers(text), ['Ingrid van der Berg', 'Ingrid van der Berg']);
    assert.notStrictEqual(speakers('Workers at the plant near Dover said the fumes were "toxic".')[0], 'Dover');
  });

  it('reads a chief officer’s initials as a role, held by whoever the text gives that title in full', () => {
    // `the CFO` had been an organisation called `CFO`; `The Podesta Group's CEO, ...` had set off no name.
    const text = P(
      'Chief Financial Officer Ana Kral said fuel costs had risen by a third.',
      '"The board will look at the dividend in August," the CFO answered.',
    );
    assert.deepStrictEqual(speakers(text), ['Ana Kral']);
    assert.deepStrictEqual(kinds('The COO said the plant was "safe".'), ['description']);
    assert.deepStrictEqual(speakers('The Harbour Group’s CEO, Mira Lund, said: "We coordinated with them."'), ['Mira Lund']);
  });

  it('reads the subject after an opening phrase of place (`Outside the chamber, the Prime Minister, X, defended`)', () => {
    // The opening phrase had been read as the subject, and `he told reporters` went to the woman quoted before.
    const text = P(
      'Independent MP Zali Steggall said the exchange was "embarrassing for everyone".',
      'Outside the chamber, the Prime Minister, Anthony Albanese, defended his minister. "She has done more in two years than they did in nine," he told reporters.',
    );
    assert.strictEqual(speakers(text)[1], 'Anthony Albanese');
  });

  it('reads the name set off after a description that a time or an article restates (`A mentor from those years, the chef X,`)', () => {
    const text = P(
      'Adaora Okafor-Reyes opened her first bakery in a bus shelter. "People thought I was mad," she says.',
      'A mentor from those early years, the restaurateur Samuel Adeyemi-Clarke, recalls her turning up with a plan. "She had costed the flour to the penny," he said.',
    );
    assert.deepStrictEqual(speakers(text), ['Adaora Okafor-Reyes', 'Samuel Adeyemi-Clarke']);
  });

  it('gives a name no sex from the object pronoun of its verb, and the sex a `he` for it gave', () => {
    // `recalls her` had made the architect a woman (so `he said` found only the description), and once he was
    // found, nothing kept the `she insists` after him from being his.
    const text = P(
      'Ngozi Eze-Bello grew up in Enugu. "There were always maps on the table," she remembers.',
      'A friend from those years, the architect Tunde Bakare-Smith, recalls her refusing to leave. "She would bring a flask of tea and just wait," he said.',
      '"It is not a compliment," she insists of the nickname her staff use.',
    );
    assert.deepStrictEqual(speakers(text), ['Ngozi Eze-Bello', 'Tunde Bakare-Smith', 'Ngozi Eze-Bello']);
  });

  it('ends the name after `said` where a time that dates the saying begins (`said Ana Kral two days later`)', () => {
    // `Ana Kral two days later` had been read as a description.
    const text = P(
      'Ana Kral, a sports psychologist, has worked with three national sides.',
      '"Athletes fear retirement because they fear becoming ordinary," said Ana Kral two days later.',
      '"Ordinary is where most of life happens," said Ivo Peskar three years ago.',
    );
    assert.deepStrictEqual(speakers(text), ['Ana Kral', 'Ivo Peskar']);
    assert.deepStrictEqual(kinds(text), ['person', 'person']);
  });

  it('never reads a description as the person the same sentence goes on to name (`the 39-year-old says of Kral`)', () => {
    // `the 39-year-old` had been the person last named, who is the one she speaks of.
    const text = P(
      'Adaora Okafor-Reyes opened her first bakery ten years ago.',
      'A mentor from those years, the restaurateur Samuel Adeyemi-Clarke, recalls her business plan. "She had costed the flour to the penny," he said.',
      '"You need somebody who believes in you first," the 39-year-old says of Adeyemi-Clarke.',
    );
    assert.deepStrictEqual(speakers(text).slice(0, 1), ['Samuel Adeyemi-Clarke']);
    assert.notStrictEqual(speakers(text)[1], 'Samuel Adeyemi-Clarke');
  });
});
