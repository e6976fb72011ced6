// A transcript's labelled lines carry no quotation marks, yet each turn is its speaker's words: a broadcaster's
// transcript, a press briefing, a Q&A interview. An ordinary article's colons (datelines, kickers, fact lists, a
// `Name: "..."` label) stay what they were. Invented text.
import * as assert from 'assert';
import { checkDraft } from '../../src/core';
import { analyzeText } from '../../src/core/attribution/analyzeText';
import { indexOf } from '../support/memoryCorpus';

const P = (...paragraphs: string[]) => paragraphs.join('\n\n');

/** Each quotation of a text: its speaker's name (or `-`) and its words. */
function quotes(text: string): string[] {
  return analyzeText(text, { id: 'a' }).quotes.map((q) => `${q.speaker?.name ?? '-'}: ${q.text}`);
}

const BROADCAST = P(
  'EVENING REPORT - transcript',
  'HOST: Talks on the harbour strike broke down tonight. Our reporter Lina Varga is at the docks.',
  'VARGA: The mood here is grim. I spoke to the union leader a few minutes ago.',
  'SEN. ANA KRAL (D-OR): This was not an accident. It was a choice, made year after year, to spend money on dividends instead of cranes.',
  'MINISTER PESKAR (through interpreter): We will not let the port close. (LAUGHTER) The ships will sail on Monday.',
  'The government has a plan, and it will publish it this week.',
  'UNIDENTIFIED MALE: Nobody asked the crews what they thought.',
  'VARGA: The union meets again on Friday.',
);

