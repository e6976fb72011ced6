// The forms official texts and the wires that rewrite them give a speaker in: a transcript's heading of a title that
// runs through what it is of (`President of Russia Vladimir Putin:`), a ministry named with its portfolio (`the
// Ministry of Foreign Affairs`), a dateline with both a country and a date (`DONETSK, Ukraine, Sept. 30 (UPI) --`), and
// UN meeting coverage's seats (`IVO PESKAR (Eastland) said ...`, then `the representative of Eastland said`).
import * as assert from 'assert';
import { analyzeText } from '../../src/core';
import { speakers } from '../support/quoteSpeakers';

describe('official statements and transcripts', () => {
  it('reads a transcript heading whose title runs through what it is of', () => {
    assert.deepStrictEqual(speakers('President of Eastland Ivo Peskar: "Colleagues, friends, today we sign the treaties."'), ['Ivo Peskar']);
    assert.deepStrictEqual(speakers('Minister of Foreign Affairs Dana Kolar: "We have no plans to discuss this."'), ['Dana Kolar']);
  });

  it('reads no label where nothing but a role and what it is of stands before the colon', () => {
    assert.deepStrictEqual(speakers('Mayor of Port Aldis: "We have no plans to discuss this."'), [null]);
    assert.deepStrictEqual(speakers('Friends of Eastland Ana Ruiz: "We have no plans to discuss this."'), [null]);
  });

  it('reads abbreviated military ranks as titles, never as part of the name (wire style: `Maj. Gen. X`)', () => {
    assert.deepStrictEqual(speakers('"Eastland\'s forces shelled more than 30 villages," said Maj. Gen. Ana Kral.'), ['Ana Kral']);
    assert.deepStrictEqual(speakers('"Eastland\'s forces shelled more than 30 villages," Lt. Gen. Ana Kral said.'), ['Ana Kral']);
    assert.deepStrictEqual(speakers('"Eastland\'s forces shelled more than 30 villages," Brig. Gen. Ana Kral told reporters.'), ['Ana Kral']);
    assert.deepStrictEqual(speakers('"We hold," said Adm. Ivo Peskar, the fleet\'s commander.'), ['Ivo Peskar']);
  });

  it('gives a military staff its own words, never a person named Staff after the rank General', () => {
    for (const text of [
      '"Eastland\'s forces shelled more than 30 villages overnight," the General Staff said.',
      'Westland\'s General Staff said "Eastland\'s forces shelled more than 30 villages overnight."',
      '"Eastland\'s forces shelled more than 30 villages overnight," the General Staff of the Armed Forces of Westland said.',
      'The General Staff of the Armed Forces of Westland said: "Eastland\'s forces shelled more than 30 villages overnight."',
    ]) {
      const [speaker] = speakers(text);
      assert.ok(speaker !== null && /General Staff$/.test(speaker), `${text} -> ${speaker}`);
    }
    // The role of a person stays theirs, and a senator of a state stays a person.
    assert.deepStrictEqual(speakers('"We will hold the line," said Sen. Ana Hall of Westland.'), ['Ana Hall']);
    assert.deepStrictEqual(speakers('"We will hold the line," the chief of staff said.'), ['the chief of staff']);
    assert.deepStrictEqual(speakers('"We will hold the line," White House chief of staff Ana Kral said.'), ['Ana Kral']);
  });

  it('gives a ministry named with its portfolio the words, never a person named after the portfolio', () => {
    for (const text of [
      'The Ministry of Foreign Affairs of Eastland said in a statement: "Eastland will never accept any ultimatums."',
      'The Ministry of Foreign Affairs of Eastland stated that "Eastland will never accept any ultimatums".',
      '"Eastland will never accept any ultimatums," the Ministry of Foreign Affairs said.',
      'The Department of Defence said: "The strikes will go on."',
    ]) {
      const [speaker] = speakers(text);
      assert.ok(speaker !== null && /^(?:Ministry|Department)\b/.test(speaker), `${text} -> ${speaker}`);
    }
    // A body named by what it is of is an organisation, whatever role words that holds; a name after a role in it is a person.
    const office = analyzeText('The Office of the President of Eastland said: "The answer will be on the battlefield."').quotes[0].speaker;
    assert.deepStrictEqual([office?.kind, office?.name], ['organisation', 'Office of the President of Eastland']);
    assert.deepStrictEqual(speakers('The Department of Justice spokesman Ivo Kral said: "No comment on the case."'), ['Ivo Kral']);
    // A title's own `of` still ends in its holder's name.
    assert.deepStrictEqual(speakers('Minister of Foreign Affairs Dana Kolar said: "We have no plans to discuss this."'), ['Dana Kolar']);
  });

  it('reads past a dateline that gives a country and a date before its agency', () => {
    assert.deepStrictEqual(speakers('PORT ALDIS, Eastland, Sept. 30 (UPI) -- "We have returned home," Peskar told the rally.'), ['Peskar']);
    assert.deepStrictEqual(speakers('PORT ALDIS, Eastland, Sept 30 (Harbour Wire) - "We have returned home," Peskar told the rally.'), ['Peskar']);
  });

  it('gives a seat to the person UN meeting coverage named with it in brackets', () => {
    const meeting = 'IVO PESKAR (Eastland) said the vote had been free. DANA KOLAR (Westland) said it had been held at gunpoint.';
    assert.deepStrictEqual(speakers(`${meeting} The representative of Eastland then said: "These accusations are absurd."`), ['IVO PESKAR']);
    assert.deepStrictEqual(speakers(`${meeting} "These accusations are absurd," the representative of Westland said.`), ['DANA KOLAR']);
    assert.deepStrictEqual(speakers(`${meeting} "These accusations are absurd," Westland's representative said.`), ['DANA KOLAR']);
    // A seat no one was named with stays a description; a party tag is no seat.
    assert.deepStrictEqual(analyzeText(`${meeting} The representative of Northland said: "These accusations are absurd."`).quotes.map((q) => q.speaker?.kind), ['description']);
    assert.deepStrictEqual(analyzeText('Sen. Ivo Kral (D-Ore.) spoke first. The representative of Ore. said: "These accusations are absurd."').quotes.map((q) => q.speaker?.kind), ['description']);
  });

  it('never gives a seat to the person another article named with it', () => {
    const first = analyzeText('IVO PESKAR (Eastland) said the vote had been free. The representative of Eastland said: "These accusations are absurd."', { id: 'a' });
    assert.strictEqual(first.quotes[0].speaker?.name, 'IVO PESKAR');
    const second = analyzeText('The representative of Eastland said: "The West is lying about everything."', { id: 'b', registry: first.registry });
    assert.strictEqual(second.quotes[0].speaker?.kind, 'description');
  });

  it('reads the name set off after a role in capitals or a long role, as UN and regional coverage write it', () => {
    assert.deepStrictEqual(speakers('The Secretary-General, Ana Ruiz, said: "This is a dangerous escalation."'), ['Ana Ruiz']);
    assert.deepStrictEqual(speakers('The President of the General Assembly, Ivo Kral, said: "We must uphold the Charter."'), ['Ivo Kral']);
    assert.deepStrictEqual(speakers('The head of the Eastland-backed administration in Port Aldis, Ivo Kral, said: "We are home."'), ['Ivo Kral']);
    // The UN's `Under-Secretary-General` is a title, not a part of the name, before the name or set off after it.
    assert.deepStrictEqual(speakers('Under-Secretary-General Ana Ruiz said: "The situation remains grave."'), ['Ana Ruiz']);
    assert.deepStrictEqual(speakers('Briefing the Council, Ana Ruiz, Under-Secretary-General for Political Affairs, said: "The situation remains grave."'), ['Ana Ruiz']);
  });

  it('never takes a participle of speech opening the sentence for the name a role describes', () => {
    const [speaker] = analyzeText('Responding, the representative of the Eastern Federation said: "These accusations are absurd."').quotes.map((q) => q.speaker);
    assert.strictEqual(speaker?.kind, 'description');
    assert.strictEqual(speaker?.name, 'the representative of the Eastern Federation');
    // A surname in -ing is still a name (`Manning, the chairman of the board, said`).
    assert.deepStrictEqual(speakers('Manning, the chairman of the Harbor Board, said: "These accusations are absurd."'), ['Manning']);
  });

  it('gives a transcript speaker no quote they cite from someone else inside their own unquoted words', () => {
    assert.deepStrictEqual(speakers('Ivo Peskar: Friends, colleagues, I will quote the words of a great philosopher: "If I consider this land my home, that means I love it."'), [null]);
    assert.deepStrictEqual(speakers('Ivo Peskar: They say, "We will not allow this." But they will.'), [null]);
    // Their own words, quoted again, and a headline's label stay theirs.
    assert.deepStrictEqual(speakers('Question: What about the threat?\n\nIvo Peskar: As I have said, "we will use all the means at our disposal."'), ['Ivo Peskar']);
    assert.deepStrictEqual(speakers('Ana Ortiz: Bridge closure is "a temporary pain for all of us in the city"'), ['Ana Ortiz']);
  });
  it('gives `the statement said` to whoever the sentences before showed issuing it', () => {
    // Each had stayed a description, `the statement`, which no draft can be checked against.
    assert.deepStrictEqual(speakers('The Harbour Board issued a statement on Friday. "The port will stay open," the statement said.'), ['Harbour Board']);
    assert.deepStrictEqual(speakers('The Varnia Pact said in a joint statement that it would never accept the vote. "We condemn it," the statement said.'), ['Varnia Pact']);
    assert.deepStrictEqual(speakers('The Harbour Board released a readout of the call. "The two agreed to meet," the readout said.'), ['Harbour Board']);
    // A reader is no author, and a statement no sentence before speaks of is no one's.
    assert.deepStrictEqual(speakers('Ana Kral read the statement aloud. "The port will stay open," the statement said.'), ['the statement']);
    assert.deepStrictEqual(speakers('The port reopened. "It will stay open," the statement said.'), ['the statement']);
  });

  it('reads capitals with a number (`G7`, `G20`) as a group of states, never a person', () => {
    // `G7` had been a person, whom a later `he said` could mean.
    const g7 = analyzeText('"We condemn it," the G7 said.').quotes[0].speaker;
    assert.strictEqual(g7?.kind, 'organisation');
  });

  it("gives `the statement said` to the subject of the clause after a semicolon that issued it, not the sentence's first", () => {
    const text = 'Bakeries across Eastland have struggled for apprentices; the Eastland Bakers Guild said in a statement last year that entrants had halved. "The guild is examining ways to help," the statement said.';
    assert.deepStrictEqual(speakers(text), ['Eastland Bakers Guild']);
  });
});
