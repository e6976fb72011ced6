// Never cite or quote without support, and show exactly what differs: the engine's side of issue 9, on sources
// the tests write themselves.
import * as assert from 'assert';
import { checkDraft, formatDiff } from '../../src/core';
import { chooseSource } from '../../src/core/writing/chooseSource';
import { indexOf } from '../support/memoryCorpus';

const PORT = [
  'Ferry service to the island ends',
  '',
  'Port Aldis mayor Tobias Renn said on Monday that islanders would protest at the harbour if the ferry stopped running.',
  '',
  '"We will not abandon the ferry, whatever the council decides next week," Renn told reporters.',
  '',
  '"The harbour wall held through the night and nobody was hurt, which is a small miracle," the harbour master said.',
].join('\n');
const COUNCIL = [
  'Council votes on the ferry',
  '',
  'The Mayor of Port Lindholm said: "We may close the old pier for good once the new one is finished in spring."',
].join('\n');

describe('never quoting without support', () => {
  const index = indexOf({ port: PORT, council: COUNCIL });

  it('never reports words a source has only in its narration as matching a quotation', () => {
    const report = checkDraft('Toby said islanders would "protest at the harbour if the ferry stopped running."\n', index);
    assert.deepStrictEqual(report.quotes.map((q) => q.verdict), ['unquoted']);
    assert.deepStrictEqual(report.findings.map((f) => f.code), ['unsourced-quote']);
    assert.match(report.findings[0].message, /No source quotes these words: “Ferry service to the island ends” has them in its own narration/);
  });

  it('lets a short phrase of narration pass as a phrase, with no finding', () => {
    const report = checkDraft('Renn said islanders would "protest at the harbour".\n', index);
    assert.deepStrictEqual(report.quotes.map((q) => q.verdict), ['unquoted']);
    assert.deepStrictEqual(report.findings, []);
  });

  it('treats a role the sources never tie to a full name as fitting the person the draft names as holding it', () => {
    for (const draft of [
      'Toby Berg, the mayor, said: "We may close the old pier for good once the new one is finished in spring."\n',
      'The mayor said: "We may close the old pier for good once the new one is finished in spring."\n',
    ]) {
      const report = checkDraft(draft, index);
      assert.deepStrictEqual(report.quotes.map((q) => q.verdict), ['matches'], draft);
    }
  });
});

describe('showing exactly what differs', () => {
  const index = indexOf({ port: PORT, council: COUNCIL });

  it('gives the word diff of an altered quote, and a change of meaning as distorted-quote', () => {
    const report = checkDraft('Renn said: "We will abandon the ferry, whatever the council decides next week."\n', index);
    const [quote] = report.quotes;
    assert.strictEqual(quote.verdict, 'altered');
    assert.strictEqual(formatDiff(quote.difference!.parts), 'We will [-not-] abandon the ferry whatever the council decides next week');
    assert.deepStrictEqual(report.findings.map((f) => [f.code, f.severity]), [['distorted-quote', 'error']]);
  });

  it('raises nothing for a change of punctuation, case or quote style', () => {
    const report = checkDraft("Renn said: 'we WILL not abandon the ferry; whatever the council decides next week!'\n", index);
    assert.deepStrictEqual(report.findings, []);
    assert.strictEqual(report.quotes[0].difference, null);
  });

  it('accepts a shortened quote whose fragments stand in the source in order, and tells a cut that drops a negation', () => {
    const fine = checkDraft('"The harbour wall held ... which is a small miracle," the harbour master said.\n', index);
    assert.deepStrictEqual([fine.quotes[0].verdict, fine.quotes[0].shortened, fine.findings.length], ['matches', true, 0]);
    const reordered = checkDraft('"Which is a small miracle ... the harbour wall held," the harbour master said.\n', index);
    assert.notStrictEqual(reordered.quotes[0].verdict, 'matches');
    const cut = checkDraft('Renn said: "We will ... abandon the ferry, whatever the council decides next week."\n', index);
    assert.deepStrictEqual(cut.findings.map((f) => f.code), ['distorted-quote']);
    assert.match(cut.findings[0].message, /ellipsis cuts words that change the source's meaning: a negation \(drops “not”\)/);
  });

  it('tells a cut number that counts the words kept from one cut with the phrase it counts', () => {
    const dock = indexOf({ dock: ['Dock inspection ends', '', '"We opened every locker on every trawler, twice," inspector Ana Kral said.'].join('\n') });
    // `every` went with its own noun: a phrase left out whole (this had been a `distorted-quote`).
    const whole = checkDraft('"We opened every locker ... twice," Kral said.\n', dock);
    assert.deepStrictEqual([whole.quotes[0].verdict, whole.findings.length], ['matches', 0]);
    // `every` cut from before the noun the draft keeps changes how many.
    const count = checkDraft('"We opened every locker on ... trawler, twice," Kral said.\n', dock);
    assert.deepStrictEqual(count.findings.map((f) => f.code), ['distorted-quote']);
  });

  it('accepts a shortened quote joining two quotations of one speaker, and gives it to that speaker alone', () => {
    const ferry = [
      'Ferry talks resume',
      '',
      'Port Aldis mayor Tobias Renn met the islanders.',
      '',
      '"We will not abandon the ferry," Renn told reporters on Monday. "The council must find the money by spring."',
      '',
      '"The money is not there," council leader Dan Reyes said. "We have looked everywhere for it."',
    ].join('\n');
    const joinedIndex = indexOf({ ferry });
    const joined = checkDraft('Renn said: "We will not abandon the ferry ... The council must find the money by spring."\n', joinedIndex);
    assert.deepStrictEqual([joined.quotes[0].verdict, joined.quotes[0].shortened, joined.findings], ['matches', true, []]);
    const elsewhere = checkDraft('Dan Reyes said: "We will not abandon the ferry ... The council must find the money by spring."\n', joinedIndex);
    assert.deepStrictEqual(elsewhere.findings.map((f) => [f.code, f.sourceSpeaker]), [['misattributed-quote', 'Tobias Renn']]);
    // Fragments of two speakers' quotations are nobody's one quote.
    const mixed = checkDraft('Renn said: "The council must find the money by spring ... The money is not there."\n', joinedIndex);
    assert.notStrictEqual(mixed.quotes[0].verdict, 'matches');
  });

  it('names sources by title and outlet in messages, never by file id alone', () => {
    const [f] = checkDraft('Renn said: "We will abandon the ferry, whatever the council decides next week."\n', index).findings;
    assert.match(f.message, /“Ferry service to the island ends”/);
    assert.doesNotMatch(f.message, /\bport\b,/);
  });
});

describe('choosing a source to cite', () => {
  const index = indexOf({ port: PORT, council: COUNCIL });

  it('cites a source that quotes the sentence’s quotation, or one that says the same, and nothing else', () => {
    const quoted = 'Renn said: "We will not abandon the ferry, whatever the council decides next week."';
    assert.strictEqual(chooseSource(quoted, { start: 0, end: quoted.length }, index, checkDraft(quoted, index))?.sourceId, 'port');
    const claim = 'The mayor said islanders would protest at the harbour if the ferry stopped running.';
    assert.strictEqual(chooseSource(claim, { start: 0, end: claim.length }, index, checkDraft(claim, index))?.sourceId, 'port');
    const unrelated = 'The weather at the harbour was mild that day.';
    assert.strictEqual(chooseSource(unrelated, { start: 0, end: unrelated.length }, index, checkDraft(unrelated, index)), undefined);
  });
});
