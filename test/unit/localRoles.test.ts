// Local copy (a city's mayor, a team's coach, a company's finance chief) names a role that one person holds in each
// place: another article's holder is someone else's. Invented sentences.
import * as assert from 'assert';
import { indexOf } from '../support/memoryCorpus';

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
});
