// Quotes of real news that used to get no speaker though their sentence names one (the eval's `none` bucket), in
// invented sentences: the speaker the sentence gives, and still none where it gives no one.
import * as assert from 'assert';
import { analyzeText } from '../../src/core';
import { speakers } from '../support/quoteSpeakers';

describe('speakers of quotes the sentence names without a verb beside them', () => {
  it('gives the second half of an interrupted quote the speaker between the halves', () => {
    assert.deepStrictEqual(speakers('"This used to be our back yard," said Nora Quist, director of studies at the Harbour Institute in Oslo, "but it is moving away."'), ['Nora Quist', 'Nora Quist']);
    assert.deepStrictEqual(speakers('"The pier is safe," Ivo Kral, who chairs the port board, said on Monday, "and the dock will open."'), ['Ivo Kral', 'Ivo Kral']);
    // Another speaker's words reported between the halves: the second half is theirs, not the first speaker's.
    assert.notStrictEqual(speakers('"The pier is safe," said Ivo Kral, though Ana Ruiz told the board that "the dock is not."')[1], 'Ivo Kral');
  });

  it('reads a name through an appositive that opens with a role and no article', () => {
    assert.deepStrictEqual(speakers('"The plan shows that it works," Adam Brandle, co-founder of the Harbour Change Committee, said in a statement.'), ['Adam Brandle']);
    assert.deepStrictEqual(speakers('"It should never be allowed," Sarah Quist, legal director for the rights group Harbour Watch, said on Monday.'), ['Sarah Quist']);
    assert.deepStrictEqual(speakers('"The tide is high," Sarah Quist, senior fellow at the Harbour Institute, said.'), ['Sarah Quist']);
  });

  it('takes a name ending in State for a body, never a person a lone State or a pronoun stands for', () => {
    const text = 'Fighters of the Islamic State took the town. State has told lawmakers that the inquiry is "a top priority for us."';
    assert.notStrictEqual(speakers(text)[0], 'Islamic State');
    const pronoun = 'Ana Ruiz flew to the Sunshine State on Monday. "We have work to do," she told the crowd.';
    assert.deepStrictEqual(speakers(pronoun), ['Ana Ruiz']);
    // A role of a body (`the secretary of State`) is a person's, not the body's.
    assert.strictEqual(analyzeText('"It is done," the secretary of State said.').quotes[0].speaker?.kind, 'description');
  });

  it('reads a speaker through a one-word aside and an opening speech verb through an appositive', () => {
    assert.deepStrictEqual(speakers('Nora Quist, exasperated, famously responded: "What difference does it make?" Her critics cited it.'), ['Nora Quist']);
    assert.deepStrictEqual(speakers('Said Dorothy Quist, who grew up with Brandle in the town, "We were all so proud of him."'), ['Dorothy Quist']);
    // A list of names is no aside: the speech verb's subject is still read as before.
    assert.notStrictEqual(speakers('Berg, exasperated, watched as Ana Ruiz said "the port is closed."')[0], 'Berg');
  });

  it('reads a name through a short aside in brackets', () => {
    assert.deepStrictEqual(speakers('Sen. Ted Berg (Tex.) has said that he would "bomb them into oblivion."'), ['Ted Berg']);
    assert.deepStrictEqual(speakers('Gov. Pat Quist (R) blamed the court\'s "four liberal justices who blocked the law."'), ['Pat Quist']);
    // What the brackets say is an aside: the speaker is still the phrase before them.
    assert.notStrictEqual(speakers('The harbour board (led by Ana Ruiz) said "the port is closed."')[0], 'Ana Ruiz');
  });

  it('reads a label through an aside before its colon, and a label of two people named in full', () => {
    assert.deepStrictEqual(speakers('Rep. Trey Gowan (R-S.C.):"I have not heard anyone other than you cite that figure."'), ['Trey Gowan']);
    assert.deepStrictEqual(speakers('Frank Newton and Jim Harte: "We found that the strengths were inspiring."'), ['Frank Newton and Jim Harte']);
    // A headline's label is still no speaker.
    assert.deepStrictEqual(speakers('The Latest and Trump: "Rally in the rain."'), [null]);
  });

  it('gives a sentence introduced with a colon to the named subject of the clause before it', () => {
    assert.deepStrictEqual(speakers('The Brandle campaign, in a note on the port, worded it more carefully: "The port will stay open all winter."'), ['Brandle campaign']);
    const board = analyzeText('As if answering the mayor, the Aldis Harbour Board was conclusive in its findings: "Further discussion of this issue is unnecessary."').quotes[0].speaker;
    assert.deepStrictEqual([board?.name, board?.kind], ['Aldis Harbour Board', 'organisation']);
    assert.deepStrictEqual(speakers('Ana Ruiz was blunt: "We will not close the port this winter."'), ['Ana Ruiz']);
    // A thing that is clear says nothing, and a word or two after a colon is a term.
    assert.deepStrictEqual(speakers('The result was clear: "Ruiz wins the vote by a mile."'), [null]);
    assert.deepStrictEqual(speakers('Ana Ruiz was the "winner."'), [null]);
  });

  it('reads the subject after an opening place (`Here in Columbia,`, `There,`)', () => {
    assert.deepStrictEqual(speakers('Here in Columbia, Tom Berg stepped up his emphasis on the docks, saying, "We have got to reach the day when the port is open."'), ['Tom Berg']);
    const there = 'Ivo Kral spoke first. There, the district chairman Chuck Holm declined to name the delegates. "We have our share of support," he said.';
    assert.deepStrictEqual(speakers(there), ['Chuck Holm']);
  });

  it('takes a surname after words of mood (`an angry Hollin`) for the person the text names, never a role for them', () => {
    assert.deepStrictEqual(speakers('French President Ana Hollin spoke on Monday. "France will always be France," an angry Hollin retaliated.'), ['Ana Hollin']);
    assert.deepStrictEqual(speakers('State senator Pat Mill spoke. Contacted by phone, a terse Mill agreed that she was not in the camp. "I back no one," she said.'), ['Pat Mill']);
    // Unnamed: a spokesman of hers, a party's member, and a surname the text never gave a full name.
    assert.notStrictEqual(analyzeText('Ana Hollin spoke. "It is over," a Hollin spokesman said.').quotes[0].speaker?.kind, 'person');
    assert.notStrictEqual(analyzeText('Ana Hollin spoke. "It is over," an Iowa Democrat said.').quotes[0].speaker?.kind, 'person');
    assert.notStrictEqual(analyzeText('"It is over," an angry Quist said.').quotes[0].speaker?.kind, 'person');
    // A role in capitals is no name: `the MP`, `The CEO` had been people called `MP` and `CEO`.
    assert.strictEqual(analyzeText('Ana Hollin spoke.\n\n"She will have to listen," the MP said.').quotes[0].speaker?.kind, 'description');
    assert.strictEqual(analyzeText('The CEO said the deal was "done".').quotes[0].speaker?.kind, 'description');
    // Australian and Indian copy: `the PM`, `the MLA` are roles too (`the PM` had been a body called `PM`).
    assert.strictEqual(analyzeText('Ana Hollin spoke.\n\n"The plan is sound," the PM told the radio station.').quotes[0].speaker?.kind, 'description');
    assert.strictEqual(analyzeText('Ravi Kesh spoke.\n\n"Roads first," the MLA said.').quotes[0].speaker?.kind, 'description');
    // Initials the text gives a person are theirs (`ZUK` had been a body); a body's acronym after a name stays a body's.
    assert.deepStrictEqual(speakers('Zora Ulm Kessel, widely known as ZUK, spoke on Monday. "We will win," ZUK said.'), ['Zora Ulm Kessel']);
    assert.deepStrictEqual(speakers('Rep. Ana Ortiz-Ruiz (AOR) spoke on Monday. "We will win," AOR said.'), ['Ana Ortiz-Ruiz']);
    assert.strictEqual(analyzeText('Ana Kral of the Harbour Workers Union (HWU) spoke. "We will win," HWU said.').quotes[0].speaker?.kind, 'organisation');
    // Indian copy's courtesy titles and respectful `ji` are no part of the name (`Smt.` had ended the sentence).
    assert.deepStrictEqual(speakers('Ravi Kesh toured the area. "No one will be left out," Kesh ji said.'), ['Ravi Kesh']);
    assert.deepStrictEqual(speakers('"Roads come first," said Shri Ravi Kesh.'), ['Ravi Kesh']);
    assert.deepStrictEqual(speakers('"Roads come first," Smt. Asha Rao told reporters.'), ['Asha Rao']);
    assert.deepStrictEqual(speakers('Ana Hollin MP said the deal was "done".'), ['Ana Hollin MP']);
    // Someone close to or familiar with the person is not them (both had been given the person's words).
    assert.notDeepStrictEqual(speakers('Ivo Peskar has broken his silence.\n\nA source close to Peskar told the paper: "He is devastated."'), ['Ivo Peskar']);
    assert.notDeepStrictEqual(speakers('Ivo Peskar has broken his silence.\n\nA friend close to the dancer told the paper: "He is devastated."'), ['Ivo Peskar']);
  });

  it('gives a quote to the full name set off after the description that follows its speech verb', () => {
    assert.deepStrictEqual(speakers('"It is about time," exhorted the mayor\'s introducer, actress Jamie Lee Quist.'), ['Jamie Lee Quist']);
    assert.strictEqual(analyzeText('"It is about time," said the mayor\'s introducer, a woman from Reno.').quotes[0].speaker?.kind, 'description');
  });

  it('takes a full name after an indefinite role for that person, never an unnamed one for whoever they speak for', () => {
    assert.deepStrictEqual(speakers('A Plus reporter Isaac Saul tweeted back at the mayor: "Your plan is to spend billions on the port."'), ['Isaac Saul']);
    assert.notStrictEqual(speakers('A spokesman for harbour chief Ana Ruiz called the report "outrageous and false in every part."')[0], 'Ana Ruiz');
    assert.deepStrictEqual(speakers('A pro-Tom Berg PAC launched an ad. "Voters are not looking," she said.'), [null]);
  });
});

