// Drafts of a tenth set of outlets, whose misattributions the harnesses still missed: a pronoun that finds nobody in the
// draft yet says of which sex the speaker is; a long run of small words. A right attribution raises nothing; a wrong one is caught.
import * as assert from 'assert';
import { checkDraft } from '../../src/core';
import { indexOf } from '../support/memoryCorpus';

const P = (...paragraphs: string[]) => paragraphs.join('\n\n');

/** The draft's misattributed, altered and distorted quotes: `code: claimed / source`. */
function alarms(draft: string, sources: ReturnType<typeof indexOf>): string[] {
  return checkDraft(draft, sources)
    .findings.filter((f) => /^(misattributed|altered|distorted)-quote/.test(f.code))
    .map((f) => `${f.code}: ${f.claimedSpeaker} / ${f.sourceSpeaker}`);
}

describe('drafts of a tenth set of outlets (speaker tags)', () => {
  const hearing = indexOf({
    court: P(
      'The inquiry into the Calder Street scaffold collapse heard from two witnesses on Thursday.',
      'Gregor Haldane, the site foreman, said he had asked for new clamps in March. "I wrote it down twice and I rang the office every single week about those clamps," Haldane said. He said nobody answered him.',
      'Rosalind Pike, who was walking below with her son, wept as she spoke. "The pole missed my boy by the width of a hand and I still see it every night," Pike said. She said her son no longer walks that street.',
    ),
  });

  it('catches a draft whose `he said` or `she said` cannot stand for the sources` speaker of the words', () => {
    // The draft's pronoun finds nobody it names, yet it says a man spoke: the sources' speaker is a woman.
    const him = P('The inquiry also heard from a man who was walking below.', '"The pole missed my boy by the width of a hand and I still see it every night," he said.');
    assert.deepStrictEqual(alarms(him, hearing), ['misattributed-quote: null / Rosalind Pike']);
    const her = P('The foreman gave evidence first.', 'She added: "I wrote it down twice and I rang the office every single week about those clamps."');
    assert.deepStrictEqual(alarms(her, hearing), ['misattributed-quote: null / Gregor Haldane']);
    // A given name of one sex tells, with no pronoun in the sources to say otherwise.
    const bakery = indexOf({ a: P('Marta Quill and Tobiah Renn both saw the fire from the bakery.', '"The smoke came under the door before we heard a single alarm in the whole building," Quill said.') });
    assert.deepStrictEqual(alarms('The fire started at night. "The smoke came under the door before we heard a single alarm in the whole building," he said.', bakery), ['misattributed-quote: null / Marta Quill']);
    const message = checkDraft(him, hearing).findings[0]?.message ?? '';
    assert.match(message, /Rosalind Pike, whom the draft's pronoun/);
  });

  it('raises nothing where the pronoun fits the sources` speaker, is a slip for the speaker named just before, or the speaker`s sex is not sure', () => {
    assert.deepStrictEqual(alarms('Pike broke down. "The pole missed my boy by the width of a hand and I still see it every night," she said.', hearing), []);
    assert.deepStrictEqual(alarms('The foreman spoke first. "I wrote it down twice and I rang the office every single week about those clamps," he said.', hearing), []);
    // The only person the draft names before the words is their speaker: `he` for her is a slip, not another man.
    assert.deepStrictEqual(alarms('Pike, who had been walking with her son, broke down. "The pole missed my boy by the width of a hand and I still see it every night," he said.', hearing), []);
    // Words passed on: a woman may voice a man's words.
    assert.deepStrictEqual(alarms(P('The foreman gave evidence first.', '"I wrote it down twice and I rang the office every single week about those clamps," she said, reading from his notebook.'), hearing), []);
    // A given name of either sex, and no pronoun in the sources: whoever spoke may be a woman.
    const unsure = indexOf({ a: 'Jordan Vale, a neighbour, said: "The pole missed my boy by the width of a hand and I still see it every night."' });
    assert.deepStrictEqual(alarms('A neighbour was there. "The pole missed my boy by the width of a hand and I still see it every night," he said.', unsure), []);
  });

  it('catches a long run of a source`s words given to another, though nearly all of them are small words', () => {
    const rescue = indexOf({
      wire: P(
        'Harbour master Elin Sandvik and the lifeboat coxswain, Piet Ouwerkerk, spoke after the rescue.',
        '"We had the boats to do it and we did it and we would do it all again," Ouwerkerk said.',
        '"We will do what we have to do," Sandvik said of the next storm.',
      ),
    });
    assert.deepStrictEqual(alarms('Elin Sandvik said: "We had the boats to do it and we did it and we would do it all again."', rescue), ['misattributed-quote: Elin Sandvik / Piet Ouwerkerk']);
    assert.deepStrictEqual(alarms('Piet Ouwerkerk said: "We had the boats to do it and we did it and we would do it all again."', rescue), []);
    // Eight small words may be anyone's.
    assert.deepStrictEqual(alarms('Piet Ouwerkerk said: "We will do what we have to do."', rescue), []);
  });

  it('raises nothing where the draft`s pronoun, read as someone named before, may mean the sources` speaker named closer', () => {
    const council = indexOf({
      paper: P(
        'Councillor Ines Varga and the harbour engineer, Sabine Laurent, spoke at the meeting.',
        '"Those pilings have been rotting under the waterline since before I took this job," Laurent said. She said the repairs would take a year.',
        'Varga said the council had been warned. "We will not spend another winter hoping the pier holds," Varga said.',
        'Colm Fairley, the harbour master, said he had closed the pier.',
      ),
    });
    // `she` was read as Varga, the subject two paragraphs up; the woman named next to the quote is the sources' speaker.
    const passed = P('Ines Varga opened the meeting.', 'The engineer, Sabine Laurent, stood at the back as the minutes were read. "Those pilings have been rotting under the waterline since before I took this job," she said.');
    assert.deepStrictEqual(alarms(passed, council), []);
    // Past some third person, whoever the pronoun means is not the speaker: still caught.
    const third = P('Ines Varga opened the meeting.', 'She was sitting beside Colm Fairley. "Those pilings have been rotting under the waterline since before I took this job," she said.');
    assert.deepStrictEqual(alarms(third, council), ['misattributed-quote: Ines Varga / Sabine Laurent']);
  });
});
