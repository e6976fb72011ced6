// Source-side readings met in US political copy of other years in today's formats (round 36: debate nights, live
// blogs of election night, newsletters, Sunday shows, call-in radio, rapid responses): each test's sentences are
// invented, and each failed before its rule.
import * as assert from 'assert';
import { analyzeText, checkDraft } from '../../src/core';
import { indexOf } from '../support/memoryCorpus';

const P = (...paragraphs: string[]) => paragraphs.join('\n\n');
const speakers = (text: string) => analyzeText(text).quotes.map((q) => q.speaker?.name ?? null);
const kinds = (text: string) => analyzeText(text).quotes.map((q) => q.speaker?.kind ?? null);

describe('voices of campaign copy in newsletter, live-blog and broadcast formats', () => {
  it('reads a state title through `of the` to the name after it, so a later `he said` is that official', () => {
    // `Secretary of the Commonwealth Ivo Peskar told …` had been no subject: the `he` went to the governor before.
    const text = P(
      'Gov. Tomas Brenner spoke briefly to supporters. "Get some coffee," Brenner said.',
      'Secretary of the Commonwealth Ivo Peskar told reporters that counting would go on overnight. "Every legal ballot will be counted," he said.',
    );
    assert.deepStrictEqual(speakers(text), ['Tomas Brenner', 'Ivo Peskar']);
  });

  it('reads a live blog\'s `UPDATE 9:42 p.m. —` as a stamp, not the subject of the entry', () => {
    const text = P(
      'UPDATE 9:15 p.m. — Gov. Tomas Brenner spoke briefly to supporters. "Get some coffee," Brenner said.',
      'UPDATE 9:42 p.m. — Ivo Peskar told reporters that counting would go on overnight. "Every legal ballot will be counted," he said.',
    );
    assert.deepStrictEqual(speakers(text), ['Tomas Brenner', 'Ivo Peskar']);
  });

  it('gives the answer after `the host pressed him on …` to the one pressed, not to the host', () => {
    const text = P(
      'Sen. Ivo Peskar said he would not vote for the package. "No deal without the border," Peskar said on the program.',
      'Host Robin Tate pressed him on whether that meant a shutdown. "Nobody wants a shutdown," he said.',
    );
    assert.deepStrictEqual(speakers(text), ['Ivo Peskar', 'Ivo Peskar']);
    // Asked by name, the one asked answers; asked for something (`to lead`), the asker goes on.
    const named = P(
      'Ivo Peskar and Ana Kral met for the debate in Atlanta.',
      'Moderator Robin Tate asked Peskar whether he would accept the result. "If the count is fair, absolutely," he said.',
    );
    assert.deepStrictEqual(speakers(named), ['Ivo Peskar']);
    const request = 'President Tomas Brenner asked Ivo Peskar to lead the review. "Ivo is the right man for it," he said.';
    assert.deepStrictEqual(speakers(request), ['Tomas Brenner']);
    // The host who only pressed someone else is still the one a `he said` means when no `him` was asked.
    const asked = P(
      'Sen. Ivo Peskar said he would not vote for the package. "No deal without the border," Peskar said.',
      'Host Robin Tate showed a clip of an earlier vote. "That was a different bill," he said.',
    );
    assert.deepStrictEqual(speakers(asked), ['Ivo Peskar', 'Robin Tate']);
  });

  it('takes `One caller said …` as the subject a later `she said` stands for, not the governor before', () => {
    for (const subject of ['One caller', 'Another mother', 'A caller']) {
      const text = P(
        'Gov. Ana Kral defended the order on the radio. "I am following the evidence," Kral said.',
        `${subject} said her children were struggling. "They cannot see their friends," she said.`,
      );
      assert.deepStrictEqual(kinds(text), ['person', 'description'], subject);
    }
  });

  it('gives the words of `a statement from spokesman Ivo Peskar:` to Peskar, not to the campaign that put it out', () => {
    assert.deepStrictEqual(speakers('The Kral campaign responded with a statement from spokesman Ivo Peskar: "The governor offered nothing but fear."'), ['Ivo Peskar']);
    assert.deepStrictEqual(speakers('Ana Kral read a letter from Ivo Peskar: "I will not be running again."'), ['Ivo Peskar']);
    // A post the subject answers is not what the subject passes on.
    assert.deepStrictEqual(speakers('Ana Kral replied to a post from Ivo Peskar: "You are wrong about the bill."'), ['Ana Kral']);
    assert.deepStrictEqual(speakers('Ana Kral replied to his post from Ivo Peskar: "You are wrong about the bill."'), ['Ana Kral']);
  });

  it('takes no place a text comes from for its sender (`Kral, in a video from Kyiv:`): the words stay the subject\'s', () => {
    // Had been no one's (the place the sender), so a draft giving another's words to Kral went unchecked.
    const index = indexOf({ a: 'Mayor Ivo Peskar spoke on Monday.\n\n"We trust each other, we help each other, and we rebuild together," Peskar said.' });
    const report = checkDraft('17:10 — Ana Kral, in a video from Kyiv: "We trust each other, we help each other, and we rebuild together."', index);
    assert.deepStrictEqual(report.findings.filter((f) => f.code === 'misattributed-quote').map((f) => [f.claimedSpeaker, f.sourceSpeaker]), [['Ana Kral', 'Ivo Peskar']]);
  });

  it('reads a newsletter\'s signature with a party tag (`— Rep. Ana Kral (R-Fla.)`) as the speaker', () => {
    assert.deepStrictEqual(speakers('• "This is a surrender dressed up as a plan." — Rep. Ana Kral (R-Fla.)'), ['Ana Kral']);
    assert.deepStrictEqual(speakers('"I have never seen a worse process." — Sen. Ivo Peskar (D-Ore.), on the aid bill.'), ['Ivo Peskar']);
  });

  it('reads `disagrees:` before a quote as a verb of saying', () => {
    assert.deepStrictEqual(speakers('Republican strategist Ana Kral disagrees: "They are playing defense on ground that moved."'), ['Ana Kral']);
  });

  it('gives the words of `mocked Kral\'s promise to "…"` to Kral, not to the one who mocked them', () => {
    const text = P('Ana Kral spoke in Erie on Monday.', 'Earlier, Ivo Peskar had mocked Kral\'s promise to "bring the country together."');
    assert.deepStrictEqual(speakers(text), ['Ana Kral']);
    const claim = P('Ana Kral spoke in Erie on Monday.', 'Ivo Peskar derided Kral\'s claim that she would "fix the roads by spring."');
    assert.deepStrictEqual(speakers(claim), ['Ana Kral']);
    // An owner the text never names in full is no one the engine can give the words, and they are still not the mocker's.
    assert.deepStrictEqual(speakers('Ivo Peskar mocked Kral\'s promise to "bring the country together."'), [null]);
    // What the mocker says of the claim is still the mocker's.
    assert.deepStrictEqual(speakers(P('Ana Kral spoke in Erie on Monday.', 'Ivo Peskar said Kral\'s claim was "a fairy tale."')), ['Ivo Peskar']);
  });

  it('reads `Kral\'s response? "…," he wrote` as Kral answering, not the spokesman named before', () => {
    const text = P(
      'Ivo Peskar told a rally that his rivals were "coming for" ordinary people.',
      'Campaign spokesman Tomas Brenner called the comment "dangerous."',
      'Ivo Peskar\'s response? "Fake news, all of it," he wrote on his own site.',
    );
    assert.deepStrictEqual(speakers(text), ['Ivo Peskar', 'Tomas Brenner', 'Ivo Peskar']);
  });

  it('reads `Her running mate, Tomas Brenner, was blunt` as Brenner, so the `he said` after it is his', () => {
    // The words had gone to the candidate before, whose given name tells no sex.
    const text = P(
      'Zuri Okonkwo met the families on Friday. Zuri Okonkwo, the vice president, said the stories were "heartbreaking."',
      'Her running mate, Tomas Brenner, was more blunt. "This is a disgrace," he said.',
    );
    assert.deepStrictEqual(speakers(text), ['Zuri Okonkwo', 'Tomas Brenner']);
    assert.deepStrictEqual(speakers('The acting director, Ivo Peskar, was blunt. "We are short of staff," he said.'), ['Ivo Peskar']);
  });

  it('takes no sex for a name from the `her` owning the role set off before it mid-sentence (`that her running mate, Sam …,`)', () => {
    // Read as the name's own, the `her` made Sam Okonjo a woman, and his `he said` went to the man before.
    const text = P(
      'Ana Kral and Ivo Peskar spoke in Dayton on Friday.',
      'Peskar, 78, told the crowd that Kral was "a disaster" and that her running mate, Sam Okonjo, was "even worse."',
      'Okonjo laughed it off. "I have been called worse by my own kids," he said.',
    );
    assert.deepStrictEqual(speakers(text), ['Ivo Peskar', 'Ivo Peskar', 'Sam Okonjo']);
  });

  it('reads `Her pitch: "…"` after a candidate\'s entry as that candidate\'s words', () => {
    const text = P('Former council member Ana Kral entered the mayor\'s race on Tuesday. Her pitch: "Safe streets and clean blocks."');
    assert.deepStrictEqual(speakers(text), ['Ana Kral']);
    assert.deepStrictEqual(speakers('Ivo Peskar visited the school on Tuesday. His message: "Stay in class."'), ['Ivo Peskar']);
  });

  it('reads what a person fears or hopes, set before a colon, as that person\'s words (`His fear: "…"`)', () => {
    // Each had no speaker: a colon after a noun of thought introduced nothing.
    assert.deepStrictEqual(speakers('Ivo Peskar, 54, a welder, has worked at the plant since 1990. His fear: "That my son will have nothing."'), ['Ivo Peskar']);
    assert.deepStrictEqual(speakers('Ana Kral leads the dockers\' union. Kral\'s hope: "A deal by Christmas."'), ['Ana Kral']);
    // A thought noun with no owner, or a quoted term after it, is no one's.
    assert.deepStrictEqual(speakers('The union met on Friday. The fear: "a second winter of cuts."'), [null]);
  });
});
