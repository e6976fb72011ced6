// Voices of sports, court, inquest and family stories, read on invented sentences: a nationality that sports copy uses
// for a player named before (`the Briton said`), a family member named by a given name alone after the relative
// (`His wife, Sian, does the accounts`), whom a later `she says` means, a given name alone for the person named in full
// with it (`Helen says`), and a `who said` clause after a name and its description.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('sports, court and family voices', () => {
  it('reads `the Briton` or `the Monegasque` as the player named before, never as a person called Briton', () => {
    assert.deepStrictEqual(speakers('His team-mate Tomas Rudd was more upbeat. "The pace was there," the Briton said.'), ['Tomas Rudd']);
    assert.deepStrictEqual(speakers('Ivo Lacroix took third. "Third is a gift," the Monegasque said.'), ['Ivo Lacroix']);
  });

  it('gives a later pronoun to a given name set off after a relative, of the relative\'s sex', () => {
    const farm = 'Gareth Pryce farms barley on the hill. "It does not add up," Pryce says.\n\n';
    assert.deepStrictEqual(speakers(`${farm}His wife, Sian, does the accounts. "I did the sums three times," she says.`), ['Gareth Pryce', 'Sian']);
    assert.deepStrictEqual(speakers(`${farm}Their son, Owen, 26, wants the farm. "My mates think I am mad," he says.`), ['Gareth Pryce', 'Owen']);
    // Speaking right after the relative, then again with a pronoun: the name both times, never `Pryce's brother`.
    assert.deepStrictEqual(speakers(`${farm}His brother, Declan, told the court he had been cycling. "He was always ahead of me," he said.`), ['Gareth Pryce', 'Declan']);
  });

  it('keeps a pronoun of the other sex off the given name after a relative', () => {
    const text = 'Gareth Pryce farms barley on the hill.\n\nHis wife, Sian, does the accounts. "I did the sums three times," he says.';
    assert.notDeepStrictEqual(speakers(text), ['Sian']);
  });

  it('never gives a description after them to the one named only by a given name after a relative', () => {
    const text = 'Ana Kral grew up in Enugu. "There were always maps," she remembers.\n\nHer brother, Emeka, says she was building things before she could read. "She took apart my bicycle," he said.\n\nAt university she was one of four women in her class. "You learn to be the loudest person in the room," the 41-year-old says.';
    const found = speakers(text);
    assert.deepStrictEqual(found.slice(0, 2), ['Ana Kral', 'Emeka']);
    assert.notStrictEqual(found[2], 'Emeka');
  });

  it('reads a lone given name as the one person the text named in full with it', () => {
    assert.deepStrictEqual(speakers('Down the valley, dairy farmer Tamsin Hale has taken a different route. "People drive twenty miles for it," Tamsin says.'), ['Tamsin Hale']);
    // Two people of that given name: either could be meant, so neither is named.
    const two = speakers('Tamsin Hale and Tamsin Rudd run the two farms. "People drive twenty miles for it," Tamsin says.');
    assert.ok(!['Tamsin Hale', 'Tamsin Rudd'].includes(two[0] ?? ''), `got ${two[0]}`);
    // A word the text gives someone as a surname keeps that reading.
    assert.deepStrictEqual(speakers('Elin Warren met Warren Pike at the gate. "We will sell the herd," Warren said.'), ['Elin Warren']);
  });

  it('gives a `who said` clause after a name and its description set off by commas to the name', () => {
    const text = 'Mr Salter read the findings. The inquest heard from Dr Ivo Peskar, the emergency consultant on duty that night, who said the ward had been "overwhelmed". "We had forty patients waiting," he told the court.';
    assert.deepStrictEqual(speakers(text), ['Ivo Peskar', 'Ivo Peskar']);
    // A description naming someone else may be the clause's subject as well: no one.
    assert.deepStrictEqual(speakers('They met Ana Kral, the wife of Ivo Peskar, who said the town was "dying".'), [null]);
  });

  it('reads `the judge` said just before `Judge Ana Kral` as her, and a role named paragraphs before a holder as no one', () => {
    const court = 'A driver was jailed for six years.\n\n"You chose to watch a video rather than the road," the judge told him.\n\nJudge Martha Keane said the driver had shown remorse.';
    assert.deepStrictEqual(speakers(court), ['Martha Keane']);
    const far = 'Ivo Peskar spoke in Ames.\n\nThe candidate also denied a report. "Those are the words they would use," the candidate said.\n\nHe left at noon.\n\nThe crowd cheered.\n\nCandidate Tomas Rudd spoke later.';
    assert.notDeepStrictEqual(speakers(far), ['Tomas Rudd']);
    // The role's office speaks for itself, not for its holder named next (`The mayor's office said`).
    const office = 'The mayor\'s office said the city would "review every contract" awarded under the program.\n\nMayor Ana Kral, through a spokesperson, said she was "deeply troubled."';
    assert.notStrictEqual(speakers(office)[0], 'Ana Kral');
  });

  it('reads `the coroner` as the coroner the inquest report named with that title', () => {
    const text = 'Senior coroner Ivo Peskar recorded a narrative conclusion. "She would have survived," Mr Peskar said.\n\nMr Peskar said he would write to the minister. "These failings are not unique to this town," the coroner said.';
    assert.deepStrictEqual(speakers(text), ['Ivo Peskar', 'Ivo Peskar']);
  });

  it('reads `he underlined` after a quote as an attribution, as translated wire copy writes it', () => {
    assert.deepStrictEqual(speakers('The minister, Ana Kral, insisted on the effort. "We are asking the largest companies for more," she underlined on the radio.'), ['Ana Kral']);
  });

  it('reads `Okonjo shrugs.` before a quotation paragraph as the person taking the floor', () => {
    const text = 'Rachel Okonjo directs the play. One critic called it slow.\n\nOkonjo shrugs. "Good. If everybody likes it, I have done something wrong."';
    assert.deepStrictEqual(speakers(text), ['Rachel Okonjo']);
    // A group named by a capital and a plural noun of people is no verb: `Clinton aides.` speaks for no Clinton.
    assert.notDeepStrictEqual(speakers('Ana Clinton met the donors.\n\nClinton aides. "We are not going to pretend this was a good quarter at all."'), ['Ana Clinton']);
  });

  it('reads a capital after `the` and a possessive relative noun that is no family member as before', () => {
    // `Her hometown, Leeds, voted`: no relative, no person.
    const text = 'Ana Kral grew up in the north. Her hometown, Leeds, voted to leave. "It was a shock," she said.';
    assert.deepStrictEqual(speakers(text), ['Ana Kral']);
  });

  it('reads a team\'s `skipper` as its captain, a role that names the player named with it before', () => {
    assert.deepStrictEqual(speakers('Westshire skipper Lena Marsh said that she was happy with the results.\n\nLater the skipper said, "It is not the end of anything."'), ['Lena Marsh']);
    assert.deepStrictEqual(speakers('Westshire captain Lena Marsh said that she was happy with the results.\n\nLater the skipper said, "It is not the end of anything."'), ['Lena Marsh']);
    assert.deepStrictEqual(speakers('Westshire skipper Lena Marsh said that she was happy with the results.\n\nLater the captain said, "It is not the end of anything."'), ['Lena Marsh']);
  });
});
