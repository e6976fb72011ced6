// Draft sentences in the forms writers use besides `X said "..."` (attribution patterns 1, 2, 7, 14, 17 and 20
// of the shared doc): Markdown list items and headings, `Name: "..."` labels, dash attributions, speech verbs
// of every kind, titles with `of`, role-only claims and quotations over several paragraphs. Invented sources
// and snippets: a right attribution raises nothing, and at least 90% of wrong ones are caught.
import * as assert from 'assert';
import { checkDraft, DraftCheckCache, type CorpusIndex } from '../../src/core';
import { indexOf } from '../support/memoryCorpus';
import { CHEN, KRAL, ORTIZ, REYES, SOURCES, type Said } from '../support/harbourTown';

const PEOPLE = [ORTIZ, REYES, CHEN];

/** A form: the draft it makes of a speaker's name and a quote. */
type Form = (who: Said, quote: string) => string;

const FORMS: Record<string, Form> = {
  'list item with a bold name': (w, q) => `- **${w.short}**: "${q}."`,
  'numbered list item': (w, q) => `1. ${w.full}: “${q}.”`,
  'heading with a colon': (w, q) => `## ${w.short}: "${q}"`,
  'label line': (w, q) => `${w.full}: "${q}."`,
  'label with an outlet': (w, q) => `${w.full}, Harbor Gazette: "${q}."`,
  'label with the body the speaker is of': (w, q) => `${w.full} of the Harbour Board: "${q}."`,
  'label with a topic': (w, q) => `- ${w.short} on the sea wall: "${q}."`,
  'label with a lower-case role before the name': (w, q) => `Council spokesman ${w.full}: "${q}."`,
  'label with a role after the name': (w, q) => `${w.full}, head of the port board: "${q}."`,
  'list item label with a role after the name': (w, q) => `- ${w.full}, the harbour spokesman: “${q}.”`,
  'bold label with an aside in brackets': (w, q) => `**${w.short}** (on Friday): "${q}."`,
  'bold label with a role after the name': (w, q) => `- **${w.full}**, council spokesman: "${q}."`,
  'dash after the quote': (w, q) => `"${q}." – ${w.short} said.`,
  'a double hyphen after the quote': (w, q) => `"${q}" -- ${w.short}`,
  'a dash signature with a role after the name': (w, q) => `“${q}.” —${w.full}, Harbour Minister`,
  'a dash signature with a described role': (w, q) => `"${q}." - ${w.full}, the head of the port board`,
  'a dash signature with when and where': (w, q) => `"${q}." — ${w.full}, speaking at the harbour on Friday`,
  'a name in brackets after the quote': (w, q) => `"${q}." (${w.full})`,
  'a list item signed in brackets': (w, q) => `- "${q}" (${w.short}, Friday)`,
  'a name and a dash before the quote': (w, q) => `${w.short} — "${q}."`,
  'quote block with a dash': (w, q) => `> "${q}." — ${w.full}`,
  interjected: (w, q) => `"${q}," ${w.short} interjected.`,
  fumed: (w, q) => `"${q}," ${w.short} fumed.`,
  mocked: (w, q) => `${w.short} mocked the critics: "${q}."`,
  'read out': (w, q) => `${w.short} read out a statement: "${q}."`,
  'by-agent': (w, q) => `The plan was called "${q}" by ${w.short}.`,
  'quoted as saying': (w, q) => `The Gazette quoted ${w.full} as saying "${q}."`,
  'speaker in a paragraph of their own': (w, q) => `${w.short} continued:\n\n"${q}."`,
  'quotation over two paragraphs': (w, q) => `${w.full} said: "The city has waited long enough.\n\n"${q}."`,
  'continuation paragraph without a mark': (w, q) => `"The city has waited long enough.\n\n${q}," ${w.short} said.`,
  'paragraph of quotation after a sentence about the speaker': (w, q) => `${w.full} praised the crews on Friday.\n\n"${q}."`,
  'posted with a colon': (w, q) => `${w.short} posted: "${q}."`,
  'wrote on a platform with a colon': (w, q) => `${w.full} wrote on Twitter: "${q}."`,
  "the speaker's post before a colon": (w, q) => `From ${w.short}'s Facebook post: "${q}."`,
  "the speaker's reply before a colon": (w, q) => `${w.full}'s reply was: "${q}."`,
  'a bare verb outside the lexicon after the quote': (w, q) => `"${q}?" ${w.short} pressed.`,
  'a bare inverted verb outside the lexicon': (w, q) => `"${q}," remembered ${w.full}, a former aide.`,
  'a clause with no speech verb before a colon': (w, q) => `${w.full} went further on Friday: "${q}."`,
  'a verb of taking the floor before a colon': (w, q) => `${w.short} spoke after the vote: "${q}."`,
  'a speech verb after an aside set off after the name': (w, q) => `"${q}," ${w.short}, speaking on the quay, reflected.`,
  'a grumble after an aside': (w, q) => `"${q}," ${w.full}, in a note to the board, grumbled.`,
  'a British doubled past after an aside': (w, q) => `"${q}," ${w.short}, watching the first ferry, marvelled.`,
  'an aside of where the speaker is back from': (w, q) => `"${q}," ${w.short}, back from the harbour, said.`,
  'an aside of what the speaker is fresh from': (w, q) => `"${q}," ${w.full}, fresh from the council vote, told reporters.`,
  'a murmur before the quote': (w, q) => `${w.full} murmured, "${q}."`,
};

