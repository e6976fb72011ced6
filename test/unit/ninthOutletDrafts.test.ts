// Drafts of a ninth set of outlets, about people easy to confuse: one name spelt otherwise by different outlets
// (transliterated, initials), a company speaking through its spokesman. A right attribution raises nothing; the
// words given to someone else of the sources' people are still caught.
import * as assert from 'assert';
import { checkDraft } from '../../src/core';
import { indexOf } from '../support/memoryCorpus';
import { speakers } from '../support/quoteSpeakers';

const P = (...paragraphs: string[]) => paragraphs.join('\n\n');

/** The draft's misattributed, altered and distorted quotes: `code: claimed / source`. */
function alarms(draft: string, sources: ReturnType<typeof indexOf>): string[] {
  return checkDraft(draft, sources)
    .findings.filter((f) => /^(misattributed|altered|distorted)-quote/.test(f.code))
    .map((f) => `${f.code}: ${f.claimedSpeaker} / ${f.sourceSpeaker}`);
}

describe('drafts of a ninth set of outlets (people easy to confuse)', () => {
  it('never calls a quote misattributed when the draft spells its speaker as another outlet transliterates the name', () => {
    const sources = indexOf({
      wire: P('Governor Andriy Kovalchuk spoke from the dam on Monday.', '"The river will be back in its bed within a week, and every family will get its house back," Kovalchuk said.'),
      local: P('Governor Andrei Kowalczuk visited the shelters on Tuesday.', '"Nobody sleeps on a school floor for longer than a month, I promise you that," Kowalczuk said.'),
      third: 'Ana Kral, the mayor of Dunmore, said: "We were told the water would stop at the bridge, and it did not."',
    });
    // The local paper's words given with the wire's spelling, and the other way round.
    assert.deepStrictEqual(alarms('"Nobody sleeps on a school floor for longer than a month," Kovalchuk said.', sources), []);
    assert.deepStrictEqual(alarms('Andrei Kowalczuk said: "The river will be back in its bed within a week, and every family will get its house back."', sources), []);
    const short = indexOf({ a: 'Yuriy Tkachenko, the coach, said: "We lost the game in the first ten minutes and never found it again."', b: 'Yuri Tkachenko spoke after the match.' });
    assert.deepStrictEqual(alarms('Yuri Tkachenko said: "We lost the game in the first ten minutes and never found it again."', short), []);
    // Someone else is still caught, in either spelling.
    assert.deepStrictEqual(alarms('Andrei Kowalczuk said: "We were told the water would stop at the bridge, and it did not."', sources), ['misattributed-quote: Andrei Kowalczuk / Ana Kral']);
    assert.deepStrictEqual(alarms('Ana Kral said: "Nobody sleeps on a school floor for longer than a month, I promise you that."', sources), ['misattributed-quote: Ana Kral / Andrei Kowalczuk']);
  });

  it('never calls a quote misattributed when the draft gives its speaker`s given names as initials', () => {
    const sources = indexOf({
      wire: P(
        'The commissioner, Jean-Luc Marchand, spoke in Brussels.',
        '"A border in the middle of a river cannot be a border in the middle of the rules," Marchand said.',
        'Jan Kral, a ferry captain, said: "Nobody on the water reads the rule book of two countries at once."',
      ),
    });
    assert.deepStrictEqual(alarms('J.L. Marchand said: "A border in the middle of a river cannot be a border in the middle of the rules."', sources), []);
    assert.deepStrictEqual(alarms('Commissioner JL Marchand: "A border in the middle of a river cannot be a border in the middle of the rules."', sources), []);
    // Initials that are not the speaker's, or another person: caught.
    assert.deepStrictEqual(alarms('J.L. Marchand said: "Nobody on the water reads the rule book of two countries at once."', sources), ['misattributed-quote: J.L. Marchand / Jan Kral']);
    assert.deepStrictEqual(alarms('P.K. Marchand said: "A border in the middle of a river cannot be a border in the middle of the rules."', sources), ['misattributed-quote: P.K. Marchand / Jean-Luc Marchand']);
  });

  it('keeps a father and a daughter of one surname apart, and two given names of one letter`s difference of another sex', () => {
    const sources = indexOf({
      firm: P(
        'Ivo Peskar founded the bakery in 1979; his daughter Mira Peskar runs it now.',
        '"I would never have sold the old oven, it baked for forty years without a day off," Ivo Peskar said.',
        '"We sold the oven because the inspectors told us to, and I would do it again," Mira Peskar said.',
      ),
    });
    assert.deepStrictEqual(alarms('Mira Peskar said: "I would never have sold the old oven, it baked for forty years without a day off."', sources), ['misattributed-quote: Mira Peskar / Ivo Peskar']);
    const twins = indexOf({ t: P('Jan Horak and his sister Jana Horak both spoke.', '"The flood took the whole ground floor and the car with it," Jana Horak said.') });
    assert.deepStrictEqual(alarms('Jan Horak said: "The flood took the whole ground floor and the car with it."', twins), ['misattributed-quote: Jan Horak / Jana Horak']);
  });

  it('never calls a company`s statement misattributed when a source quotes its spokesman, named after the company', () => {
    const sources = indexOf({
      business: P(
        'Asked about the delays, a spokesman for Horvat Rail, Dan Ruiz, said: "No train leaves this depot before the brakes are checked twice."',
        'Ana Kral, a commuter, said: "I have been late for work every day this month, and nobody ever says why."',
      ),
    });
    assert.deepStrictEqual(alarms('Horvat Rail said: "No train leaves this depot before the brakes are checked twice."', sources), []);
    // The company given a commuter's words is still caught.
    assert.deepStrictEqual(alarms('Horvat Rail said: "I have been late for work every day this month, and nobody ever says why."', sources), ['misattributed-quote: Horvat Rail / Ana Kral']);
    // A person's spokesman, set out the same way, does not make his words the person's.
    const staff = indexOf({ t: 'Asked about the delays, a spokesman for Ivo Peskar, Dan Ruiz, said: "No train leaves this depot before the brakes are checked twice."' });
    assert.deepStrictEqual(alarms('Ivo Peskar said: "No train leaves this depot before the brakes are checked twice."', staff), ['misattributed-quote: Ivo Peskar / Dan Ruiz']);
  });

  it('never calls a quote misattributed when the draft says its speaker spoke through the spokesman or lawyer the source quotes', () => {
    const sources = indexOf({
      business: P(
        'Horvat Rail is run by Ana Kral. Asked about the delays, a spokesman for the company, Dan Ruiz, said: "No train leaves this depot before the brakes are checked twice."',
        'Ivo Peskar, a commuter, said: "I have been late for work every day this month, and nobody ever says why."',
      ),
      court: 'Mira Horak did not appear in court. "My client has never signed a contract with that firm in her life," her lawyer, Jan Novak, told the judge.',
    });
    assert.deepStrictEqual(alarms('Ana Kral said through a spokesman: "No train leaves this depot before the brakes are checked twice."', sources), []);
    assert.deepStrictEqual(alarms('Through a company spokeswoman, Ana Kral said that "no train leaves this depot before the brakes are checked twice."', sources), []);
    assert.deepStrictEqual(alarms('Mira Horak said through her lawyer: "My client has never signed a contract with that firm in her life."', sources), []);
    // Without the spokesman, or given words of someone the sources call no spokesman, it is still caught.
    assert.deepStrictEqual(alarms('Ana Kral said: "No train leaves this depot before the brakes are checked twice."', sources), ['misattributed-quote: Ana Kral / Dan Ruiz']);
    assert.deepStrictEqual(alarms('Ana Kral said through a spokesman: "I have been late for work every day this month, and nobody ever says why."', sources), ['misattributed-quote: Ana Kral / Ivo Peskar']);
    assert.deepStrictEqual(alarms('Mira Horak said through a spokesman: "My client has never signed a contract with that firm in her life."', sources), ['misattributed-quote: Mira Horak / Jan Novak']);
  });

  it('never gives a pronoun`s words to an earlier speaker past `the elder Kral`, whom the text does not say which Kral is', () => {
    const story = P(
      'Ivo Peskar founded the bakery in 1979, and his daughter Mira Peskar runs it now.',
      'The inspector, Dan Ruiz, said the ovens were unsafe. "I would close that kitchen tomorrow if the law let me," Ruiz said.',
      'The elder Peskar said he had not spoken to his daughter for a week. "We will talk when the inspectors have gone home," he said.',
    );
    assert.deepStrictEqual(speakers(story), ['Dan Ruiz', null]);
    // So a draft giving those words to Ivo Peskar is not told they are the inspector's; the inspector's still are.
    const sources = indexOf({ bakery: story });
    assert.deepStrictEqual(alarms('Ivo Peskar said: "We will talk when the inspectors have gone home."', sources), []);
    assert.deepStrictEqual(alarms('Ivo Peskar said: "I would close that kitchen tomorrow if the law let me."', sources), ['misattributed-quote: Ivo Peskar / Dan Ruiz']);
    // A named subject still leads the pronoun to its person.
    assert.deepStrictEqual(speakers(story.replace('The elder Peskar said', 'Ivo Peskar said')), ['Dan Ruiz', 'Ivo Peskar']);
    // `the distant West` is no one's surname: a role after it still means the person named before.
    assert.deepStrictEqual(speakers(P('The distant West is seeking a long war, Foreign Minister Ana Kral said on Thursday.', '"They are not interested in peace, and they never were," the minister said.')), ['Ana Kral']);
  });

  it('catches a quote given to the person a source speaker quoted in the paragraph before, the words quoted there being that person`s', () => {
    const sources = indexOf({
      talks: P(
        'Ana Kral quoted her counterpart, Ivo Peskar, as saying the two towns would "share every map we have, from the old surveys to the new drone pictures."',
        '"We do not need two maps of one river," Kral told reporters after the meeting.',
      ),
    });
    assert.deepStrictEqual(alarms('Ivo Peskar said: "We do not need two maps of one river."', sources), ['misattributed-quote: Ivo Peskar / Ana Kral']);
    assert.deepStrictEqual(alarms('Ana Kral said: "We do not need two maps of one river."', sources), []);
    // Words the source has her quote from him, given to him, raise nothing.
    assert.deepStrictEqual(alarms('Ivo Peskar said the towns would "share every map we have, from the old surveys to the new drone pictures."', sources), []);
    // A sentence saying she read out his words, with none quoted in it, still leaves the next quote his or hers.
    const readOut = indexOf({ hearing: P('Ana Kral then read out a letter from Ivo Peskar.', '"We do not need two maps of one river, and we never did," Kral read.') });
    assert.deepStrictEqual(alarms('Ivo Peskar wrote: "We do not need two maps of one river, and we never did."', readOut), []);
  });

  it('never calls a quote misattributed when the draft says its speaker quoted, echoed or repeated the source`s speaker, by name or role', () => {
    const sources = indexOf({
      wire: P('President Ana Kral of Eastland spoke on television on Sunday.', '"We will find out who opened the gates, and they will answer for it," Kral said.'),
      local: 'Ivo Peskar, the mayor of Dunmore, said: "Every family on the river will get a new house before winter."',
    });
    const words = '"We will find out who opened the gates, and they will answer for it."';
    assert.deepStrictEqual(alarms(`Ivo Peskar echoed Kral: ${words}`, sources), []);
    assert.deepStrictEqual(alarms(`Ivo Peskar repeated Kral's promise: ${words}`, sources), []);
    assert.deepStrictEqual(alarms(`Ivo Peskar, quoting the Eastland president, said: ${words}`, sources), []);
    // Repeating, or quoting someone the sources do not give the words, is no such sign.
    assert.deepStrictEqual(alarms(`Ivo Peskar repeated: ${words}`, sources), ['misattributed-quote: Ivo Peskar / Ana Kral']);
    assert.deepStrictEqual(alarms(`Ivo Peskar, quoting the river board, said: ${words}`, sources), ['misattributed-quote: Ivo Peskar / Ana Kral']);
  });

  it('never calls a quote misattributed when the draft names its speaker by a bare role the sources give two people', () => {
    const sources = indexOf({
      east: 'Eastland\'s foreign minister, Ana Kral, said: "Our divers and theirs will search the river as one team until every family has an answer."',
      west: P('Foreign Minister Ivo Peskar flew home to Westland on Monday.', '"We will see the evidence for ourselves before we sign anything," Peskar said.'),
      city: 'Mayor Dan Ruiz said: "Every family on the river will get a new house before winter."',
    });
    assert.deepStrictEqual(alarms('The foreign minister said: "Our divers and theirs will search the river as one team until every family has an answer."', sources), []);
    assert.deepStrictEqual(alarms('The foreign minister said: "We will see the evidence for ourselves before we sign anything."', sources), []);
    // A name with the role is still caught.
    assert.deepStrictEqual(alarms('Foreign Minister Ivo Peskar said: "Our divers and theirs will search the river as one team until every family has an answer."', sources), ['misattributed-quote: Ivo Peskar / Ana Kral']);
  });
});
