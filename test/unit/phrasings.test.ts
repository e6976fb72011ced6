// Every attributed quote of the bundled corpus, written into drafts in many phrasings: with its own speaker
// (no finding allowed: a false alarm is worse than a miss) and with another speaker (each must be caught).
import * as assert from 'assert';
import { checkDraft, type AttributedQuote, type CorpusIndex } from '../../src/core';
import { bundledIndex } from '../support/memoryCorpus';

type Template = (speaker: string, quote: string) => string;

const PHRASINGS: Template[] = [
  (s, q) => `${s} said "${q}."`,
  (s, q) => `"${q}," ${s} said.`,
  (s, q) => `“${q},” said ${s}.`,
  (s, q) => `According to ${s}, "${q}".`,
  (s, q) => `${s} told reporters: “${q}.”`,
  (s, q) => `In a statement, ${s} warned that "${q}".`,
  (s, q) => `"${q}," ${s} told reporters on Friday, adding that talks were over.`,
  (s, q) => `${s} was quoted as saying "${q}".`,
  (s, q) => `AP reported that ${s} said "${q}".`,
  (s, q) => `"${q}," AP quoted ${s} as saying.`,
  (s, q) => `It was ${s} who said "${q}".`,
  (s, q) => `${s} spoke on Friday.\n\n"${q}," he said.`,
  (s, q) => `Speaking in Moscow, ${s} said "${q}."`,
  (s, q) => `When ${s} said "${q}", the room fell silent.`,
];

describe('drafts in many phrasings, against the bundled corpus', () => {
  let index: CorpusIndex;
  let quotes: AttributedQuote[];
  before(async () => {
    index = await bundledIndex();
    quotes = index.articles.flatMap((a) => a.quotes.filter((q) => q.speaker?.kind === 'person' && q.text.split(' ').length >= 3));
  });

  it('raises no finding when the draft names the speaker the sources name, by full name or surname', () => {
    const alarms: string[] = [];
    for (const q of quotes) {
      const words = q.text.replace(/[,.]+$/, '');
      const name = q.speaker!.name;
      for (const who of [name, name.split(' ').pop()!]) {
        for (const phrasing of PHRASINGS) {
          const draft = phrasing(who, words);
          const found = checkDraft(draft, index).findings;
          if (found.length) alarms.push(`${draft} -> ${found[0].code}: ${found[0].message}`);
        }
      }
    }
    assert.ok(quotes.length > 20);
    assert.deepStrictEqual(alarms, []);
  });

  it('catches every quotation of eight words or more that the draft puts in another mouth', () => {
    const missed: string[] = [];
    const long = quotes.filter((q) => q.text.split(' ').length >= 8);
    assert.ok(long.length >= 8);
    for (const q of long) {
      const words = q.text.replace(/[,.]+$/, '');
      const other = index.speakers.find((s) => s.kind === 'person' && s.key !== q.speaker!.key)!.name;
      for (const phrasing of PHRASINGS.slice(0, 7)) {
        const draft = phrasing(other, words);
        if (!checkDraft(draft, index).findings.some((f) => f.code === 'misattributed-quote' && f.sourceSpeaker === q.speaker!.name)) missed.push(draft);
      }
    }
    assert.deepStrictEqual(missed, []);
  });
});
