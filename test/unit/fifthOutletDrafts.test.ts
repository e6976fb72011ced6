// Drafts in the styles of a fifth set of outlets (a court's ruling with the judge and both lawyers, a minister's
// press conference through an interpreter, a company's results day with its chief executive, finance chief and
// analysts), checked against invented sources: a right attribution raises nothing, a quote given to another of the
// sources' people is caught.
import * as assert from 'assert';
import { checkDraft } from '../../src/core';
import { speakers } from '../support/quoteSpeakers';
import { indexOf } from '../support/memoryCorpus';

const P = (...paragraphs: string[]) => paragraphs.join('\n\n');

const COURT = indexOf({
  wire: P(
    'MADRID (AP) — The Supreme Court on Tuesday annulled the sale of the state freight operator to a Swedish group.',
    '"Today the court has told every minister in this country that a contract is not a gift," Ivo Peskar, the lawyer for the rail workers, told reporters.',
    'State attorney Ana Kral said the state would study the judgment. "We respect the court, but we believe the tender was lawful and we will say so again if we must," Kral said.',
    'Dana Moreau, a spokeswoman for the transport minister, said the minister had "no intention of resigning over a procedural ruling".',
  ),
});

/** The draft's misattributed, altered and distorted quotes: `code: claimed / source`. */
function alarms(draft: string): string[] {
  return checkDraft(draft, COURT)
    .findings.filter((f) => /^(misattributed|altered|distorted)-quote/.test(f.code))
    .map((f) => `${f.code}: ${f.claimedSpeaker} / ${f.sourceSpeaker}`);
}

describe('drafts of a fifth set of outlets', () => {
  it('reads a name signed after a dash with where it was said (`— Ivo Peskar, outside the court`) as the speaker', () => {
    assert.deepStrictEqual(speakers('"A contract is not a gift, and the court said so today" — Ivo Peskar, outside the court.'), ['Ivo Peskar']);
    assert.deepStrictEqual(speakers('"A contract is not a gift, and the court said so today" — Ivo Peskar, speaking to reporters.'), ['Ivo Peskar']);
    assert.deepStrictEqual(speakers('"A contract is not a gift, and the court said so today" — Ivo Peskar, in a statement on Tuesday.'), ['Ivo Peskar']);
  });

  it('never carries the paragraph before\'s speaker to a quote its own line signs with another name', () => {
    const draft = P(
      'The minister\'s spokeswoman, Dana Moreau, said earlier that the minister had "no intention of resigning over a procedural ruling".',
      '"Today the court has told every minister in this country that a contract is not a gift" — Ivo Peskar, outside the court.',
    );
    assert.deepStrictEqual(alarms(draft), []);
    // The signature's name is the claim: a wrong one is caught.
    assert.deepStrictEqual(alarms(draft.replace('— Ivo Peskar', '— Dana Moreau')), ['misattributed-quote: Dana Moreau / Ivo Peskar']);
    // A signature the dash rule does not read (a clause after the name) still names someone else: no speaker, not the last one.
    assert.deepStrictEqual(alarms(draft.replace('outside the court', 'who argued for the workers')), []);
  });

  it('tells whose words two short quotes of one sentence are when they stand a few words apart in one source quotation', () => {
    const draft = (name: string) => `According to ${name}, the government believes "the tender was lawful" and "will say so again if we must."`;
    assert.deepStrictEqual(alarms(draft('state attorney Ana Kral')), []);
    assert.deepStrictEqual(alarms(draft('union lawyer Ivo Peskar')), ['misattributed-quote: Ivo Peskar / Ana Kral', 'misattributed-quote: Ivo Peskar / Ana Kral']);
    // Pieces the source's quotation holds far apart, or in the other order, are two phrases, each too short alone.
    assert.deepStrictEqual(alarms('According to union lawyer Ivo Peskar, the government said "we respect the court" and "will say so again if we must."'), []);
    assert.deepStrictEqual(alarms('According to union lawyer Ivo Peskar, the state "will say so again if we must" as "the tender was lawful."'), []);
  });

  it('finds a draft quote that joins the sentences a source splits around its speaker tag or a reporter\'s aside', () => {
    const index = indexOf({
      wire: '"We are not walking away from the Spanish market," Ana Kral said on Tuesday. "We will take part in the new tender, and we expect to win it."',
      call: P(
        'ANA KRAL: Thank you all for joining the call.',
        'IVO PESKAR: Will you stay in the Spanish market?',
        'KRAL: We are staying in every market we serve. [She paused.] The dividend is safe, and I want to be very clear about that.',
        'PESKAR: Thank you.',
      ),
      other: '"We will never sell the port," Dana Moreau said. "Not this year and not the next."',
    });
    const found = (draft: string) => checkDraft(draft, index).findings.map((f) => `${f.code}: ${f.claimedSpeaker} / ${f.sourceSpeaker}`);
    const joined = 'said: "We are not walking away from the Spanish market. We will take part in the new tender, and we expect to win it."';
    assert.deepStrictEqual(found(`Ana Kral ${joined}`), []);
    assert.deepStrictEqual(found(`Ivo Peskar ${joined}`), ['misattributed-quote: Ivo Peskar / Ana Kral']);
    const aside = 'said: "We are staying in every market we serve. The dividend is safe, and I want to be very clear about that."';
    assert.deepStrictEqual(found(`Ana Kral ${aside}`), []);
    assert.deepStrictEqual(found(`Dana Moreau ${aside}`), ['misattributed-quote: Dana Moreau / Ana Kral']);
    // Sentences of two speakers joined are no one's one quote: never given to either.
    assert.deepStrictEqual(found('Ana Kral said: "We will take part in the new tender, and we expect to win it. We will never sell the port."').filter((f) => f.startsWith('misattributed')), []);
  });
});
