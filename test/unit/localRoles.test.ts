// Local copy (a city's mayor, a team's coach, a company's finance chief) names a role that one person holds in each
// place: another article's holder is someone else's. Invented sentences.
import * as assert from 'assert';
import { indexOf } from '../support/memoryCorpus';
import { speakers } from '../support/quoteSpeakers';

const speakerOf = (texts: Record<string, string>, id: string) => indexOf(texts).article(id)?.quotes.map((q) => (q.speaker?.kind === 'person' ? q.speaker.name : null));

describe('roles of a place, a team or a company', () => {
  it('never gives `the mayor` or `the CFO` of an article the holder another article names', () => {
    const texts = {
      harbour: 'Mayor Joan Pike opened the pier. "We will pay for it," Pike said. Chief Financial Officer Rita Gomez spoke on the call. "Margins held," Gomez said.',
      storm: 'A storm closed the coast road on Tuesday. "The roads are shut," the mayor said at a briefing. "Guidance is unchanged," the CFO told analysts.',
    };
    assert.deepStrictEqual(speakerOf(texts, 'storm'), [null, null]);
  });

  it('never gives an office of two words every country or company has (`the prime minister`, `the chief executive`) the holder another article names', () => {
    const texts = {
      summit: 'Prime Minister Alan Varley flew to Oslo. "We will sign," Varley said. Chief Executive Rita Gomez spoke on the call. "Margins held," Gomez said.',
      briefing: 'Tomas Brell has called the flooding "the worst in a generation". Speaking in the capital, the prime minister said: "We must level with people." "Guidance is unchanged," the chief executive told analysts.',
    };
    assert.deepStrictEqual(speakerOf(texts, 'briefing')?.slice(1), [null, null]);
  });

  it('still gives a role to the holder its own article names, and a role its words narrow to the one another article gives it', () => {
    const texts = {
      profile: 'Varnia Gov. Ana Kral signed the bill. "It is law now," Kral said.',
      storm: 'Mayor Joan Pike toured the coast. "The roads are shut," the mayor said. "We will reopen them," the Varnia governor said.',
    };
    assert.deepStrictEqual(speakerOf(texts, 'storm'), ['Joan Pike', 'Ana Kral']);
  });

  it('reads the short titles of US local copy as titles: the name after them speaks, never the abbreviation', () => {
    assert.deepStrictEqual(speakers('"It is a giveaway," said Ald. Ana Kral (49th).'), ['Ana Kral']);
    assert.deepStrictEqual(speakers('"We found nothing," said Cpl. Ivo Peskar of the state patrol.'), ['Ivo Peskar']);
    assert.deepStrictEqual(speakers('"We found nothing," Det. Sgt. Ana Kral said.'), ['Ana Kral']);
    assert.deepStrictEqual(speakers('Ald. Ivo Peskar spoke first. "We will fight this," the alderman said.'), ['Ivo Peskar']);
  });
});
