// Drafts in the styles of an eighth set of outlets (a wildfire's wire, local and briefing copy, a utility's
// statement; an annexation told by wires, a statement, a transcript, an explainer and a live blog), checked against
// invented sources: a right attribution raises nothing, a quote given to another of the sources' people is caught.
import * as assert from 'assert';
import { checkDraft } from '../../src/core';
import { indexOf } from '../support/memoryCorpus';
import { speakers } from '../support/quoteSpeakers';

const P = (...paragraphs: string[]) => paragraphs.join('\n\n');

/** The draft's misattributed, altered and distorted quotes: `code: claimed / source`. */
function alarms(draft: string, sources: ReturnType<typeof indexOf>): string[] {
  return checkDraft(draft, sources)
    .findings.filter((f) => /^(misattributed|altered|distorted)-quote/.test(f.code))
    .map((f) => `${f.code}: ${f.claimedSpeaker} / ${f.sourceSpeaker}`);
}

describe('drafts of an eighth set of outlets', () => {
  it('never calls a company`s statement misattributed when its name reads like a person`s and the sources make it the body of a chief', () => {
    // `Marion Falls Power` is read as a person (`Marion`); the sources call it the body of a head and a chief executive.
    const sources = indexOf({
      utility: P(
        'The head of Marion Falls Power said on Monday that the company would pay for the damage.',
        '"If our cable caused this, we will pay for every fence and every barn," chief executive Ivo Peskar said in a statement.',
        'Farmer Ana Kral said she had lost two barns. "Nobody from that company has been out to look at them," Kral said.',
      ),
    });
    const words = '"If our cable caused this, we will pay for every fence and every barn."';
    assert.deepStrictEqual(alarms(`In a statement, Marion Falls Power said: ${words}`, sources), []);
    // The draft's own words may say so (`Marion Falls Power chief executive Ivo Peskar`).
    const own = indexOf({ utility: '"If our cable caused this, we will pay for every fence and every barn," Ivo Peskar said in a statement.' });
    assert.deepStrictEqual(alarms(P('Marion Falls Power chief executive Ivo Peskar apologised.', `Marion Falls Power said: ${words}`), own), []);
    // Another person is still caught, and so is the company given a farmer's words the sources tell apart from it.
    assert.deepStrictEqual(alarms(`Ana Kral said: ${words}`, sources), ['misattributed-quote: Ana Kral / Ivo Peskar']);
    assert.deepStrictEqual(alarms('Marion Falls Power said: "Nobody from that company has been out to look at them."', sources), ['misattributed-quote: Marion Falls Power / Ana Kral']);
  });

  it('catches the words of a source whose name a source withholds given to a person that source names', () => {
    const sources = indexOf({
      insider: P(
        'Dan Ruiz, the finance chief, declined to comment through his lawyer.',
        'A former clerk, who asked not to be named because she feared for her job, said the figures were changed at night. "We were told to make the ledger agree with the forecast before anyone came in," the former clerk said.',
        'Farmer Ana Kral said: "Nobody from that company has ever explained the bill to me."',
      ),
      wire: 'Ivo Peskar, a trader, said: "Every quarter the forecast was met to the penny, and nobody asked how."',
    });
    const words = '"We were told to make the ledger agree with the forecast before anyone came in."';
    assert.deepStrictEqual(alarms(`Dan Ruiz said: ${words}`, sources), ['misattributed-quote: Dan Ruiz / the former clerk']);
    const found = checkDraft(`Dan Ruiz said: ${words}`, sources).findings[0];
    assert.match(found.message, /someone they do not name \(the former clerk\), not Dan Ruiz/);
    // The description itself, a person the sources never name, or one another source names: nothing.
    assert.deepStrictEqual(alarms(`A former clerk said: ${words}`, sources), []);
    assert.deepStrictEqual(alarms(`Lena Ortiz, a former clerk, said: ${words}`, sources), []);
    assert.deepStrictEqual(alarms(`Ivo Peskar said: ${words}`, sources), []);
    // `A source close to …`, `an insider`: unnamed by what they are.
    const tabloid = indexOf({ t: P('Her trainer Dan Ruiz, 52, said she was ready.', 'A source close to the star said: "She has been a wreck for weeks and just wants her name cleared."') });
    assert.deepStrictEqual(alarms('Dan Ruiz said: "She has been a wreck for weeks and just wants her name cleared."', tabloid), ['misattributed-quote: Dan Ruiz / A source close to the star']);
    // A description only holding the word is not one.
    const developers = indexOf({ t: P('Her trainer Dan Ruiz, 52, said she was ready.', 'Open-source developers said: "She has been a wreck for weeks and just wants her name cleared."') });
    assert.deepStrictEqual(alarms('Dan Ruiz said: "She has been a wreck for weeks and just wants her name cleared."', developers), []);
    // A description whose name the source does not say it withholds may be anyone the sources name.
    const plain = indexOf({ a: P('Dan Ruiz, the finance chief, declined to comment.', '"We were told to make the ledger agree with the forecast before anyone came in," a former clerk said.') });
    assert.deepStrictEqual(alarms(`Dan Ruiz said: ${words}`, plain), []);
  });

  it('catches a country`s government given the words of another country`s official, and lets it take its own officials` words', () => {
    const sources = indexOf({
      warsaw: 'Polish President Ivo Peskar said: "No border in Europe will be moved by a rigged vote while we are watching."',
      moscow: 'Kremlin spokesman Dan Ruiz said: "Our answer to any attack on these lands will be swift and will use every means we have."',
      other: P(
        'Defence minister Ana Kral said: "We are ready for every outcome and we will not be surprised by any of them."',
        'American coach Lena Ortiz said: "My players will go wherever the federation sends them, and they will play well."',
      ),
    });
    const polish = '"No border in Europe will be moved by a rigged vote while we are watching."';
    const kremlin = '"Our answer to any attack on these lands will be swift and will use every means we have."';
    assert.deepStrictEqual(alarms(`The Kremlin said: ${polish}`, sources), ['misattributed-quote: Kremlin / Ivo Peskar']);
    assert.deepStrictEqual(alarms(`The Polish foreign ministry said: ${kremlin}`, sources), ['misattributed-quote: Polish foreign ministry / Dan Ruiz']);
    // Its own officials' words, an official the sources tie to no country, and a role that tells only a nationality: nothing.
    assert.deepStrictEqual(alarms(`Warsaw said: ${polish}`, sources), []);
    assert.deepStrictEqual(alarms(`Moscow said: ${kremlin}`, sources), []);
    assert.deepStrictEqual(alarms(`The Kremlin said: ${kremlin}`, sources), []);
    assert.deepStrictEqual(alarms('The Kremlin said: "We are ready for every outcome and we will not be surprised by any of them."', sources), []);
    assert.deepStrictEqual(alarms('The Polish football federation said: "My players will go wherever the federation sends them, and they will play well."', sources), []);
  });

  it('takes a place romanised another way inside a quote (`Kyiv` / `Kiev`, `Zaporizhia` / `Zaporizhzhia` / `Zaporozhye`) for the same words', () => {
    const sources = indexOf({
      a: 'Governor Ivo Peskar said: "The convoys from Kiev reached Zaporizhzhia at dawn and the bridges are still standing."',
    });
    for (const place of ['Kyiv reached Zaporizhia', 'Kyiv reached Zaporozhye', 'Kiev reached Zaporizhzhia']) {
      assert.deepStrictEqual(alarms(`Peskar said: "The convoys from ${place} at dawn and the bridges are still standing."`, sources), [], place);
    }
    // Another place is another thing said.
    assert.deepStrictEqual(alarms('Peskar said: "The convoys from Kyiv reached Kherson at dawn and the bridges are still standing."', sources), ['distorted-quote: Ivo Peskar / Ivo Peskar']);
  });

  it('lets a body the source sets its speaker within take the speaker`s words, though its name reads like a person`s', () => {
    // `Red Cross` is read as a person; the source's `Lena Ortiz of the Red Cross` makes it her body.
    const sources = indexOf({
      shelter: 'The hall manager, Lena Ortiz of the Red Cross, said 200 people slept there. "We have beds for everyone and we need no more blankets," Ortiz said.',
      court: 'Ana Kral, a lawyer for Dan Ruiz, spoke outside court. "My client has never set foot in that warehouse in his life," Kral said.',
    });
    assert.deepStrictEqual(alarms('The Red Cross said: "We have beds for everyone and we need no more blankets."', sources), []);
    // A body the source does not set the speaker within is still someone else.
    assert.deepStrictEqual(alarms('The Red Cross said: "My client has never set foot in that warehouse in his life."', sources), ['misattributed-quote: Red Cross / Ana Kral']);
  });

  it('gives a quotation opened after a sentence of its paragraph and run on into the next to whoever that sentence has speak', () => {
    // `Peskar said the barn was all he had. "I took … ¶ "Everything else …"`: the open quotation had been no one's.
    const text = P('Ivo Peskar said the barn was all he had. "I took the dog and the deeds to the house.', '"Everything else is still in there, if there is still a there."');
    assert.deepStrictEqual(speakers(text), ['Ivo Peskar', 'Ivo Peskar']);
    // A paragraph it runs on into that names another speaker keeps the floor from the first.
    assert.deepStrictEqual(speakers(P('Ivo Peskar said the barn was all he had. "I took the dog.', '"Everything else is still in there," Ana Kral said.')), [null, 'Ana Kral']);
    const sources = indexOf({
      a: '"I took the dog and the deeds to the house. Everything else is still in there, if there is still a there," said Ivo Peskar, 71.',
      b: 'Sheriff Dan Ruiz said: "We closed the road at nine and nobody has been back in since then."',
    });
    assert.deepStrictEqual(alarms(text, sources), []);
    // In a draft too, read a paragraph at a time: both pieces are caught in another mouth (the second, twelve words in
    // the source's order, is no stock phrase though all but one are small words).
    assert.deepStrictEqual(alarms(text.replace('Ivo Peskar said', 'Dan Ruiz said'), sources), ['misattributed-quote: Dan Ruiz / Ivo Peskar', 'misattributed-quote: Dan Ruiz / Ivo Peskar']);
  });

  it('catches another translation of a long quotation given to someone else, and reports it as a variant for its speaker', () => {
    const sources = indexOf({
      a: 'Mayor Ivo Peskar answered his critics on Monday. "We don\'t pay attention to those whose time to take pills has come. The harbour is working, the town is united — only moving forward," Peskar said.',
      b: 'Councillor Dan Ruiz said: "We closed the road at nine and nobody has been back in since then."',
    });
    const other = '"We pay no attention to those whose time has come to take their pills. The harbour is working, the town is united, we are only moving forward."';
    assert.deepStrictEqual(alarms(`Dan Ruiz said: ${other}`, sources), ['misattributed-quote: Dan Ruiz / Ivo Peskar']);
    const right = checkDraft(`Peskar said: ${other}`, sources);
    assert.deepStrictEqual(right.findings.map((f) => f.code), ['variant-quote']);
    // Fewer words in common is another quote.
    assert.deepStrictEqual(alarms('Dan Ruiz said: "We pay no attention to people whose time has come. The harbour is busy and the town is calm."', sources), []);
  });
});
