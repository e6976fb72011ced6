// Drafts in the styles of a seventh set of outlets (an election count with its returning officer and pollsters, a
// medicine recall with its company, regulator and doctors, a celebrity's court case as a tabloid and a broadsheet
// tell it), checked against invented sources: a right attribution raises nothing, a quote given to another of the
// sources' people is caught.
import * as assert from 'assert';
import { analyzeText, checkDraft } from '../../src/core';
import { speakers } from '../support/quoteSpeakers';
import { indexOf } from '../support/memoryCorpus';

const P = (...paragraphs: string[]) => paragraphs.join('\n\n');

const SOURCES = indexOf({
  hearing: P(
    'TARNLEY — A trainer accused of doping a racehorse appeared before magistrates on Thursday.',
    'The stable lad, Tom Berg, said he had seen the syringe in the tack room. "It was sitting on the shelf in a paper bag the week before the race," Berg said.',
    'Defending, Ivo Peskar said the witness had been sacked a month earlier. "A man with a grudge and a good memory for shelves is not evidence," Peskar said.',
    'Prosecutor Ana Kral said the Crown would call the vet who took the samples.',
  ),
  recall: P(
    'The chief inspector of the food agency, Lena Ortiz, said the recall covered every jar sold since June. "We found glass in four jars from one line, and one is too many," Ortiz said.',
  ),
});

/** The draft's misattributed, altered and distorted quotes: `code: claimed / source`. */
function alarms(draft: string): string[] {
  return checkDraft(draft, SOURCES)
    .findings.filter((f) => /^(misattributed|altered|distorted)-quote/.test(f.code))
    .map((f) => `${f.code}: ${f.claimedSpeaker} / ${f.sourceSpeaker}`);
}

