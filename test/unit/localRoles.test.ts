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
