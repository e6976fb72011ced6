// A post embedded in a web page as pasted or scraped news keeps it: the post's words with no quotation marks, then a
// signature line with the author, the account and the date. The words are the author's; a draft that quotes them is
// checked against that author. Invented text.
import * as assert from 'assert';
import { analyzeText, checkDraft } from '../../src/core';
import { indexOf } from '../support/memoryCorpus';

const P = (...paragraphs: string[]) => paragraphs.join('\n\n');

const PAGE = P(
  'The president of Eastland answered on social media within the hour.',
  'Eastland is applying for accelerated membership of the alliance. We are allies in all but name. pic.twitter.com/abc123',
  '\u2014 Ivo Peskar / \u0406\u0432\u043e \u041f\u0435\u0441\u043a\u0430\u0440 (@IvoPeskar) September 30, 2022',
  'The ministry did not comment.',
  '> The referendums are a sham and their results are null and void.\n>\n> \u2014 Ana Kral (@anakral) 30 September 2022',
);

function quotes(text: string): string[] {
  return analyzeText(text, { id: 'page' }).quotes.map((q) => `${q.speaker?.name ?? '-'}: ${q.text}`);
}

describe('posts embedded in a page', () => {
  it('gives an embedded post\'s words, without its links, to the author its signature names', () => {
    // Both posts had been no quotation at all.
    assert.deepStrictEqual(quotes(PAGE), [
      'Ivo Peskar: Eastland is applying for accelerated membership of the alliance. We are allies in all but name.',
      'Ana Kral: The referendums are a sham and their results are null and void.',
    ]);
  });

  it('reads a post an archive keeps on one line, in its tag, with the signature after the words', () => {
    const archived = P(
      'Kral answered within the hour.',
      '<tweet id="1" author="@anakral" datetime="2022-09-30">Even for a harbour board, this is a disgrace. It is dangerous, too. pic.twitter.com/x1 SIGN UP FOR OUR NEWSLETTER \u2014 Ana Kral (@anakral) September 30, 2022</tweet>.',
      '<tweet id="2" author="@PortNews">Harbour board votes to close the quay at night. \u2014 The Port News (@PortNews) September 30, 2022</tweet>.',
    );
    // The page's furniture after the post's link is no part of it, and a body's account is no person.
    assert.deepStrictEqual(quotes(archived), ['Ana Kral: Even for a harbour board, this is a disgrace. It is dangerous, too.']);
  });

  it('lets a draft quoting the post be checked against its author', () => {
    const index = indexOf({ page: PAGE });
    const codes = (draft: string) => checkDraft(draft, index).findings.map((f) => f.code);
    assert.deepStrictEqual(codes('Peskar wrote: "Eastland is applying for accelerated membership of the alliance."'), []);
    assert.deepStrictEqual(codes('Kral wrote: "Eastland is applying for accelerated membership of the alliance."'), ['misattributed-quote']);
  });

  it('reads no post where the line only looks like a signature, or the words are a word or two', () => {
    assert.deepStrictEqual(quotes(P('The vote was held on Sunday.', '\u2014 Ana Kral, reporting from Port Aldis')), []);
    assert.deepStrictEqual(quotes(P('Wow.', '\u2014 Ana Kral (@anakral) September 30, 2022')), []);
    assert.deepStrictEqual(quotes(P('Follow the reporter on Twitter (@anakral) for updates from the count.')), []);
  });
});