describe('drafts of a seventh set of outlets', () => {
  it('reads `"…," the inspector, Ana Kral, said` as Ana Kral speaking, and catches the name of another there', () => {
    // A lower-case word for what the person does, set off before the name after the quote (had been read as no one).
    assert.deepStrictEqual(speakers('"The jars were sealed at the wrong heat," the inspector, Ana Kral, said.'), ['Ana Kral']);
    assert.deepStrictEqual(speakers('“Who signed the batch?” the auditor, Ana Kral, asked.'), ['Ana Kral']);
    const draft = '"We found glass in four jars from one line, and one is too many," the inspector, Lena Ortiz, said.';
    assert.deepStrictEqual(alarms(draft), []);
    assert.deepStrictEqual(alarms(draft.replace('Lena Ortiz', 'Tom Berg')), ['misattributed-quote: Tom Berg / Lena Ortiz']);
  });

  it('never lets a `he` after a pair that opens its sentence reach past the pair to a man named before', () => {
    // `Kral and Peskar clashed. "…," he said`: one of the two is meant; the man of the paragraph before is not.
    const draft = P(
      'Tom Berg left the witness box after an hour.',
      'Kral and Peskar then clashed over the sacking. "A man with a grudge and a good memory for shelves is not evidence," he said.',
    );
    assert.deepStrictEqual(alarms(draft), []);
    assert.notDeepStrictEqual(speakers(P('Tom Berg left the box.', 'Ana Kral and Ivo Peskar then clashed. "He is lying," he said.')), ['Tom Berg']);
    // A pair read as a subject where a title's stop cut the sentence (`particularly Govs. …, who say`) stops nothing.
    const rivals = P(
      'Sen. Tom Berg says he did well in the debate.',
      'On Monday, Berg refrained from attacking his rivals, particularly Govs. Ivo Peskar and Dan Ruiz, who say the senator lacks experience.',
      'He dismissed the critique, saying it was “the greatest fundraising night we have had.”',
    );
    assert.deepStrictEqual(speakers(rivals), ['Tom Berg']);
  });

  it('never takes `the prosecutor said` for the judge named just before when the sources name the prosecutor', () => {
    // The sources call Ana Kral the prosecutor; a draft's `the prosecutor` after a line about District Judge Dan Ruiz
    // is not the judge (the right quote below had been called the judge's: a false misattributed-quote).
    const sources = indexOf({
      hearing: 'Prosecutor Ana Kral opened the case. "The horse was doped, and the syringe was in his tack room," Kral said.',
      bench: 'District Judge Dan Ruiz sat alone. "I will hear the vet before I hear anyone else," Judge Ruiz said.',
    });
    const draft = P('District Judge Dan Ruiz adjourned the hearing until March.', '"The horse was doped, and the syringe was in his tack room," the prosecutor said.');
    const found = checkDraft(draft, sources).findings.filter((f) => f.code === 'misattributed-quote');
    assert.deepStrictEqual(found.map((f) => f.claimedSpeaker), []);
    // The judge's own title still finds him.
    assert.deepStrictEqual(speakers(P('District Judge Dan Ruiz adjourned the hearing.', '"We will sit again in March," the judge said.')), ['Dan Ruiz']);
  });

  it('reads a heading signed after a colon (`## \'…\': Ortiz`) as the name\'s, and catches another name there', () => {
    const draft = P('Recall widens', "## 'We found glass in four jars from one line, and one is too many': Ortiz", 'The agency acted on Friday.');
    assert.deepStrictEqual(alarms(draft), []);
    assert.deepStrictEqual(alarms(draft.replace(': Ortiz', ': Berg')), ['misattributed-quote: Tom Berg / Lena Ortiz']);
    assert.deepStrictEqual(speakers("Harbour news\n\n## 'We will not back down': Ana Kral\n\nThe strike goes on."), ['Ana Kral']);
    // In a sentence the colon goes on to something else; a verb after the name is left to the headline rules.
    assert.deepStrictEqual(speakers('The union met on Friday.\n\n"We will not back down": that was the mood in the hall of Tom Berg'), [null]);
  });

  it('reads `Ana Kral hit out at the agency: "…"` as Ana Kral speaking', () => {
    assert.deepStrictEqual(speakers('Ana Kral hit out at the agency: "Patients heard it from the news first."'), ['Ana Kral']);
    assert.deepStrictEqual(speakers('"Patients heard it from the news first," Ana Kral hits out.'), ['Ana Kral']);
    const draft = 'Campaigner Tom Berg hit out at the agency: "We found glass in four jars from one line, and one is too many."';
    assert.deepStrictEqual(alarms(draft), ['misattributed-quote: Tom Berg / Lena Ortiz']);
  });

  it('learns `The returning officer, Ana Kral, declared` as her role, so a draft\'s `the returning officer said` is checked', () => {
    const sources = indexOf({
      count: P(
        'The returning officer, Ana Kral, declared the result at four in the morning. "Every paper has been counted twice, and the totals are correct," Kral said.',
        'Tom Berg, the defeated candidate, spoke briefly. "We took this town for granted, and tonight we paid for it," Berg said.',
      ),
    });
    const mis = (draft: string) => checkDraft(draft, sources).findings.filter((f) => f.code === 'misattributed-quote').map((f) => `${f.claimedSpeaker} / ${f.sourceSpeaker}`);
    assert.deepStrictEqual(mis('"Every paper has been counted twice, and the totals are correct," the returning officer said.'), []);
    assert.deepStrictEqual(mis('"We took this town for granted, and tonight we paid for it," the returning officer said.'), ['Ana Kral / Tom Berg']);
    // A role after `the` that the sentence does not open is another person's (`a letter to the editor, Ana Kral, wrote`).
    assert.strictEqual(analyzeText('In a letter to the editor, Ana Kral, a reader, complained about the bins.').registry.lookupRole(['editor']), null);
    assert.strictEqual(analyzeText('The editor, Ana Kral, printed the letter.').registry.lookupRole(['editor'])?.key, 'ana kral');
  });

  it('gives a `she` after a pair opening its sentence to the one woman of the two, and catches it when she is not the source\'s speaker', () => {
    // Maria Ortiz is a woman to the sources, Peter Dunn a man: `she` is Ortiz, `he` Dunn.
    const sources = indexOf({
      plant: 'Maria Ortiz, the inspector, closed the line. "We found glass in four jars, and one is too many," Ortiz said.',
      court: 'Peter Dunn, for the company, answered. "A man with a grudge and a good memory for shelves is not evidence," Dunn said.',
    });
    const mis = (draft: string) => checkDraft(draft, sources).findings.filter((f) => f.code === 'misattributed-quote').map((f) => `${f.claimedSpeaker} / ${f.sourceSpeaker}`);
    const draft = P('Tom Berg left the box.', 'Ortiz and Dunn then clashed. "A man with a grudge and a good memory for shelves is not evidence," he said.');
    assert.deepStrictEqual(mis(draft), []);
    assert.deepStrictEqual(mis(draft.replace('," he said', '," she said')), ['Maria Ortiz / Peter Dunn']);
  });

  it('takes a draft\'s bare `the prosecutor said` for the one prosecutor its sources name, and catches another\'s words given to her', () => {
    const sources = indexOf({
      hearing: P(
        'Prosecutor Ana Kral opened the case. "The horse was doped, and the syringe was in his tack room," Kral said.',
        'District Judge Dan Ruiz sat alone. "I will hear the vet before I hear anyone else," Judge Ruiz said.',
      ),
    });
    const mis = (draft: string) => checkDraft(draft, sources).findings.filter((f) => f.code === 'misattributed-quote').map((f) => `${f.claimedSpeaker} / ${f.sourceSpeaker}`);
    assert.deepStrictEqual(mis('"The horse was doped, and the syringe was in his tack room," the prosecutor said.'), []);
    assert.deepStrictEqual(mis('"I will hear the vet before I hear anyone else," the prosecutor said.'), ['Ana Kral / Dan Ruiz']);
    // Only the noun alone: `the Tarnley prosecutor` may be another court's.
    assert.deepStrictEqual(mis('"I will hear the vet before I hear anyone else," the Tarnley prosecutor said.'), []);
  });

  it('reads a live blog\'s `06.00 – Kral, earlier: \'…\'` label as Kral\'s, and catches another name there', () => {
    assert.deepStrictEqual(speakers("Ana Kral spoke at the count.\n\n06.00 – Kral, earlier: 'We will ask ourselves some hard questions tonight.'"), ['Ana Kral']);
    const draft = "Live: the recall\n\n09.10 – Ortiz, earlier: 'We found glass in four jars from one line, and one is too many.'";
    assert.deepStrictEqual(alarms(draft), []);
    assert.deepStrictEqual(alarms(draft.replace('Ortiz, earlier', 'Berg, earlier')), ['misattributed-quote: Tom Berg / Lena Ortiz']);
  });
});
