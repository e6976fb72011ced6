// Wire copy and statements (`Peskov told reporters`, `the Kremlin said in a statement`, `Zelenskiy said in a video
// address`, `according to`): the forms news agencies write their attributions in, read on invented sentences.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('wire copy attributions', () => {
  it('reads the usual agency forms before and after the quote', () => {
    assert.deepStrictEqual(speakers('"The regions will stay ours forever," Kremlin spokesman Ivo Peskar told reporters.'), ['Ivo Peskar']);
    assert.deepStrictEqual(speakers('"We will never accept this sham," Ana Zelinska said in a nightly video address.'), ['Ana Zelinska']);
    assert.deepStrictEqual(speakers('Foreign Minister Dana Kolar wrote on Twitter that the votes were "null and void and worth nothing".'), ['Dana Kolar']);
    assert.deepStrictEqual(speakers('According to Ivo Peskar, the decision "cannot be reversed by anyone".'), ['Ivo Peskar']);
    assert.deepStrictEqual(speakers('Ivo Peskar told reporters on a conference call: "We have no information about that and cannot comment."'), ['Ivo Peskar']);
  });

  it('gives a quote in the predicate to the attribution after it, when it names only whom they told and when', () => {
    // The quote closes its utterance inside the marks and follows nothing but the phrase it speaks of.
    assert.deepStrictEqual(speakers('The votes "have no legal force at all," Ivo Peskar told the RIA news agency.'), ['Ivo Peskar']);
    assert.deepStrictEqual(speakers('The votes "have no legal force at all," Ivo Peskar told the agency on Friday.'), ['Ivo Peskar']);
    assert.deepStrictEqual(speakers('The plan "is tapping into something very deep in the city," Ana Ruiz, a port official, told the Gazette.'), ['Ana Ruiz']);
    assert.deepStrictEqual(speakers('The plan "is tapping into something very deep in the city," former port director Ana Ruiz said on Twitter.'), ['Ana Ruiz']);
  });

  it('gives no speaker when the attribution after the quote goes on with words of its own', () => {
    assert.deepStrictEqual(speakers('The votes "have no legal force at all," Ivo Peskar told the agency that the plan would fail.'), [null]);
  });

  it('reads a label of a role in lower case and a name in full, as transcripts and fact checks write it', () => {
    assert.deepStrictEqual(speakers('Kremlin spokesman Ivo Peskar: "We have no information about that and cannot comment."'), ['Ivo Peskar']);
    assert.deepStrictEqual(speakers('Former port director Ana Ruiz:"We learned that from the board and its analysis of the pier."'), ['Ana Ruiz']);
  });

  it('reads a label whose lower-case role runs through what it is of (`Former secretary of state Ana Ruiz:`)', () => {
    assert.deepStrictEqual(speakers('Former secretary of state Ana Maria Ruiz:"We learned that from the board and its analysis of the pier."'), ['Ana Maria Ruiz']);
    assert.deepStrictEqual(speakers('Former minister of defence Ivo Peskar: "We have no information about that."'), ['Ivo Peskar']);
    // What the role is of is a person, so the label is someone the text leaves unnamed.
    assert.deepStrictEqual(speakers('Lawyer of former mayor Ana Ruiz: "She will appeal."'), [null]);
    assert.deepStrictEqual(speakers('Spokesman of President Ana Ruiz: "She will appeal."'), [null]);
  });

  it('reads no label where the words before the colon are not a role and a name', () => {
    assert.deepStrictEqual(speakers('Another problem for port director Ana Ruiz: "We learned that from the board and its analysis."'), [null]);
    assert.deepStrictEqual(speakers('Asked about it, port director Ana Ruiz: "We learned that from the board and its analysis."'), [null]);
  });

  it('passes over an appositive whose role belongs to someone named in full, to the verb that judges', () => {
    // `X, Y's campaign manager, ripped ... for "..."`: the subject is X, whatever the verb says of the words.
    assert.deepStrictEqual(speakers('Ivo Kral, Ana Ruiz\'s fired campaign manager, ripped port chief Dan Berg for acting as "the judge and the jury" in the audit.'), ['Ivo Kral']);
    assert.deepStrictEqual(speakers('Ivo Kral, Ana Ruiz\'s campaign manager, ripped the board for "acting as the judge and the jury in the audit."'), ['Ivo Kral']);
    // A party tag after the name is still an aside.
    assert.deepStrictEqual(speakers('"Let me make it perfectly clear, the pier stays open," Sen. Ivo Kral, R-Pa., said.'), ['Ivo Kral']);
  });

  it('gives `it said`, `it added` to the organisation the sentences before have speak', () => {
    const after = 'The Kremlin said in a statement on Friday that the treaties had been signed. "The will of millions of people cannot be ignored," it said.';
    assert.deepStrictEqual(speakers(after), ['Kremlin']);
    const before = 'The Kremlin said in a statement on Friday that the treaties had been signed. It added: "The will of millions of people cannot be ignored."';
    assert.deepStrictEqual(speakers(before), ['Kremlin']);
    const paragraph = 'The Harbor Board issued a statement on Friday.\n\n"The pier will stay closed until the engineers say it is safe," it said.';
    assert.deepStrictEqual(speakers(paragraph), ['Harbor Board']);
  });

  it('never gives `it said` to a person, a thing or an organisation further back', () => {
    assert.deepStrictEqual(speakers('Ivo Kral said the treaties had been signed. "The will of millions of people cannot be ignored," it said.'), [null]);
    assert.deepStrictEqual(speakers('The email was sent on Friday. "We have identified the forces that could move," it said.'), [null]);
    // An organisation further back than the sentence before is not what `it` means.
    assert.deepStrictEqual(speakers('The Harbor Board met on Monday. Ivo Kral wrote to the board on Friday. He was angry. Kral said the pier was late. "The pier is closed for good," it said.'), [null]);
  });

  it('takes the name or pronoun after an opening description as the subject a later pronoun means', () => {
    const named = 'A former comedian, Ivo Zelinsky took office in 2019. "We will return every village and every town," he said.';
    assert.deepStrictEqual(speakers(named), ['Ivo Zelinsky']);
    const pronoun = 'Ana Ruiz spoke on Friday. A mother of three, she plans to vote for the first time. "It is not fair to anyone in this city," she said.';
    assert.deepStrictEqual(speakers(pronoun), ['Ana Ruiz']);
  });

  it('keeps a description that is the subject of its own clause', () => {
    assert.deepStrictEqual(speakers('A man in the crowd, shouting, threw a shoe. "We will return every village and every town," he said.'), ['A man']);
  });

  it('gives a quote the person an agency or an office quotes or cites as saying it, not the one quoting', () => {
    assert.deepStrictEqual(speakers('"We will respond in kind," RIA quoted Ivo Peskar as saying.'), ['Ivo Peskar']);
    assert.deepStrictEqual(speakers('"We will respond in kind," the agency cited Ivo Peskar as saying.'), ['Ivo Peskar']);
    assert.deepStrictEqual(speakers('"We will respond in kind," Peskar was cited as saying by the RIA news agency.'), ['Peskar']);
    assert.deepStrictEqual(speakers('Ana Zelinska spoke on Friday. "We will return every village," her office quoted her as saying.'), ['Ana Zelinska']);
    // A pronoun no one named in full before can mean stays unread.
    assert.deepStrictEqual(speakers('"We will return every village," the office quoted him as saying.'), [null]);
  });
});
