// Source-side readings met in profiles, Q&A interviews, podcasts and statements over several paragraphs (the voices
// round's invented batteries): each test's sentences are invented, and each failed before its rule.
import * as assert from 'assert';
import { analyzeText } from '../../src/core';

const P = (...paragraphs: string[]) => paragraphs.join('\n\n');
const quotes = (text: string) => analyzeText(text).quotes.map((q) => ({ text: q.text, speaker: q.speaker?.name ?? null, kind: q.speaker?.kind ?? null }));
/** The person or group a quote is given, or null (a description, such as `the lawyer`, names no one). */
const speakerOf = (text: string, start: string) => {
  const found = quotes(text).find((q) => q.text.startsWith(start));
  return found && found.kind !== 'description' ? found.speaker : null;
};

describe('conversation and profile voices', () => {
  it('calls a person by the short form of the given name the text named them by (`Gwen` of Gwendolyn)', () => {
    const text = P(
      'Across the square, a potter named Gwendolyn Vasquez-Hale opened her studio a year later.',
      '"People come for the coffee next door and leave with a bowl," Gwen said.',
      'Her landlord, Bartholomew Okri, keeps the rent low. "A full shop is a safe shop," Bart said.',
    );
    assert.strictEqual(speakerOf(text, 'People come'), 'Gwendolyn Vasquez-Hale');
    assert.strictEqual(speakerOf(text, 'A full shop'), 'Bartholomew Okri');
  });

  it('leaves a short form two named people share to no one of them', () => {
    const text = P(
      'The twins Daniel Moreau and Danielle Moreau-Kask run the ferry café together.',
      '"We argue about the soup every morning," Dan said.',
    );
    const speaker = speakerOf(text, 'We argue');
    assert.notStrictEqual(speaker, 'Daniel Moreau');
    assert.notStrictEqual(speaker, 'Danielle Moreau-Kask');
  });

  it('gives `she said` to a woman whose sentence before has a verb in -ers and an object pronoun (`remembers it`)', () => {
    const text = P(
      'Ilse Marchetti runs the bakery, and Rosalind Achebe runs the flower stall across the lane.',
      '"The pipe burst on a Sunday and I sat in the water," Ilse said.',
      'Rosalind remembers it differently. "I brought a bucket and a radio," she said.',
    );
    assert.strictEqual(speakerOf(text, 'I brought a bucket'), 'Rosalind Achebe');
  });

  it('gives a Q&A’s answers to the person its introduction names under a title-case headline', () => {
    const text = P(
      'Ten Questions for the Lighthouse Keeper',
      'Oriane Delacroix-Abebe has kept the Skerry light for nineteen years. We spoke by radio.',
      'Q: What do you do on a calm night?\nA: Read, mostly. And I polish the lens whether it needs it or not.',
      'Q: Do you ever get lonely?\nA: Only when the supply boat is late.',
    );
    assert.strictEqual(speakerOf(text, 'Read, mostly'), 'Oriane Delacroix-Abebe');
    assert.strictEqual(speakerOf(text, 'Only when the supply'), 'Oriane Delacroix-Abebe');
    assert.strictEqual(speakerOf(text, 'What do you do'), null);
  });

  it('reads a podcast transcript whose labels follow a time stamp (`[00:01:05] NAME:`)', () => {
    const text = P(
      'Episode 12: host Tancredi Olsen talks with the grower Efua Lindholm about frost.',
      '[00:00:10] TANCREDI OLSEN: Welcome back. Today we are talking about the late frost.',
      '[00:00:18] EFUA LINDHOLM: Thanks for having me. We lost half the apricots in one night.',
      '[00:00:31] TANCREDI OLSEN: Could anything have saved them?',
      '(00:00:35) - EFUA LINDHOLM: Fans, maybe, but nobody expected frost in May.',
    );
    assert.strictEqual(speakerOf(text, 'Thanks for having me'), 'Efua Lindholm');
    assert.strictEqual(speakerOf(text, 'Fans, maybe'), 'Efua Lindholm');
    assert.strictEqual(speakerOf(text, 'Could anything'), 'Tancredi Olsen');
  });

  it('carries a statement over a block quote’s paragraphs, whose blank line is the quote mark alone', () => {
    const text = P(
      'The survey’s leader, Ingeborg Salazar-Ndiaye, said in a statement:',
      '> "The reef lost a fifth of its coral in two summers. We had expected a tenth.\n>\n> "The fishermen downstream will feel it first, and they will feel it for a decade."',
    );
    assert.strictEqual(speakerOf(text, 'The reef lost'), 'Ingeborg Salazar-Ndiaye');
    assert.strictEqual(speakerOf(text, 'The fishermen downstream'), 'Ingeborg Salazar-Ndiaye');
  });

  it('learns a role set off before a titled name (`The museum’s director, Dr. Lena Varga,`) for `the director`', () => {
    const text = P(
      'The gallery’s director, Professor Sunniva Akerlund-Obi, said the loan had taken two years to arrange.',
      '"We asked for the painting before the pandemic," the director said.',
    );
    assert.strictEqual(speakerOf(text, 'We asked for the painting'), 'Sunniva Akerlund-Obi');
  });

  it('gives `she says` to the person a sentence before opened with `According to`', () => {
    const text = P(
      'Saoirse Lindqvist-Adu has skippered the island ferry since 2019.',
      'Her father, Cormac Lindqvist, retired that year and still rides along most mornings.',
      '"She is better at it than I ever was," Cormac said.',
      'According to Saoirse, the winter crossings are the hardest part of the job.',
      '"The wind comes down the sound like it has a grudge," she says.',
    );
    assert.strictEqual(speakerOf(text, 'The wind comes down'), 'Saoirse Lindqvist-Adu');
  });

  it('reads a vox pop’s list of full names with a word or two of what they do, or their age (`- Ana Kral, 34, nurse:`)', () => {
    const text = P(
      'We asked growers at the market how the season went.',
      '- Ottilie Brandvold, cherries: "The frost took the blossom and the birds took the rest."\n- Kwabena Ashdown-Fell, 61, retired beekeeper: "The bees had a better year than I did."',
    );
    assert.strictEqual(speakerOf(text, 'The frost took'), 'Ottilie Brandvold');
    assert.strictEqual(speakerOf(text, 'The bees had'), 'Kwabena Ashdown-Fell');
  });

  it('takes a short title-case title line for no person a pronoun could mean', () => {
    const text = P('Harbour Vote Delayed', 'Nobody expected the meeting to run past midnight.', '"We will be here all week," she said.');
    assert.strictEqual(speakerOf(text, 'We will be here'), null);
    assert.ok(!quotes(text).some((q) => q.speaker === 'Harbour Vote Delayed'));
  });

  it('reads an interview printed with `Q.` and `A.` labels, under a title that names the interviewee with a title', () => {
    const text = P(
      'The Interview: Chef Ilaria Monteverdi-Sowe',
      'Ilaria Monteverdi-Sowe runs the only restaurant on the island. She talked about gulls, storms and bread.',
      '**Q. Why bread?**',
      'A. Because the ferry stops in winter and somebody has to bake it.',
      '**Q. And the gulls?**',
      'A. They steal one loaf a day. I have made my peace with it.',
    );
    assert.strictEqual(speakerOf(text, 'Because the ferry stops'), 'Ilaria Monteverdi-Sowe');
    assert.strictEqual(speakerOf(text, 'They steal one loaf'), 'Ilaria Monteverdi-Sowe');
    assert.strictEqual(speakerOf(text, 'Why bread'), null);
  });

  it('gives a Q&A’s answers to the person whose thing the introduction is about (`Ana Kral’s restaurant ...`)', () => {
    const text = P(
      'Bartosz Amadi-Lindgren’s bakery on the quay has had a queue since it opened. He talked about flour and the tides.',
      'Q: When do you start?\nA: At three, when the fishermen go out. We feed them first.',
      'Q: And after that?\nA: After that I sleep, badly.',
    );
    assert.strictEqual(speakerOf(text, 'At three, when'), 'Bartosz Amadi-Lindgren');
  });

  it('leaves a Q&A’s answers to no one when the introduction’s owner owns a person (`Ana Kral’s lawyer`)', () => {
    const text = P(
      'Bartosz Amadi-Lindgren’s lawyer has handled the bakery’s dispute with the port since March. He talked about the lease.',
      'Q: Will the bakery stay?\nA: It will stay as long as the lease holds, and it holds until 2030.',
      'Q: And after that?\nA: After that we go to court.',
    );
    assert.strictEqual(speakerOf(text, 'It will stay as long'), null);
  });

  it('gives a role’s bare labels to the holder its first label named in brackets (`PRESENTER (Niamh Kral):`)', () => {
    const text = P(
      'PRESENTER (Oonagh Brennan-Sato): Good morning. With me is the harbour master, Captain Ruairi Delgado-Finn.',
      'CAPT. DELGADO-FINN: The pier is ninety years old and it is falling into the sea.',
      'PRESENTER: The fishermen say they cannot afford the fees.',
      'CAPT. DELGADO-FINN: We have proposed a lower rate for small boats.',
    );
    assert.strictEqual(speakerOf(text, 'The fishermen say'), 'Oonagh Brennan-Sato');
    assert.strictEqual(speakerOf(text, 'We have proposed'), 'Ruairi Delgado-Finn');
  });

  it('finds the holder of a role a pronoun owned (`her lawyer, Ivo Kral,`) for `the lawyer` later', () => {
    const text = P(
      'Ludmila Okonkwo-Reyes, 52, was convicted of fraud last week.',
      '"My client had permission for every payment," her lawyer, Anatole Brisbane-Kuti, said outside the court.',
      'The judge set sentencing for March.',
      '"We will appeal within the month," the lawyer said.',
    );
    assert.strictEqual(speakerOf(text, 'We will appeal'), 'Anatole Brisbane-Kuti');
  });

  it('leaves `the lawyer` to no one when the text gives the role to two people', () => {
    const text = P(
      'Ludmila Okonkwo-Reyes and Tomasz Eberhardt were convicted of fraud last week.',
      '"My client had permission," her lawyer, Anatole Brisbane-Kuti, said. "My client had none," his lawyer, Saoirse Delacroix-Amadi, said.',
      'The judge set sentencing for March.',
      '"We will appeal within the month," the lawyer said.',
    );
    assert.strictEqual(speakerOf(text, 'We will appeal'), null);
  });

  it('takes a person just called by one noun (`the lawyer`) for no one called by another (`the prosecutor`)', () => {
    const text = P(
      'Ludmila Okonkwo-Reyes, 52, was convicted of fraud last week.',
      '"My client had permission for every payment," her lawyer, Anatole Brisbane-Kuti, said.',
      '"We will appeal within the month," the lawyer said.',
      '"The appeal will fail like the defence did," the prosecutor said.',
    );
    assert.notStrictEqual(speakerOf(text, 'The appeal will fail'), 'Anatole Brisbane-Kuti');
  });

  it('gives a quotation over several paragraphs, named nowhere, to the person the sentence before has take the floor', () => {
    const text = P(
      'Ingrid Valtonen-Osei addressed the crew for the last time on Sunday. She spoke without notes.',
      '"I was slow and I was short. What I could do was watch.',
      '"So I watched every one of you, in every storm.',
      '"All of you are going to be fine."',
    );
    assert.strictEqual(speakerOf(text, 'I was slow and'), 'Ingrid Valtonen-Osei');
    assert.strictEqual(speakerOf(text, 'All of you'), 'Ingrid Valtonen-Osei');
  });

  it('leaves such a quotation to its own attribution when a paragraph on names its speaker', () => {
    const text = P(
      'Ingrid Valtonen-Osei addressed the crew for the last time on Sunday.',
      '"I was slow and I was short. What I could do was watch.',
      '"So I watched every one of you," said her first mate, Tobiah Renwick-Ade.',
    );
    assert.strictEqual(speakerOf(text, 'I was slow and'), 'Tobiah Renwick-Ade');
  });

  it('reads a body’s role set off before a name (`Its chairman, Ivo Kral, says`) as the subject a later `he says` means', () => {
    const text = P(
      'The rowing club has voted to sell its boathouse. Its chairman, Leofric Amankwah-Dahl, says the roof cannot be saved.',
      '"We patched it for twenty winters," he says.',
    );
    assert.strictEqual(speakerOf(text, 'We patched it'), 'Leofric Amankwah-Dahl');
  });

  it('reads a participle before the noun it describes as part of the description (`retired engineer Ivo Kral`)', () => {
    const text = P(
      'The proposal’s author, retired surveyor Cuthbert Ashworth-Nkemdi, says tall sheds shade the plots.',
      'Marguerite Oyelaran-Holm disagrees.',
      '"A tall shed casts a long shadow," he says.',
    );
    assert.strictEqual(speakerOf(text, 'A tall shed'), 'Cuthbert Ashworth-Nkemdi');
  });

  it('reads a description at a place set off before a name (`His neighbour on plot 14, Ana Kral, owns`)', () => {
    const text = P(
      'Cuthbert Ashworth-Nkemdi grows leeks on plot 12. His neighbour on plot 14, Marjorie Obi-Lindgren, owns the tallest shed.',
      '"He measures my shed when he thinks I am not looking," she said.',
    );
    assert.strictEqual(speakerOf(text, 'He measures my shed'), 'Marjorie Obi-Lindgren');
  });

  it('reads a role restated inside the commas (`The fourth panelist, shop owner Ana Kral, had been quiet`) as a person', () => {
    const text = P(
      'The fourth panelist, shop owner Perpetua Ndiaye-Holm, had been quiet until then.',
      '"I just want the pavements fixed," she said, to applause.',
    );
    assert.strictEqual(speakerOf(text, 'I just want the pavements'), 'Perpetua Ndiaye-Holm');
  });

  it('leaves an explainer’s answers to no one when its introduction is about an official but says no one talked', () => {
    for (const [q, a] of [['Q:', 'A:'], ['Q.', 'A.']]) {
      const text = P(
        'Housing Minister Eilidh Baptiste-Moreau unveiled the rent plan on Monday. Here is what it means for tenants.',
        `${q} Will my rent go up?\n${a} Probably not, unless your lease ends this year.`,
        `${q} Who checks the landlords?\n${a} The city’s inspectors, from June.`,
      );
      assert.strictEqual(speakerOf(text, 'Probably not'), null);
      assert.strictEqual(speakerOf(text, 'The city’s inspectors'), null);
    }
  });

  it('leaves a briefing’s bare `REPORTER:` labels to no one after one reporter was named in brackets', () => {
    const text = P(
      'SPOKESWOMAN RAGNHILD OKAFOR-LUND: Good afternoon. I will take a few questions on the port.',
      'REPORTER (Isidore Mbeki-Hahn): When will the cranes be back in service?',
      'SPOKESWOMAN RAGNHILD OKAFOR-LUND: By the end of the month, if the parts arrive.',
      'REPORTER: And if they do not arrive?',
      'SPOKESWOMAN RAGNHILD OKAFOR-LUND: Then we will tell you, as we always do.',
    );
    assert.strictEqual(speakerOf(text, 'When will the cranes'), 'Isidore Mbeki-Hahn');
    assert.strictEqual(speakerOf(text, 'And if they do not'), null);
  });

  it('still takes one person called by turns by a role and an age (`the senator`, then `the 74-year-old`)', () => {
    const text = P(
      'Sen. Ottoline Marchbanks-Ode spoke at the county fair on Saturday.',
      '"We will fix the bridge before winter," the senator said.',
      '"I have waited long enough for it," the 74-year-old added.',
    );
    assert.strictEqual(speakerOf(text, 'I have waited'), 'Ottoline Marchbanks-Ode');
  });
});