function misattributions(draft: string, index: CorpusIndex): string[] {
  return checkDraft(draft, index, { format: 'markdown' }).findings.filter((f) => f.code === 'misattributed-quote').map((f) => f.sourceSpeaker ?? '');
}

describe('draft sentences in the forms writers use', () => {
  const index = indexOf(SOURCES);

  for (const [name, form] of Object.entries(FORMS)) {
    it(`${name}: raises nothing when right, and catches the quote put in another mouth`, () => {
      for (const who of PEOPLE) {
        const right = checkDraft(form(who, who.quote), index, { format: 'markdown' }).findings;
        assert.deepStrictEqual(right.map((f) => f.message), [], form(who, who.quote));
      }
      const missed = PEOPLE.flatMap((who) => PEOPLE.filter((other) => other !== who).map((other) => form(who, other.quote))).filter(
        (draft, i) => !misattributions(draft, index).includes(PEOPLE.filter((p) => draft.includes(p.quote))[0]?.full ?? `#${i}`),
      );
      assert.deepStrictEqual(missed, []);
    });
  }

  it('an open quotation paragraph speaks in the voice of the quotation opening the next paragraph', () => {
    const forms: Form[] = [(w, q) => `"${q}.\n\n"The city has waited long enough," ${w.short} said.`, (w, q) => `"${q}.\n\n"The city has waited long enough.\n\n"We start at dawn," said ${w.full}.`];
    for (const form of forms) {
      for (const who of PEOPLE) {
        assert.deepStrictEqual(misattributions(form(who, who.quote), index), [], form(who, who.quote));
        for (const other of PEOPLE.filter((p) => p !== who)) assert.deepStrictEqual(misattributions(form(who, other.quote), index), [other.full], form(who, other.quote));
      }
    }
  });

  it('an open quotation paragraph: not when the next paragraph opens with narration or closes the quote first, and kept up to date as the attribution is edited', () => {
    assert.deepStrictEqual(misattributions(`"${REYES.quote}.\n\nThe crowd cheered. "We start at dawn," Ortiz said.`, index), []);
    assert.deepStrictEqual(misattributions(`"${REYES.quote}."\n\n"We start at dawn," Ortiz said.`, index), []);
    const cache = new DraftCheckCache();
    const draft = (who: string) => `Intro.\n\n"${REYES.quote}.\n\n"We start at dawn," ${who} said.`;
    const wrong = (who: string) => checkDraft(draft(who), index, { cache }).findings.filter((f) => f.code === 'misattributed-quote').map((f) => f.sourceSpeaker);
    assert.deepStrictEqual(wrong('Reyes'), []);
    assert.deepStrictEqual(wrong('Ortiz'), ['Dan Reyes']);
    assert.deepStrictEqual(wrong('Reyes'), []);
  });

  it('a bracket or a dash that names no person signs nothing', () => {
    for (const draft of [`"${REYES.quote}." (AP)`, `"${REYES.quote}" (Harbor Gazette, Friday)`, `Port Aldis — "${REYES.quote}."`, `"${REYES.quote}." — Ortiz, the council is sure`]) {
      assert.deepStrictEqual(checkDraft(draft, index).quotes.map((q) => q.claimedSpeaker?.name ?? null), [null], draft);
    }
  });

  it('Secretary of State X: the title and the name apart', () => {
    assert.deepStrictEqual(misattributions(`Secretary of State Mia Chen said "${CHEN.quote}."`, index), []);
    assert.deepStrictEqual(misattributions(`Secretary of State Mia Chen said "${REYES.quote}."`, index), ['Dan Reyes']);
  });

  it('a noun for a person before a surname alone is a title, not a given name', () => {
    // `Veteran Reyes` had been a person of given name `Veteran`, not Dan Reyes: his own words were put in another mouth.
    for (const draft of [`Veteran Reyes: "${REYES.quote}."`, `- Veteran Reyes said: "${REYES.quote}."`]) assert.deepStrictEqual(misattributions(draft, index), [], draft);
    assert.deepStrictEqual(misattributions(`Veteran Reyes: "${ORTIZ.quote}."`, index), ['Lena Ortiz']);
  });

  it('Secretary of State and a surname the sources never give: the surname is the speaker, not the place', () => {
    for (const draft of [`Secretary of State Lindqvist said: "${REYES.quote}."`, `"${REYES.quote}," said Minister of Defence Lindqvist.`]) {
      assert.deepStrictEqual(misattributions(draft, index), ['Dan Reyes'], draft);
    }
    assert.deepStrictEqual(misattributions(`Secretary of State Chen said: "${CHEN.quote}."`, index), []);
    // A place's role keeps its place whole (`Mayor of Port Aldis`), so nobody is named there.
    assert.deepStrictEqual(misattributions(`The Mayor of Port Aldis said: "${REYES.quote}."`, index), []);
  });

  it('role-only claims: checked where the sources give the role to one person', () => {
    assert.deepStrictEqual(misattributions(`The mayor's spokesman said "${KRAL.quote}."`, index), []);
    assert.deepStrictEqual(misattributions(`Ortiz's spokesman said "${KRAL.quote}."`, index), []);
    assert.deepStrictEqual(misattributions(`The mayor said "${ORTIZ.quote}."`, index), []);
    assert.deepStrictEqual(misattributions(`The mayor's spokesman said "${ORTIZ.quote}."`, index), ['Lena Ortiz']);
    assert.deepStrictEqual(misattributions(`The mayor said "${REYES.quote}."`, index), ['Dan Reyes']);
  });

  it('the role of a place: its holder, never a person named after the place', () => {
    const renn = 'We will not abandon the ferry, whatever the council decides next week';
    const withRenn = indexOf({ ...SOURCES, ferry: `Port Aldis mayor Tobias Renn met the islanders on Monday.\n\n"${renn}," Renn said.` });
    for (const speaker of ['The mayor of Port Aldis said', 'The Mayor of Port Aldis said', 'Mayor of Port Aldis said']) {
      const report = checkDraft(`${speaker}: "${renn}."`, withRenn);
      assert.deepStrictEqual(report.findings.map((f) => f.message), [], speaker);
      assert.notStrictEqual(report.quotes[0].claimedSpeaker?.name, 'Port Aldis', speaker);
    }
    assert.deepStrictEqual(misattributions(`"${renn}," said the mayor of Port Aldis.`, withRenn), []);
    // The role still names its holder, so another's words in the mayor's mouth are caught.
    assert.deepStrictEqual(misattributions(`The mayor of Port Aldis said: "${REYES.quote}."`, withRenn), ['Dan Reyes']);
    // A place the sources give no mayor: nobody the sources know, so nobody to contradict.
    assert.deepStrictEqual(misattributions(`The mayor of Lindholm said: "${renn}."`, withRenn), []);
    assert.deepStrictEqual(misattributions(`The mayor of New York City said: "${renn}."`, withRenn), []);
    // A name the sources know after the role and its place is still that person, in any case.
    assert.deepStrictEqual(misattributions(`The Secretary of State Mia Chen said: "${CHEN.quote}."`, withRenn), []);
    assert.deepStrictEqual(misattributions(`The Secretary of State Tobias Renn said: "${CHEN.quote}."`, withRenn), ['Mia Chen']);
  });

  it('a Markdown heading of a name alone heads the paragraph of quotation below it', () => {
    // Blog round-ups head each voice with its name and quote it below; the heading had named no one, so nothing was checked.
    const both = { ...SOURCES, ferry: 'Ferry captain Greta Holm said the crossing was safe again. "We have run every sailing since the wind dropped," Holm said.' };
    const withHolm = indexOf(both);
    const holm = 'We have run every sailing since the wind dropped';
    for (const heading of ['## Greta Holm', '### Greta Holm']) {
      assert.deepStrictEqual(misattributions(`${heading}\n\n"${holm}."`, withHolm), [], heading);
      assert.deepStrictEqual(misattributions(`${heading}\n\n"${ORTIZ.quote}."`, withHolm), ['Lena Ortiz'], heading);
      assert.deepStrictEqual(misattributions(`## Lena Ortiz\n\n"${holm}."`, withHolm), ['Greta Holm'], heading);
    }
    // Not a plain line of a name (a byline's shape) nor a bold one (not yet read), and not a quote its own paragraph signs.
    for (const draft of [`Lena Ortiz\n\n"${holm}."`, `**Lena Ortiz**\n\n"${holm}."`, `## Lena Ortiz\n\n"${holm}," Holm said.`]) {
      assert.deepStrictEqual(misattributions(draft, withHolm), [], draft);
    }
  });

  it('catches at least 90% of the misattributions over all the forms', () => {
    let wrong = 0;
    let caught = 0;
    for (const form of Object.values(FORMS)) {
      for (const who of PEOPLE) {
        for (const other of PEOPLE.filter((p) => p !== who)) {
          wrong++;
          if (misattributions(form(who, other.quote), index).includes(other.full)) caught++;
        }
      }
    }
    assert.ok(caught / wrong >= 0.9, `${caught} of ${wrong} caught`);
  });
});
