// An op-ed signed by its author speaks in the author's voice: the quotations its `I` introduces are the author's own
// words, never those of the person last named; an unsigned text's, a staff byline's or a transcript's `I` stays no
// one. Invented text.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/attribution/analyzeText';

const P = (...paragraphs: string[]) => paragraphs.join('\n\n');

/** The speaker's name (or `-`) of the quotation that opens with `start`. */
function speakerOf(text: string, start: string): string {
  const quote = analyzeText(text, { id: 'a' }).quotes.find((q) => q.text.startsWith(start));
  assert.ok(quote, `no quotation opens with ${start}`);
  return quote.speaker?.name ?? '-';
}

const body = (byline: string) =>
  P(
    'The harbour cannot wait another winter',
    byline,
    'Last spring I walked the quays with the dockers of Vellin. Their cranes are older than most of them.',
    'When I met the transport minister, Petr Holub, in March, I told him: "Every month of delay costs us a ship."',
    'He promised a plan. As I said in the council in June, "a promise is not a crane."',
  );

describe('an op-ed\'s first person', () => {
  it('gives the quotations its `I` introduces to the author its byline names, not to the man named before', () => {
    // Both had been no one's: `I` was never anyone.
    assert.strictEqual(speakerOf(body('By Mirela Dusk'), 'Every month'), 'Mirela Dusk');
    assert.strictEqual(speakerOf(body('By Mirela Dusk'), 'a promise is not'), 'Mirela Dusk');
  });

  it('never makes the author the `he` of a quotation after `I asked` someone', () => {
    const text = P('Notes from the quays', 'By Tomas Velk', 'I asked the foreman, Jan Vok, what he wanted. "A fair wage," he said.');
    // The author, subject of `I asked`, had been taken for the `he` who answered.
    assert.strictEqual(speakerOf(text, 'A fair wage'), 'Jan Vok');
  });

  it('gives `I` to no one when the byline names no one author, or there is none', () => {
    assert.strictEqual(speakerOf(body('By Harbor Wire staff'), 'Every month'), '-');
    assert.strictEqual(speakerOf(body('By Mirela Dusk and Ivo Brand'), 'Every month'), '-');
    assert.strictEqual(speakerOf(body('Opinion'), 'Every month'), '-');
  });

  it('leaves a transcript\'s `I` to its turns, never to the byline of the page that prints it', () => {
    const record = P('Talks at the port: transcript', 'By Mirela Dusk', 'Petr Holub: Thank you all.', 'Ana Rusk: Welcome. When we met, I told him: "We need a plan by May."', 'Petr Holub: We have one.', 'Ana Rusk: Good.');
    assert.notStrictEqual(speakerOf(record, 'We need a plan'), 'Mirela Dusk');
  });
});

describe('a byline\'s writer is no pronoun\'s speaker', () => {
  const story = (byline: string, body: string) => P('Fair brings boom to Castlemore', byline, 'Fans brought an estimated £5m to the town over three nights, a council report says.', body);

  it('never gives a `he` to the role line under the byline\'s name', () => {
    // `Cammy` is a woman's name to the lexicon, so `he` found no man in the body and took the byline's role line.
    const text = story('By Kevin Dorrit\nNorthern environment correspondent', 'The council\'s leader, Cammy Quill, said the fair had been "a huge success". "The hotels were full all weekend," he said.');
    assert.strictEqual(speakerOf(text, 'a huge success'), 'Cammy Quill');
    assert.notStrictEqual(speakerOf(text, 'The hotels were full'), 'Northern environment correspondent');
  });

  it('never gives a `he` to the role set off after the byline\'s name', () => {
    // The subject of `turns 90` is not read, and `he` had reached back past it to the byline's `science editor`.
    const text = P('At 90, Hollis still wants more', 'By Kevin Dorrit, science editor\nThe Castlemore Courier', P('Sir Ruan Hollis turns 90 this week, and he shows little sign of slowing down. He has just finished filming.', '"I am not going to stop," he says.'));
    assert.notStrictEqual(speakerOf(text, 'I am not going'), 'science editor');
  });

  it('never gives a `he` to a byline with no `By`, a name alone over the date', () => {
    // `Cammy` is a woman's name to the lexicon: `he` found no man in the lede and reached back to the writer's name.
    for (const byline of ['Kevin Dorrit\nSat Mar 4 2017 - 06:00', P('Kevin Dorrit', 'Saturday 4 March 2017')]) {
      const text = P('The last ferrymen of Castlemore', 'Fewer than twenty boats still cross the lough.', byline, 'When the ferry lands, Cammy Quill is waiting on the slip. He has run the crossing since 1990.', '"You\'ll want tea," he said.');
      assert.notStrictEqual(speakerOf(text, 'You\'ll want tea'), 'Kevin Dorrit');
    }
  });
  it('never gives a description of the lede to the writer an `Author` label names over the body', () => {
    // `Greta Holm remembers` is no subject the search reads, and `the 64-year-old pensioner` had reached back to the name under `Author`.
    for (const label of ['Author Vera Lindqvist', 'Author: Vera Lindqvist']) {
      const text = P('Castlemore bakery closes after ninety years', 'Date 04.03.2017\n' + label, 'The flour came in through the door first, Greta Holm remembers, then through the windows.', '"We sold the last loaf at noon," the 64-year-old pensioner told the Courier.');
      assert.notStrictEqual(speakerOf(text, 'We sold the last loaf'), 'Vera Lindqvist');
    }
  });
});
