// World news as wire services, official transcripts, briefings and regional papers write it, read on invented
// sentences: who the engine names for each quote, and that it names no one where the text does not.
import * as assert from 'assert';
import { analyzeText } from '../../src/core';
import { speakers } from '../support/quoteSpeakers';

describe('world news as wire copy, transcripts and briefings write it', function () {
  this.timeout(60_000);

  it('reads a `continue` that takes an object as no speech verb, so the reported clause keeps its speaker', () => {
    assert.deepStrictEqual(speakers('Foreign Minister Ana Kral said Ankara will continue its efforts for "a just and lasting peace."'), ['Ana Kral']);
    assert.deepStrictEqual(speakers('Ivo Peskar said Turkey would continue the talks with "all the partners who want them."'), ['Ivo Peskar']);
    // Continuing to speak is still speech.
    assert.deepStrictEqual(speakers('Ivo Peskar spoke first. "We are ready," he continued.'), ['Ivo Peskar']);
  });

  it('gives a quote inside a transcript paragraph to the speaker whose label opens the paragraph', () => {
    const transcript = [
      'Meeting on the harbour',
      'Ivo Peskar: Good afternoon, colleagues. Today we discuss the pier. I would call what we saw yesterday "a deliberate provocation," nothing less.',
      'Question: Mr Kral, will the mayor respond?',
      'A. Kral: We have said many times that such statements are "absolutely unacceptable." The mayor has nothing to add.',
      'MS RUIZ: Thank you. We promised "swift and severe costs," and we will deliver.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(transcript), ['Ivo Peskar', 'A. Kral', 'MS RUIZ']);
  });

  it('leaves a transcript quote to no one when the label speaker quotes someone else, or the label is no person', () => {
    // `They say`, `a second colon`: the speaker quotes another voice.
    assert.deepStrictEqual(speakers('Ivo Peskar: They say in the capital, "the port is finished." That is not so.'), [null]);
    assert.deepStrictEqual(speakers('Ivo Peskar: I will read the letter: "the port is finished." That is not so.'), [null]);
    // A dateline in capitals and a one-word label are no speaker.
    assert.deepStrictEqual(speakers('PORT ALDIS: The talks ended without a deal. Officials called the offer "a non-starter" and left.'), [null]);
    assert.deepStrictEqual(speakers('Peskar: The talks ended without a deal. Officials called the offer "a non-starter" and left.'), [null]);
  });

  it('reads the name after a long title whose body has its article (`Deputy Chairman of the Harbour Security Council Ivo Peskar`)', () => {
    assert.deepStrictEqual(
      speakers('Deputy Chairman of the Harbour Security Council Ivo Peskar wrote that "no one will take the pier back." "Any attack on it is an attack on us," the politician added.'),
      ['Ivo Peskar', 'Ivo Peskar'],
    );
    assert.deepStrictEqual(speakers('Chairman of the Port Assembly Ana Kral said the vote was "final."'), ['Ana Kral']);
    // With only the body after the article, the title names no one: `Assembly` is no surname.
    assert.deepStrictEqual(speakers('Chairman of the Port Assembly said the vote was "final and binding on all."'), ['Chairman of the Port Assembly']);
  });

  it('reads a sport\'s position or an artist\'s noun (`the winger`, `the dancer`) as the person named just before', () => {
    assert.deepStrictEqual(
      speakers('Ivo Peskar, who missed a late chance, said the dressing room was "hurting." "We\'ll come back stronger," the winger told reporters.'),
      ['Ivo Peskar', 'Ivo Peskar'],
    );
    assert.deepStrictEqual(speakers('Tomas Berg joined the club in January. "I have never felt so welcome," the footballer, 22, said.'), ['Tomas Berg']);
    assert.deepStrictEqual(speakers('The ballet dancer Ana Kral told the paper she was "not ashamed." "Art is above politics," the dancer said.'), ['Ana Kral', 'Ana Kral']);
  });

  it('gives a statement read out to the body or person whose name it carries (`A Harbour Office statement read:`)', () => {
    assert.deepStrictEqual(speakers('In Aldis, a Harbour Office statement read: "The port will never recognise the sham vote."'), ['Harbour Office']);
    assert.deepStrictEqual(speakers('The talks ended, according to a Harbour Office readout that called them "frank and useful."'), ['Harbour Office']);
    // A text no name issues says nothing for anyone, however it is read out.
    assert.deepStrictEqual(speakers('The statement read: "The port will never recognise the sham vote."'), [null]);
    assert.deepStrictEqual(speakers('The letter read: "The port will never recognise the sham vote."'), [null]);
  });

  it('reads `the diplomat` as a foreign ministry\'s spokesperson or an envoy named before, and `the ambassador` as a UN representative', () => {
    assert.deepStrictEqual(
      speakers('Aldish Foreign Ministry Spokeswoman Ana Kral said the reaction was "predictable." "The West is not interested in what people think," the diplomat stressed.'),
      ['Ana Kral', 'Ana Kral'],
    );
    assert.deepStrictEqual(
      speakers('Aldia\'s representative, Ivo Peskar, told the Council: "The veto shields a crime." "It will not stop us," the Aldian ambassador added.'),
      ['Ivo Peskar', 'Ivo Peskar'],
    );
    // A role of another kind is no diplomat: the description stays unnamed.
    assert.deepStrictEqual(speakers('Harbour Chief Ana Kral said the pier was "ready." "We waited years," the diplomat said.'), ['Ana Kral', 'the diplomat']);
  });

  it('reads the name set off after a role at a body (`Aldia\'s ambassador to the UN, Ivo Peskar,`) as the sentence\'s subject, whom a pronoun means', () => {
    assert.deepStrictEqual(
      speakers('Aldia\'s ambassador to the UN, Ivo Peskar, drew applause in February when he said that Aldia "rejects expansion on any basis."'),
      ['Ivo Peskar'],
    );
    // With no name set off, the pronoun still finds no one but the description.
    assert.deepStrictEqual(
      speakers('Aldia\'s ambassador to the UN drew applause in February when he said that Aldia "rejects expansion on any basis."'),
      ['Aldia\'s ambassador'],
    );
  });

  it('reads one unknown capital issuing a statement (`A Porto statement read:`) as a body, and a person the text names as that person', () => {
    assert.deepStrictEqual(speakers('A Porto statement read: "The club repudiates any act of racism."'), ['Porto']);
    assert.deepStrictEqual(analyzeText('"We accept the ruling," a Porto statement said.').quotes.map((q) => q.speaker?.kind), ['organisation']);
    assert.deepStrictEqual(speakers('Ana Kral left the club. A Kral statement said she was "grateful for every day."'), ['Ana Kral']);
  });

  it('reads a dateline with a region in brackets, a date and an agency (`Kelport [Westshire], July 31 (KNA):`) as no speaker', () => {
    assert.deepStrictEqual(
      speakers('Kelport [Westshire], July 31 (KNA): Councillor Bram Ostrow on Monday took a jibe at Mayor Ilsa Brandt calling her a ‘fake mayor’ after she took a swipe at the council.'),
      ['Bram Ostrow'],
    );
    assert.deepStrictEqual(
      speakers('Port Aldis, Oct. 2 (KNA): Councillor Bram Ostrow on Monday took a jibe at the mayor, calling the plan a "paper budget" in the chamber.'),
      ['Bram Ostrow'],
    );
  });
});
