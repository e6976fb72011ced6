// Official and state-media texts as the judge's annexation coverage has them: envoys with long capitalised titles,
// readouts that call their own leader `The President`, scare quotes around a vote's name. Invented sentences.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('state media, readouts and official texts', function () {
  this.timeout(60_000);

  it('gives the words to the envoy whose capitalised title ends in `to the United Nations`, not to the country before it', () => {
    assert.deepStrictEqual(speakers('Norland\'s Permanent Representative to the United Nations Ivo Peskar said the draft was "a provocation."'), ['Ivo Peskar']);
    assert.deepStrictEqual(speakers('Later, Norland\'s Ambassador to the United Nations Ana Kral told reporters the vote was "a show."'), ['Ana Kral']);
    // The members speaking for their union stay the union's.
    assert.deepStrictEqual(speakers('The European Union\'s member states said the vote was "null and void."'), ['European Union']);
  });

  it('gives a nationality before `state television` no words: it describes the channel, it is no one who speaks', () => {
    assert.deepStrictEqual(speakers('Norlandic state television described the ceremony in the old palace as a "reunification."'), [null]);
    assert.deepStrictEqual(speakers('Norlandic state media called the vote "a triumph of the people."'), [null]);
    // A name still does what the sentence says it did.
    assert.deepStrictEqual(speakers('Peskar described the ceremony in the old palace as "a reunification."'), ['Peskar']);
  });

  it('leaves a scare-quoted vote no one\'s: dated by in narration, or named otherwise by the clause after it', () => {
    assert.deepStrictEqual(speakers('Norland absorbed the peninsula two days after a hastily arranged "referendum" at the port.'), [null]);
    assert.deepStrictEqual(speakers('Norland absorbed the peninsula after a "referendum" that Ostmark and its allies have called illegal.'), [null]);
    assert.deepStrictEqual(speakers('The troops arrived after the "vote" that Ana Kral described as a farce.'), [null]);
    // The subject's own word, after a verb of speech, and the object of the clause's verb, stay theirs.
    assert.deepStrictEqual(speakers('Ana Kral praised the deal as a "breakthrough" after the talks.'), ['Ana Kral']);
    assert.deepStrictEqual(speakers('He repeated the "fake news" that Ana Kral had warned of.'), ['Ana Kral']);
  });

  it('does not give `the Turkish minister` the words when the minister last named is the Russian one', () => {
    const text = 'Ivo Peskar, the Russian foreign minister, met his Turkish counterpart in Antalya. "No one can accept this," the Turkish minister said. "We stand firm," the Russian minister said.';
    assert.deepStrictEqual(speakers(text), ['the Turkish minister', 'Ivo Peskar']);
    // A party's word is no country: the Republican nominee is still the one named.
    assert.deepStrictEqual(speakers('Republican Senator Ana Kral of Ohio spoke in Reno. "We will win," the Republican senator said.'), ['Ana Kral']);
  });

  it('does not guess past an unnamed role opening the sentence before a pronoun, at the one it acted on', () => {
    const text = 'The President of the Republic spoke this afternoon with President Ivo Peskar. He reiterated the country\'s "total solidarity" with Ostmark.';
    assert.deepStrictEqual(speakers(text), [null]);
    // With no role before it, the person named is still the guess.
    assert.deepStrictEqual(speakers('The award went to Ivo Peskar last year. "It was a surprise," he said.'), ['Ivo Peskar']);
  });

  it('reads a transcript labelled by surname alone when its heading names the speaker with a possessive', () => {
    const transcript = [
      'Transcript: Deputy Foreign Minister Ivo Peskar\'s remarks to the press',
      'PESKAR: Good morning. The decision has been taken by the people themselves, and it will be respected.',
      'REPORTER: Minister, your neighbours say they will expel your ambassador.',
      'PESKAR: That is their sovereign right. We will respond in kind.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(transcript), ['Ivo Peskar', null, 'Ivo Peskar']);
  });

  it('gives a Q&A\'s answers to the person its heading says was interviewed, though it names the broadcaster too', () => {
    const interview = [
      'Interview of President Ivo Peskar to the Nordic Broadcasting Corporation',
      'Q: Mr. President, what does the vote change for you?',
      'A: Nothing. A signature in another capital does not move a border.',
      'Q: What do you need most now?',
      'A: Air defence. Every day we wait costs lives.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(interview), [null, 'Ivo Peskar', null, 'Ivo Peskar']);
    // An explainer that only mentions an interview with an outlet keeps its answers its own.
    const explainer = ['In an interview with the Nordic Broadcasting Corporation, the port chief set out the plan.', 'Q: What changes?', 'A: The quay closes.', 'Q: When?', 'A: In May.'].join('\n\n');
    assert.deepStrictEqual(speakers(explainer).filter((x) => x !== null), []);
  });

  it('reads state media\'s `the head of state` as the president last named', () => {
    const text = 'Norlandic President Ivo Peskar met the security council on Monday. "The choice was free," Peskar said. The head of state noted that it "cannot be reversed by anyone."';
    assert.deepStrictEqual(speakers(text), ['Ivo Peskar', 'Ivo Peskar']);
    // With no president named before it, the head of state is no one the text names.
    assert.deepStrictEqual(speakers('Ana Kral, the foreign minister, spoke first. The head of state noted that it "cannot be reversed by anyone."'), ['The head of state']);
  });

  it('does not give a `he` after `The representative of China said` to the envoy named a sentence before', () => {
    const text = 'Norland\'s envoy Ivo Peskar called the text "confrontational." He urged delegations to vote against it. The representative of Ostmark said his delegation would abstain. "The crisis cannot be resolved by resolutions," he said.';
    assert.deepStrictEqual(speakers(text), ['Ivo Peskar', null]);
  });
});
