// Inside a labelled turn of an interview or a transcript, the one answering speaks as `I` and the one asking is `you`:
// `she said` or `he writes` in the answer tells of a third person, never of the label's speaker nor of the
// interviewer; `You replied ... "…"` gives the words to the one addressed. Invented text.
import * as assert from 'assert';
import { analyzeText } from '../../src/core';

const P = (...paragraphs: string[]) => paragraphs.join('\n\n');
const INTRO = 'Rosa Quillfeather paints harbours. Martin Adeyemi spoke to her in Lisbon.';

/** The speaker of each quotation in marks (a turn's unmarked words left out), in order. */
function markedSpeakers(text: string): Array<string | null> {
  return analyzeText(text).quotes.filter((q) => text[q.start] === '"').map((q) => q.speaker?.name ?? null);
}

describe('a third person\'s words inside a labelled turn', () => {
  it('gives `He said` in an answer neither to the one answering nor to the interviewer', () => {
    const text = P(INTRO, 'Adeyemi: Did your father see the paintings?', 'Quillfeather: Some. I showed him the first one. He said, "Keep the blue." I kept the blue.', 'Adeyemi: And your aunt?', 'Quillfeather: One letter. She writes, "Your father was proud." I cried.');
    assert.deepStrictEqual(markedSpeakers(text), [null, null]);
  });

  it('does not give `He\'d say` to the interviewer who spoke of him', () => {
    const text = P(INTRO, 'Adeyemi: Did your father see the paintings?', 'Quillfeather: Some.', 'Adeyemi: What would he say now?', 'Quillfeather: He\'d say, "Who paid for the frames?" And then he\'d laugh.');
    assert.deepStrictEqual(markedSpeakers(text), [null]);
  });

  it('gives `She writes` to the person the answer names before it', () => {
    const text = P(INTRO, 'Adeyemi: Did your family write to you?', 'Quillfeather: My aunt Carmen sent one letter. She writes, "Your father was proud." I cried.', 'Adeyemi: And your father?', 'Quillfeather: He never wrote.');
    assert.deepStrictEqual(markedSpeakers(text), ['Carmen']);
  });

  it('reads `Q:` and `A:` turns the same way', () => {
    const text = P('Greta Lindqvist, the ferry captain, talked to us about her first crossing.', 'Q: Who taught you?', 'A: My uncle Piet. He said, "Watch the water, not the map." I still do.', 'Q: And your mother?', 'A: She said, "Come home by dark."');
    assert.deepStrictEqual(markedSpeakers(text), [null, null]);
  });

  it('still gives the words after the exchange to the person the narration names', () => {
    const text = P(INTRO, 'Adeyemi: Did your aunt read it?', 'Quillfeather: She read it twice. She said, "Too blue." I laughed.', 'Adeyemi: And now?', 'Quillfeather: I paint less.', 'Her aunt, Carmen Vidal, reached by phone, laughed at that. "It is still too blue," she said.');
    assert.deepStrictEqual(markedSpeakers(text), [null, 'Carmen Vidal']);
  });

  it('gives the words after `You wrote at 9:14.` in a question to no one, not to the one asking', () => {
    const text = P('A nurse told the court she had checked the chart twice.', 'The court heard the following exchange:', 'Mr Hallam: You were on shift at nine. Correct?', 'Ms Okoro: Yes.', 'Mr Hallam: You wrote at 9:14. "Patient settled."', 'Ms Okoro: That was before the fall.');
    assert.deepStrictEqual(markedSpeakers(text), [null]);
  });

  it('keeps the turns themselves with their labels\' speakers', () => {
    const text = P(INTRO, 'Adeyemi: Did your father see the paintings?', 'Quillfeather: Some. He said, "Keep the blue." I kept the blue.', 'Adeyemi: And now?', 'Quillfeather: I paint less.');
    const turns = analyzeText(text).quotes.filter((q) => q.method === 'transcript').map((q) => q.speaker?.name ?? null);
    assert.deepStrictEqual([...new Set(turns)].sort(), ['Martin Adeyemi', 'Rosa Quillfeather']);
  });
});
