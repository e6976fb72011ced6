// A surname written alone with its particles (`van der Hoek`, `Von Aue`) as the subject of a sentence without a
// quotation: the person the text named in full, so that a `she` after it is hers. Invented text.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

const P = (...paragraphs: string[]) => paragraphs.join('\n\n');

describe('a lone surname opening with its particles', () => {
  it('is the subject in lower case after an opening phrase', () => {
    // The `she` had gone past her to Kristin Dahl, the speaker before.
    assert.deepStrictEqual(
      speakers(P('Margit van der Hoek and Kristin Dahl met the fishers at Tromvik.', '"We will keep the harbour open," Dahl said.', 'In Bergen, van der Hoek said the fund would pay for a new quay. "The boats need it now," she said.')),
      ['Kristin Dahl', 'Margit van der Hoek'],
    );
  });

  it('is the woman named in full when its first particle is also a given name', () => {
    // `Von` is a man's given name: `Von Aue` had been a second person, a man.
    assert.deepStrictEqual(
      speakers(P('Helga von Aue and Kristin Dahl met the fishers at Tromvik.', '"We will keep the harbour open," Dahl said.', 'Von Aue said the fund would pay for a new quay. "The boats need it now," she said.')),
      ['Kristin Dahl', 'Helga von Aue'],
    );
  });
});
