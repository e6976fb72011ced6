// A description, a pronoun or a role in the attribution of a quote that follows another person's: court, hearing and
// sport copy change speaker with `the senator asked`, `the sprinter said`, `she said`. Invented sentences.
import * as assert from 'assert';
import { analyzeText, buildCorpusIndex } from '../../src/core';
import { speakers } from '../support/quoteSpeakers';

/** Each quote's speaker's name as a source folder of these articles gives it, for the article `id`. */
function corpusSpeakers(texts: Record<string, string>, id: string): Array<string | null> {
  const index = buildCorpusIndex(Object.entries(texts).map(([key, text]) => ({ id: key, path: `${key}.txt`, text, title: key, outlet: null, url: null, date: null, doubts: [] })));
  return (index.article(id)?.quotes ?? []).map((q) => q.speaker?.name ?? null);
}

describe('a bare role two people of one text hold as often', () => {
  const hearing = [
    'Ferry safety hearing',
    'Senator Ana Kral, a Democrat, held up an email. "This company knew," Kral said.',
    'Senator Lina Dobos, a Republican, pressed the chief executive, Tema Berg, on whether owners should stop sailing.',
    '"Would you tell your own family to sail tomorrow?" the senator asked.',
  ].join('\n\n');
  it('gives the quote to neither senator by the order they were named in', () => {
    // The first senator named had taken every `the senator`, even the one the paragraph before introduced.
    assert.notStrictEqual(corpusSpeakers({ hearing, other: 'Dock vote\n\n"We will vote," Ivo Peskar said.' }, 'hearing')[1], 'Ana Kral');
  });
  it('still gives it to the one holder a text names', () => {
    const one = 'Ferry safety hearing\n\nSenator Lina Dobos, a Republican, pressed the chief executive on safety.\n\n"Would you tell your own family to sail tomorrow?" the senator asked.';
    assert.deepStrictEqual(corpusSpeakers({ one, other: 'Dock vote\n\n"We will vote," Ivo Peskar said.' }, 'one'), ['Lina Dobos']);
  });
});

describe('a peer\'s or a judge\'s style', () => {
  it('tells a man, so a later `she` is not his (`Lord Justice Berg ... asked whether she ... "…," she said`)', () => {
    const text = 'Ana Kral told the inquiry the minister texted her weekly.\n\nLord Justice Berg interrupted to ask whether she accepted that such closeness could do harm.\n\n"I do not think it was wrong, sir," she said.';
    assert.deepStrictEqual(speakers(text), ['Ana Kral']);
  });
  it('tells no sex in a Lord Mayor\'s title', () => {
    assert.deepStrictEqual(speakers('Lord Mayor Ines Varga opened the bridge. "It took ten years," she said.'), ['Ines Varga']);
  });
});

describe('a word in -ing before a portfolio and a name, opening the sentence', () => {
  it('describes the person, the subject a later pronoun means (`Mining minister Lars Dobos ... he said`)', () => {
    const text = 'Ivo Kral handed command to President Tomas Berg. The president replied: "You are not the same after this."\n\nMining minister Lars Dobos, who ran the rescue, said it had cost $10m. "Every peso was worth it," he said.';
    assert.deepStrictEqual(speakers(text), ['Tomas Berg', 'Lars Dobos']);
    // Read as a participle, the sentence had no subject, and the pronoun fell to a last guess a draft check cannot use.
    assert.deepStrictEqual(analyzeText(text).quotes.map((q) => q.method), ['before', 'after']);
  });
  it('still reads a participle opening a clause as one (`Thanking voters, Ana Kral said`)', () => {
    assert.deepStrictEqual(speakers('Thanking voters, Ana Kral said: "We won this together."'), ['Ana Kral']);
  });
});

describe('a trade in the attribution after a quote by someone the texts give an office', () => {
  const cross = 'Prosecutor Tom Berg pressed him on why he had not checked.\n\n"You fired four shots knowing she was behind it," Berg said.\n\n';
  it('is not the prosecutor\'s (`the sprinter said`)', () => {
    assert.notStrictEqual(speakers(`${cross}"That is not true, my lady," the sprinter said.`)[1], 'Tom Berg');
  });
  it('is not the prosecutor\'s where it ends like a nationality (`the Paralympian said`), nor a body\'s', () => {
    const text = `${cross}"That is not true, my lady," the Paralympian said.`;
    assert.notStrictEqual(speakers(text)[1], 'Tom Berg');
    assert.strictEqual(analyzeText(text).quotes[1].speaker?.kind, 'description');
  });
  it('is still the one named last when the texts give them no office (`Tom Berg won ... the sprinter said`)', () => {
    assert.deepStrictEqual(speakers('Tom Berg won the race.\n\n"I felt strong," Berg said.\n\n"The track was fast," the sprinter said.'), ['Tom Berg', 'Tom Berg']);
  });
  it('still reads a nationality as the person named last (`the Frenchman said`)', () => {
    assert.deepStrictEqual(speakers('Tom Berg won the race.\n\n"The track was fast," the Frenchman said.'), ['Tom Berg']);
  });
});

describe('a possessive opening the description of a name with a particle (`Her family\'s spokesman, Jan de Vries,`)', () => {
  it('is someone else\'s, so the man named is the `he` after him, not the judge before', () => {
    // Stopped at `de`, the `Her` had made the spokesman a woman, and `he said` went back to the judge.
    const text = 'Judge Tandeka Mvula allowed the questions.\n\nHer family\'s spokesman, Jan de Vries, said the family was tired. "They want the truth," he said.';
    assert.deepStrictEqual(speakers(text), ['Jan de Vries']);
  });
});

describe('a wire dateline with a year (`PARIS, July 12, 2006 (AFP) -`)', () => {
  it('is no prose, so the lede\'s subject is the person a description after it means (`the 34-year-old told`)', () => {
    const text = 'PARIS, July 12, 2006 (AFP) - Tomas Berg apologised on Wednesday to the children.\n\n"I want to apologise to all the children," the 34-year-old told television.';
    assert.deepStrictEqual(speakers(text), ['Tomas Berg']);
  });
});
