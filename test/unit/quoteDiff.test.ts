// The word-level difference between a draft's quotation and the source's wording, and which differences change
// what was said.
import * as assert from 'assert';
import { describeMeaningChange, diffQuote, formatDiff } from '../../src/core/draft/quoteDiff';
import { compareWordings, wordingOf } from '../../src/core/draft/quoteEvidence';
import { withMovedWords } from '../../src/core/draft/movedWords';
import type { SourceMatch } from '../../src/core/types';

describe('what differs between a quotation and its source', () => {
  it('marks the words dropped and the words added, in reading order', () => {
    const d = diffQuote('We will protect our beautiful land', 'We will use all available means to protect our land');
    assert.strictEqual(formatDiff(d.parts), 'We will [-use all available means to-] protect our {+beautiful+} land');
    assert.strictEqual(d.typographic, false);
  });

  it('counts a change of punctuation, case or quote style as no difference', () => {
    const d = diffQuote('we WILL win, “whatever it takes”', 'We will win. "Whatever it takes!"');
    assert.strictEqual(d.typographic, true);
    assert.deepStrictEqual(d.meaning, []);
  });

  it('flags a negation dropped or added', () => {
    const dropped = diffQuote('We will raise taxes', 'We will not raise taxes');
    assert.deepStrictEqual(dropped.meaning.map(describeMeaningChange), ['a negation (drops “not”)']);
    const added = diffQuote("We don't accept the results", 'We accept the results');
    assert.deepStrictEqual(added.meaning.map((m) => m.kind), ['negation']);
  });

  it('flags a number, a name, a date or a hedge that changed', () => {
    assert.deepStrictEqual(diffQuote('Forty people were hurt', 'Fourteen people were hurt').meaning.map(describeMeaningChange), ['a number (“Forty” for “Fourteen”)']);
    assert.deepStrictEqual(diffQuote('the talks with Ortiz failed', 'the talks with Reyes failed').meaning.map((m) => m.kind), ['name']);
    assert.deepStrictEqual(diffQuote('We vote on Friday', 'We vote on Monday').meaning.map((m) => m.kind), ['date']);
    assert.deepStrictEqual(diffQuote('The plan will fail', 'The plan might fail').meaning.map(describeMeaningChange), ['a hedge (drops “might”)']);
  });

  it('takes one modal of possibility for another as no change of meaning, and a surer or conditional one still as a change', () => {
    // Had been a hedge changed (`distorted-quote`): translators render the same modal as `could`, `might` or `may`.
    assert.deepStrictEqual(diffQuote('what might have been on the island', 'what could have been on the island').meaning, []);
    assert.deepStrictEqual(diffQuote('The storm may flood the lower town', 'The storm could flood the lower town').meaning, []);
    assert.deepStrictEqual(diffQuote('The storm will flood the lower town', 'The storm could flood the lower town').meaning.map(describeMeaningChange), ['a hedge (drops “could”)']);
    assert.deepStrictEqual(diffQuote('The storm could flood the lower town', 'The storm would flood the lower town').meaning.map((m) => m.kind), ['hedge']);
  });

  it('flags a word given for its opposite, but not opposites that only come and go apart in a reworded sentence', () => {
    // Had been another rendering of the same words (a word for a word), shown as information only.
    assert.deepStrictEqual(diffQuote('the ferry fares will go down in autumn', 'the ferry fares will go up in autumn').meaning.map(describeMeaningChange), ['a word for its opposite (“down” for “up”)']);
    assert.deepStrictEqual(diffQuote('the lighthouse stays closed', 'the lighthouse stays open').meaning.map((m) => m.kind), ['opposite']);
    // An inspection, a test or a vote that `failed` for one that `passed` reverses the report.
    assert.deepStrictEqual(diffQuote('the ferry was inspected in May and it failed', 'the ferry was inspected in May and it passed').meaning.map(describeMeaningChange), ['a word for its opposite (“failed” for “passed”)']);
    assert.strictEqual(compareWordings('the lighthouse stays open', 'the lighthouse stays closed'), 'altered');
    // An admission made a claim: `I was right` for `I was wrong` says the reverse.
    assert.deepStrictEqual(diffQuote('I was right about the tide tables, and I say so', 'I was wrong about the tide tables, and I say so').meaning.map(describeMeaningChange), ['a word for its opposite (“right” for “wrong”)']);
    // After a negation in severity.
    assert.deepStrictEqual(diffQuote('we did not vote for the pier', 'we voted against the pier').meaning.map((m) => m.kind), ['negation', 'opposite']);
    // `up` dropped in one clause and `down` added in another is no exchange of one word for the other.
    assert.deepStrictEqual(diffQuote('we set up the nets, then we sat down to eat', 'we set the nets, then we sat to eat').meaning, []);
  });

  it('calls a period of time dropped or added no change of date, and one swapped for another a change', () => {
    assert.deepStrictEqual(diffQuote('we save on the winter floods', 'we save on the floods').meaning, [], 'the winter floods are the floods');
    assert.deepStrictEqual(diffQuote('prices rose last year', 'prices rose last month').meaning.map((m) => m.kind), ['date']);
  });

  it('does not call a word moved within the quote a change of meaning', () => {
    const d = diffQuote('never again, we said, never', 'we said never again, never');
    assert.deepStrictEqual(d.meaning, []);
  });

  it('ignores the capital that begins a sentence when it looks for names', () => {
    assert.deepStrictEqual(diffQuote('Today we win', 'Now we win').meaning.map((m) => m.kind), ['date']);
    assert.deepStrictEqual(diffQuote('Then we win', 'Now we win').meaning, []);
  });

  it('gives up on wordings too far apart to be one quote altered, rather than taking long', () => {
    const a = Array.from({ length: 3000 }, (_, i) => `a${i}`).join(' ');
    const b = Array.from({ length: 3000 }, (_, i) => `b${i}`).join(' ');
    const d = diffQuote(a, b);
    assert.strictEqual(d.parts.length, 2);
    assert.deepStrictEqual(d.meaning, []);
  });

  it('reads a contraction and its full form as the same words, and still tells a negation dropped from one', () => {
    for (const [draft, source] of [
      ['We cannot let the river flood the farms', "We can't let the river flood the farms"],
      ['The council will not wait', "The council won't wait"],
      ['They do not know it is over', "They don't know it's over"],
      ['We are sure they would have come', "We're sure they'd have come"],
      ["I'll say it: let us go", 'I will say it: let’s go'],
    ]) {
      const d = diffQuote(draft, source);
      assert.deepStrictEqual([d.typographic, d.meaning], [true, []], draft);
    }
    const dropped = diffQuote('We can let the river flood the farms', "We can't let the river flood the farms");
    assert.deepStrictEqual(dropped.meaning.map(describeMeaningChange), ['a negation (drops “not”)']);
    assert.strictEqual(formatDiff(dropped.parts), 'We can [-not-] let the river flood the farms');
    assert.deepStrictEqual(diffQuote('The council will wait', "The council won't wait").meaning.map((m) => m.kind), ['negation']);
    assert.strictEqual(diffQuote('the plan of Chen is safe', "the plan of Chen's safe").typographic, false, 'a possessive is no contraction');
  });

  it('calls a name the other wording has too no change of name, nor a first name the sources give that surname', () => {
    assert.deepStrictEqual(diffQuote('the ferry of Ortiz and Ortiz’s allies sank', 'the ferry of Ortiz’s allies sank').meaning, []);
    const oneOrtiz = { samePerson: () => true };
    assert.deepStrictEqual(diffQuote('If you fear Lena Ortiz, vote for Haddad', 'If you fear Ortiz, vote for Haddad', oneOrtiz).meaning, []);
    assert.deepStrictEqual(diffQuote('If you fear Ortiz, vote for Haddad', 'If you fear Lena Ortiz, vote for Haddad', oneOrtiz).meaning, []);
    const otherOrtiz = { samePerson: () => false };
    assert.deepStrictEqual(diffQuote('If you fear Paul Ortiz, vote for Haddad', 'If you fear Ortiz, vote for Haddad', otherOrtiz).meaning.map(describeMeaningChange), ['a name (adds “Paul”)']);
    assert.deepStrictEqual(diffQuote('If you fear Lena Ortiz, vote for Haddad', 'If you fear Ortiz, vote for Haddad').meaning.map((m) => m.kind), ['name'], 'without the sources’ people, a first name is a change');
    assert.deepStrictEqual(diffQuote('If you fear Reyes, vote for Haddad', 'If you fear Ortiz, vote for Haddad', oneOrtiz).meaning.map((m) => m.kind), ['name']);
  });

  it('reads another translation’s plain negation, a place romanised another way and a moved capital as the same words', () => {
    // One plain negation for another: the sentence says no either way.
    assert.deepStrictEqual(diffQuote('We pay no attention to the harbour board', 'We don’t pay attention to the harbour board').meaning, []);
    assert.deepStrictEqual(diffQuote('We will never pay attention', 'We will not pay attention').meaning.map((m) => m.kind), ['negation'], 'never is more than not');
    assert.deepStrictEqual(diffQuote('We pay attention to the harbour board', 'We don’t pay attention to the harbour board').meaning.map((m) => m.kind), ['negation']);
    // The Cyrillic letter read g or h, a doubled letter, another vowel: one place.
    for (const [draft, source] of [
      ['the people of Luhansk are our citizens', 'the people of Lugansk are our citizens'],
      ['the port of Odesa stays open', 'the port of Odessa stays open'],
      ['the shelling of Kharkiv goes on', 'the shelling of Kharkov goes on'],
    ]) assert.deepStrictEqual(diffQuote(draft, source).meaning, [], draft);
    assert.deepStrictEqual(diffQuote('the talks with Reyes failed', 'the talks with Ruiz failed').meaning.map((m) => m.kind), ['name'], 'other consonants, another name');
    assert.deepStrictEqual(diffQuote('the talks in Zambia failed', 'the talks in Gambia failed').meaning.map((m) => m.kind), ['name'], 'another first letter, another place');
    // A name the source writes first in its sentence, and the pronoun I, which names no one.
    assert.deepStrictEqual(diffQuote('to the harbour board Ortiz said no', 'Ortiz said no to the harbour board').meaning, []);
    assert.deepStrictEqual(diffQuote('to the harbour board I say this', 'to the harbour board say this').meaning.filter((m) => m.kind === 'name'), []);
  });

  it('counts words moved in from right beside the passage, in its sentence, as the source’s, and no others', () => {
    // The source quotation, and the passage the draft matched within it (offsets into an article the quote opens).
    const matchOf = (quote: string, passage: string) => {
      const start = quote.indexOf(passage);
      const sourceQuote = { text: quote, textStart: 0, textEnd: quote.length };
      return { sourceQuote, location: { start, end: start + passage.length }, sourceText: passage } as unknown as SourceMatch;
    };
    const wording = (draft: string, quote: string, passage: string) => wordingOf(withMovedWords(diffQuote(draft, passage), matchOf(quote, passage)));
    const quote = 'The gates must close before winter. I say this to the harbour board: the port stays open';
    const passage = 'to the harbour board: the port stays open';
    assert.strictEqual(wording('to the harbour board I say this: the port stays open', quote, passage), 'reworded');
    assert.strictEqual(wording('to the harbour board before winter I say this: the port stays open', quote, passage), 'altered', 'the moved run reaches back across the sentence end');
    assert.strictEqual(wording('to the harbour board close before winter: the port stays open', quote, 'I say this to the harbour board: the port stays open'), 'altered', 'words of the sentence before, the passage’s own dropped');
  });

  it('takes an editor’s bracketed words for no words of the speaker', () => {
    assert.deepStrictEqual(diffQuote('she will rebuild the port', 'she [Ortiz] will rebuild the port').meaning, []);
    assert.deepStrictEqual(diffQuote('she [Ortiz] will rebuild the port', 'she will rebuild the port').meaning, []);
    assert.deepStrictEqual(diffQuote('we will [not] rebuild the port', 'we will rebuild the port').meaning.map((m) => m.kind), ['negation'], 'a negation in brackets still changes what the quote says');
    assert.strictEqual(compareWordings('we must find out what the [expletive] went wrong', 'we must find out what went wrong'), 'reworded');
    assert.strictEqual(compareWordings('we must find out what the harbour board knew went wrong', 'we must find out what went wrong'), 'altered', 'the speaker’s own words dropped');
  });

  it('tells the same words spelt otherwise, another version of a statement and an altered sentence apart', () => {
    assert.strictEqual(compareWordings("We can't let the river flood the farms", 'We cannot let the river flood the farms.'), 'same');
    // The draft makes two sentences where the source has one: the speaker's words joined another way.
    assert.strictEqual(compareWordings('I said she is the best mayor the city ever had', 'I said exactly that. She is the best mayor the city ever had'), 'reworded');
    assert.strictEqual(compareWordings('I said she is the best mayor the city ever had', 'I said she is the best young mayor the city ever had'), 'altered');
    assert.strictEqual(compareWordings('I said she is the best mayor the city ever had', 'I said that. She is not the best mayor the city ever had'), 'altered', 'a change of meaning stays one');
  });

  it('takes a word another translation moves a few words along, or says once more, for the speaker’s own', () => {
    const request = 'The council has sent its request for quick approval of the ferry plan to the court';
    assert.strictEqual(compareWordings(request, 'The council has sent its quick formal request of the ferry plan to the court'), 'reworded');
    const provinces = 'The towns of Avrenka and Tolvik [provinces] will vote on the ferry plan in May';
    assert.strictEqual(compareWordings(provinces, 'The towns of Avrenka province and Tolvik province will vote on the ferry plan in May'), 'reworded');
    assert.strictEqual(compareWordings(provinces, 'The towns of Avrenka county and Tolvik province will vote on the ferry plan in May'), 'altered', 'a word the source never says');
    assert.strictEqual(compareWordings(request, 'The council has sent its quick formal plea of the ferry plan to the court'), 'altered', 'the request dropped');
  });
});