describe('transcript turns', () => {
  it('gives each labelled line of a broadcast transcript to its speaker, and a turn its later paragraphs', () => {
    assert.deepStrictEqual(quotes(BROADCAST), [
      '-: Talks on the harbour strike broke down tonight. Our reporter Lina Varga is at the docks.',
      'Lina Varga: The mood here is grim. I spoke to the union leader a few minutes ago.',
      'Ana Kral: This was not an accident. It was a choice, made year after year, to spend money on dividends instead of cranes.',
      'Peskar: We will not let the port close.',
      'Peskar: The ships will sail on Monday.',
      'Peskar: The government has a plan, and it will publish it this week.',
      '-: Nobody asked the crews what they thought.',
      'Lina Varga: The union meets again on Friday.',
    ]);
  });

  it('reads a name and a role after a comma, and title-case labels', () => {
    const text = P(
      'Ana Kral, Foreign Minister: Our borders will open on Monday, and our traders will carry goods again.',
      'Ivo Peskar, opposition leader: We will believe it when the trucks cross.',
      'Ana Kral: The gates will be open, and security will be tight.',
      'Ivo Peskar: Then the government should publish the rules today.',
    );
    assert.deepStrictEqual(quotes(text), [
      'Ana Kral: Our borders will open on Monday, and our traders will carry goods again.',
      'Ivo Peskar: We will believe it when the trucks cross.',
      'Ana Kral: The gates will be open, and security will be tight.',
      'Ivo Peskar: Then the government should publish the rules today.',
    ]);
  });

  it('reads a parliament\'s record, whose labels give a member\'s seat and party in two brackets', () => {
    const text = P(
      'Ms Ana Kral (Harbourside) (Lab): Will the Prime Minister tell the fishermen when the new quay will be built?',
      'The Prime Minister (Ivo Peskar): The quay will be funded in the spring, and I will visit her constituency.',
      'Mr Tomas Brandt (North Vale) (Con): The money was promised last year, too. Why should anyone believe him now?',
      'Ivo Peskar: Because this year the money is in the Budget.',
    );
    // Mr Brandt's words had been no quotation at all: a label of two brackets was no label.
    assert.deepStrictEqual(quotes(text), [
      'Ana Kral: Will the Prime Minister tell the fishermen when the new quay will be built?',
      'Ivo Peskar: The quay will be funded in the spring, and I will visit her constituency.',
      'Tomas Brandt: The money was promised last year, too. Why should anyone believe him now?',
      'Ivo Peskar: Because this year the money is in the Budget.',
    ]);
    // A minister is labelled by office and portfolio, the name in brackets the first time only: the text had been
    // read as no transcript at all.
    const ministers = P(
      'Ms Ana Kral (Harbourside) (Lab): Will the Secretary of State tell the fishermen when the quay will be built?',
      'The Secretary of State for Transport (Mia Chen): The quay will be funded in the spring.',
      'Mr Tomas Brandt (North Vale) (Con): The money was promised last year, too.',
      'The Secretary of State for Transport: This year the money is in the Budget.',
    );
    assert.deepStrictEqual(quotes(ministers), [
      'Ana Kral: Will the Secretary of State tell the fishermen when the quay will be built?',
      'Mia Chen: The quay will be funded in the spring.',
      'Tomas Brandt: The money was promised last year, too.',
      'Mia Chen: This year the money is in the Budget.',
    ]);
  });

  it('reads an official record whose first label of each speaker holds the office, what it is of and the name', () => {
    const text = P(
      'Signing of the accords',
      'The Palace of the Republic, Port Aldis. 12 March, 15:00',
      'President of Eastland Ivo Peskar: Colleagues, friends, today we sign the accords on the harbour.',
      'The work took three years.',
      'Head of the Northern Free Republic Dana Kolar: Mr President, today is a day our children will remember.',
      'Ivo Peskar: Thank you.',
    );
    // The first label, read as an office and nothing else, had matched no later label: no transcript at all.
    assert.deepStrictEqual(quotes(text), [
      'Ivo Peskar: Colleagues, friends, today we sign the accords on the harbour.',
      'Ivo Peskar: The work took three years.',
      'Dana Kolar: Mr President, today is a day our children will remember.',
      'Ivo Peskar: Thank you.',
    ]);
    // In capitals, as some records print them.
    const shouted = P(
      'SIGNING OF THE ACCORDS',
      'PRESIDENT OF EASTLAND IVO PESKAR: Colleagues, today we sign the accords.',
      'GOVERNOR OF SALT BAY PROVINCE MARTA ORSINI: The province has waited for this day.',
      'IVO PESKAR: Thank you.',
    );
    assert.deepStrictEqual(quotes(shouted).map((q) => q.split(':')[0]), ['Ivo Peskar', 'Marta Orsini', 'Ivo Peskar']);
    // What an office is of, when the record shows no name ending it, stays the office's: never a person of its last words.
    for (const office of ['The Minister of State for Northern Ireland', 'The Secretary of State for Digital Culture', 'The Chancellor of the Duchy of Lancaster']) {
      const ministers = P(
        'Ms Ana Kral (Harbourside) (Lab): Will the Minister tell the fishermen when the quay will be built?',
        `${office}: The quay will be funded in the spring.`,
        'Ms Ana Kral (Harbourside) (Lab): And the dredging?',
        `${office}: This year the money is in the Budget.`,
      );
      assert.deepStrictEqual(quotes(ministers).map((q) => q.split(':')[0]), ['Ana Kral', '-', 'Ana Kral', '-'], office);
    }
  });

  it('reads a hearing\'s printed record, each turn opened by a title and a surname in capitals and a full stop', () => {
    const text = P(
      'HEARING ON PORT SAFETY',
      'The CHAIRMAN. The committee will come to order.',
      'Senator KRAL. Thank you, Mr. Chairman. Mr. Peskar, when did you first learn of the cracks in the quay?',
      'Mr. PESKAR. We learned of them in March, Senator, and we closed the quay the same week.',
      'Senator KRAL. Then why were ships still docking there in April?',
      'Mr. PESKAR. Those were small boats, and the engineers said they were safe.',
    );
    // It had been read as no transcript (no quotation at all); the names are written as names, not in capitals.
    assert.deepStrictEqual(quotes(text), [
      '-: The committee will come to order.',
      'Kral: Thank you, Mr. Chairman. Mr. Peskar, when did you first learn of the cracks in the quay?',
      'Peskar: We learned of them in March, Senator, and we closed the quay the same week.',
      'Kral: Then why were ships still docking there in April?',
      'Peskar: Those were small boats, and the engineers said they were safe.',
    ]);
  });

  it('gives a press briefing\'s questions to no one and its answers to the spokeswoman', () => {
    const text = P(
      'Press briefing by spokeswoman Dana Moreau',
      'MS. MOREAU: Good afternoon. I have two announcements before your questions.',
      'Q: Will the minister travel to the summit next week?',
      'MS. MOREAU: The minister will travel on Tuesday and return on Thursday.',
      'Q: And the talks with the union?',
      'MS. MOREAU: Those talks continue, and we expect progress.',
    );
    assert.deepStrictEqual(quotes(text), [
      'Dana Moreau: Good afternoon. I have two announcements before your questions.',
      '-: Will the minister travel to the summit next week?',
      'Dana Moreau: The minister will travel on Tuesday and return on Thursday.',
      '-: And the talks with the union?',
      'Dana Moreau: Those talks continue, and we expect progress.',
    ]);
  });

  it('gives an interview\'s answers to the interviewee its introduction names', () => {
    const text = P(
      'Novelist Ana Kral spoke to us about her new book, which is set in a harbour town.',
      'Q: Why a harbour town?',
      'A: I grew up in one, and the sea was the only thing that ever moved.',
      'Q: Is the book about your family?',
      'A: Only the parts that are not true.',
    );
    assert.deepStrictEqual(quotes(text), [
      '-: Why a harbour town?',
      'Ana Kral: I grew up in one, and the sea was the only thing that ever moved.',
      '-: Is the book about your family?',
      'Ana Kral: Only the parts that are not true.',
    ]);
  });

  it('leaves an ordinary article\'s colons as narration', () => {
    const cases = [
      // Datelines, kickers and a fact box.
      P('UNITED NATIONS, United States: The council met on Friday.', 'KYIV, Ukraine (AP) — Officials said the bridge would reopen.', 'Update: The bridge reopened on Saturday.', 'Editor\'s note: An earlier version misspelt a name.'),
      P('Related: Port strike ends after two weeks', 'Watch: Ships leave the harbour at dawn', 'Analysis: Why the strike ended now', 'The strike ended on Friday.'),
      P('Population: 3 million', 'Born: 1961', 'Capital: Port Aldis', 'Languages: Aldish and English', 'The country votes in May.'),
      P('WHAT HAPPENED: The port closed for two weeks.', 'WHY IT MATTERS: Half the country\'s grain leaves through it.', 'WHAT\'S NEXT: Talks resume on Monday.'),
      // Time stamps of a live blog, and one-off colons.
      P('10:45: The minister arrives at the port.', '11:02: Talks begin.', '11:30: The union walks out.'),
      P('Ana Kral had one message: the port must reopen.', 'The union gave its answer: no.', 'Kral added one thing: patience.'),
    ];
    for (const text of cases) assert.deepStrictEqual(quotes(text), [], text);
  });

  it('gives a lone surname the name in full the transcript\'s own labels give it', () => {
    const text = P(
      'LINA VARGA: This is the Harbour Hour. I\'m Lina Varga, and tonight we are at the docks.',
      'IVO PESKAR: Thank you for having me.',
      'VARGA: What did the crews tell you?',
      'PESKAR: They told me they have not been paid for a month.',
    );
    assert.deepStrictEqual(quotes(text), [
      'Lina Varga: This is the Harbour Hour. I\'m Lina Varga, and tonight we are at the docks.',
      'Ivo Peskar: Thank you for having me.',
      'Lina Varga: What did the crews tell you?',
      'Ivo Peskar: They told me they have not been paid for a month.',
    ]);
  });

  it('takes no list of people each labelled once for a transcript (no speaker comes back)', () => {
    const text = P(
      'Here is what each candidate needs on Tuesday, said Ana Kral, Ivo Peskar and Dana Moreau\'s campaigns.',
      'Kral: Win the state by a wide margin, and leave for the south at once.',
      'Peskar: Finish second and hope the others split the vote.',
      'Moreau: Survive until the south, where the family name still counts.',
    );
    assert.deepStrictEqual(quotes(text), []);
  });

  it('ends the last turn with its line, and a turn before a paragraph that names a speaker', () => {
    const text = P(
      'ANA KRAL: The port will reopen on Monday.',
      'IVO PESKAR: We will believe it when the ships sail.',
      'KRAL: Then watch the harbour on Monday morning.',
      'Later in the programme, Peskar returned to the strike.',
      'PESKAR: The crews have not been paid for a month.',
      'The strike cost the port two million a day, figures from the harbour office show.',
    );
    assert.deepStrictEqual(quotes(text), [
      'Ana Kral: The port will reopen on Monday.',
      'Ivo Peskar: We will believe it when the ships sail.',
      'Ana Kral: Then watch the harbour on Monday morning.',
      'Ivo Peskar: The crews have not been paid for a month.',
    ]);
  });

  it('leaves a name-and-colon label before marked quotes to the label rule', () => {
    const text = P('Kral: "The port will reopen on Monday."', 'Peskar: "We will believe it when the ships sail."', 'Kral: "Then watch the harbour."', 'Ana Kral and Ivo Peskar spoke on Friday.');
    assert.deepStrictEqual(quotes(text), ['Ana Kral: The port will reopen on Monday.', 'Ivo Peskar: We will believe it when the ships sail.', 'Ana Kral: Then watch the harbour.']);
  });

  it('holds a transcript line as its speaker\'s quotation for a draft: the right speaker passes, the wrong one is caught', () => {
    const index = indexOf({
      transcript: P(
        'CAPITOL REPORT - transcript',
        'ANCHOR: The hearing got heated this morning.',
        'SEN. RUTH CALLOWAY (D-OR): This was not a freak accident. It was a choice, made year after year, to spend money on buybacks instead of systems.',
        'MARCUS HALE, SKYLINE AIRWAYS CEO: We invested four hundred million dollars in technology over the last three years, and I own that it was not enough.',
        'CALLOWAY: Will my constituents be paid back?',
        'HALE: Every reasonable expense will be reimbursed, and we will not make people fight for it.',
      ),
    });
    const findings = (draft: string) => checkDraft(draft, index).findings.filter((f) => /^(misattributed|altered|distorted)-quote/.test(f.code)).map((f) => `${f.code}: ${f.claimedSpeaker} / ${f.sourceSpeaker}`);
    assert.deepStrictEqual(findings('"Every reasonable expense will be reimbursed, and we will not make people fight for it," Marcus Hale told senators.'), []);
    assert.deepStrictEqual(findings('"It was a choice, made year after year, to spend money on buybacks instead of systems," Sen. Ruth Calloway said.'), []);
    assert.deepStrictEqual(findings('"Every reasonable expense will be reimbursed, and we will not make people fight for it," Sen. Ruth Calloway said.'), ['misattributed-quote: Ruth Calloway / Marcus Hale']);
  });

  it('gives a lone surname in capitals the person another source names in full, through an interpreter', () => {
    const index = indexOf({
      radio: P(
        'MORNING REPORT - TRANSCRIPT',
        'HOST: The last miner came up just after dawn. Our correspondent Lucy Brandon is at the mine.',
        'BRANDON: The mood here is one of relief.',
        'TARMA (through interpreter): The rock above the shaft was moving all night and we had to drill more slowly than we wanted.',
        'BRANDON: The union is asking hard questions.',
        'HOST: Thank you, Lucy.',
      ),
      wire: P('LIMA (Reuters) - Rescuers lifted the last of the miners on Wednesday, rescue coordinator Lucas Tarma said.', 'Tarma spoke to reporters at the mine.'),
    });
    const findings = (draft: string) => checkDraft(draft, index).findings.map((f) => `${f.code}: ${f.claimedSpeaker} / ${f.sourceSpeaker}`);
    assert.deepStrictEqual(findings('Rescue coordinator Lucas Tarma said "the rock above the shaft was moving all night."'), []);
    assert.deepStrictEqual(findings('Lucy Brandon said "the rock above the shaft was moving all night."'), ['misattributed-quote: Lucy Brandon / Lucas Tarma']);
  });

  it('reports a draft\'s other rendering of a transcript turn as a variant, never an altered quote', () => {
    // An interpreter's words in a transcript are one rendering: a draft's own translation had been `altered-quote`.
    const index = indexOf({
      radio: P(
        'MORNING REPORT - TRANSCRIPT',
        'HOST: The minister came to the mine this morning.',
        'MINISTER ANA QUISPE (through interpreter): We promised the families that no one would be left underground. We have kept our word to every one of them.',
        'HOST: Minister, what happens to the mine now?',
        'QUISPE (through interpreter): It stays closed until the inspectors say otherwise.',
      ),
    });
    const codes = (draft: string) => checkDraft(draft, index).findings.map((f) => f.code).filter((c) => /-quote$/.test(c));
    assert.deepStrictEqual(codes('Mining Minister Ana Quispe said: "We gave the families our word that no one would be left underground, and we have kept it to every one of them."'), ['variant-quote']);
  });

  it('gives a role\'s label (`THE PRESIDENT:`) to the role\'s holder the text names, and to no one where it names none', () => {
    const named = P(
      'Remarks by President Ana Kral at a news conference in Port Aldis',
      'THE PRESIDENT: Good afternoon. The port will reopen on Monday, and the crews will be paid in full.',
      'Q: Madam President, who pays for the strike?',
      'THE PRESIDENT: The owners pay. Not the crews, and not the taxpayers.',
    );
    assert.deepStrictEqual(quotes(named), [
      'Ana Kral: Good afternoon. The port will reopen on Monday, and the crews will be paid in full.',
      '-: Madam President, who pays for the strike?',
      'Ana Kral: The owners pay. Not the crews, and not the taxpayers.',
    ]);
    // Named by the role after the name, and a chair's label in a hearing.
    const chair = P(
      'Ivo Peskar, the chair of the harbour committee, opened the hearing.',
      'THE CHAIR: The committee will come to order. We are here to ask why the port closed.',
      'DANA MOREAU: Thank you. The port closed because the cranes failed.',
      'THE CHAIR: Then who failed to repair them?',
    );
    assert.deepStrictEqual(quotes(chair).filter((q) => q.includes('order') || q.includes('repair')), [
      'Ivo Peskar: The committee will come to order. We are here to ask why the port closed.',
      'Ivo Peskar: Then who failed to repair them?',
    ]);
    // Two people the text gives the role, or a host's role many hold: no one.
    const two = P(
      'Ivo Peskar, the chair of the harbour committee, and Dana Moreau, the chair of the port board, opened the hearing.',
      'THE CHAIR: The committee will come to order.',
      'ANA KRAL: Thank you. The port closed because the cranes failed.',
      'THE CHAIR: Then who failed to repair them?',
    );
    assert.deepStrictEqual(quotes(two).filter((q) => q.includes('order') || q.includes('repair')), ['-: The committee will come to order.', '-: Then who failed to repair them?']);
    const host = P('Our reporter Lina Varga is at the docks.', 'REPORTER: The mood here is grim tonight.', 'IVO PESKAR: We will not go back.', 'REPORTER: Not even for more pay?');
    assert.deepStrictEqual(quotes(host).filter((q) => q.includes('grim')), ['-: The mood here is grim tonight.']);
    // No president named in the text: the words are no one's the draft could name, never another text's president.
    const unnamed = P(
      'Press conference, Port Aldis',
      'THE PRESIDENT: The port will reopen on Monday.',
      'Q: Who pays for the strike?',
      'THE PRESIDENT: The owners pay, not the crews.',
    );
    assert.deepStrictEqual(quotes(unnamed), ['-: The port will reopen on Monday.', '-: Who pays for the strike?', '-: The owners pay, not the crews.']);
  });

  it('reads an interview of one question and its answer when the standfirst names the interviewee', () => {
    const text = P(
      'Novelist Ana Kral, whose new book is set in a harbour town, spoke to us before her reading on Friday.',
      'Q: Why a harbour town?',
      'A: I grew up in one, and the sea was the only thing that ever moved.',
    );
    assert.deepStrictEqual(quotes(text), ['-: Why a harbour town?', 'Ana Kral: I grew up in one, and the sea was the only thing that ever moved.']);
    // A headline naming the interviewee too names no one else.
    const headed = P('Five minutes with Ana Kral', text);
    assert.deepStrictEqual(quotes(headed), ['-: Why a harbour town?', 'Ana Kral: I grew up in one, and the sea was the only thing that ever moved.']);
    // Another person named in full there leaves whose the answers are a guess: read as no interview at all.
    assert.deepStrictEqual(quotes(P('Ivo Peskar meets Ana Kral', text)), []);
    // An explainer's own questions and answers name no interviewee: its answers stay the writer's narration.
    const explainer = P('What the port strike means for you', 'Q: When will the port reopen?', 'A: On Monday, if the crews accept the offer.');
    assert.deepStrictEqual(quotes(explainer), []);
  });

  it('leaves a reporter\'s aside between or within turns, in brackets or italics, out of the speaker\'s words', () => {
    const text = P(
      'ANA KRAL: The port will reopen on Monday.',
      'IVO PESKAR: We will believe it when the ships sail.',
      '*Kral laughed and pointed to the harbour behind her.*',
      'KRAL: Then watch the harbour on Monday morning. [She turned to the crews behind her.] They will be there.',
      '_The minister left without taking questions._',
      'PESKAR: The crews have not been paid for a month. *He shrugged at the cameras.* Nobody asked them.',
    );
    assert.deepStrictEqual(quotes(text), [
      'Ana Kral: The port will reopen on Monday.',
      'Ivo Peskar: We will believe it when the ships sail.',
      'Ana Kral: Then watch the harbour on Monday morning.',
      'Ana Kral: They will be there.',
      'Ivo Peskar: The crews have not been paid for a month.',
      'Ivo Peskar: Nobody asked them.',
    ]);
  });

  it('reads a transcript whose interviewer the introduction names family name first (`Interviewer: Sasaki Emi.`)', () => {
    const text = P(
      'Port chief: "We will rebuild the pier"',
      'Harbour Radio, 2 June 2019',
      'An interview with the port director, Ines Kovac, recorded on Friday. Interviewer: Sasaki Emi.',
      'Sasaki: Director, when will the pier reopen?',
      'Kovac: Not before the spring. The piles have to be replaced one by one.',
      'Sasaki: Who pays for it?',
      'Kovac: The port pays first, and then we will ask the insurers.',
    );
    assert.deepStrictEqual(quotes(text).slice(1), [
      '-: Director, when will the pier reopen?',
      'Ines Kovac: Not before the spring. The piles have to be replaced one by one.',
      '-: Who pays for it?',
      'Ines Kovac: The port pays first, and then we will ask the insurers.',
    ]);
  });
});

