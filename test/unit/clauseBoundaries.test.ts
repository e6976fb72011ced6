// Where a speaker would have to be read across the boundary of another clause, the engine withholds rather than
// guess: a wrong speaker is worse than none. Invented sentences, each of which got a wrong speaker before its rule.
import * as assert from 'assert';
import { analyzeText } from '../../src/core';

function speakerOf(text: string, quote: string): string | null | undefined {
  const found = analyzeText(text).quotes.find((q) => q.text.replace(/[,.]$/, '') === quote);
  assert.ok(found, `no quote "${quote}"`);
  return found.speaker?.name ?? null;
}

describe('speakers across clause boundaries', () => {
  it('never takes the subject of a clause before a semicolon for a quote after it', () => {
    const text = 'Ivo Kral joined the paper in May. When Kral was at journalism school, he studied under Tom Varga, the legendary investigative reporter who uncovered scores of scandals during two administrations; Varga’s dictum to his interns (repeated to me over the years) was, “It’s not a good story if you don’t get a death threat.”';
    assert.notStrictEqual(speakerOf(text, 'It’s not a good story if you don’t get a death threat'), 'Ivo Kral');
    // Before the semicolon, the subject still speaks.
    assert.strictEqual(speakerOf('Ivo Kral spoke at the port; later he called the plan "a waste of good money".', 'a waste of good money'), 'Ivo Kral');
  });

  it('gives a participle after the main clause to that clause’s subject, not to a speaker in the opening clause', () => {
    const text = 'During a march that Ostrava called "a circus of lies", Ivo Kral spoke for an hour about the port, accusing its owners of "pure greed".';
    assert.strictEqual(speakerOf(text, 'pure greed'), 'Ivo Kral');
    assert.strictEqual(speakerOf('When Ana Kral said the port was closing, Tom Varga took the floor, calling her plan "a plain lie".', 'a plain lie'), 'Tom Varga');
    // A participle after the speaker's own verb is still theirs.
    assert.strictEqual(speakerOf('Ana Kral said the port was closing, calling the plan "a plain lie".', 'a plain lie'), 'Ana Kral');
  });

  it('reads a clause that `and` opens after a thing’s object, never the object and the new subject as one speaker', () => {
    const text = 'Ana Pike was held at the gate. Pike keeps the keys to the mill and the head of Milltech said her arrest "puts every worker at risk".';
    assert.strictEqual(speakerOf(text, 'puts every worker at risk'), 'the head of Milltech');
    // People of a place, joined by `and`, still speak together; so does someone close to both.
    assert.strictEqual(speakerOf('The owners of the mill and the head of Milltech said the arrest "puts every worker at risk".', 'puts every worker at risk'), 'The owners of the mill and the head of Milltech');
  });

  it('withholds a quote of someone named in a `that` clause of another speaker', () => {
    assert.strictEqual(speakerOf('Mayor Ana Kral said she expected that Governor Tom Varga will say "no" to the harbor plan.', 'no'), null);
    assert.strictEqual(speakerOf('Ana Kral admitted that she had misspoken when she claimed that Judge Tom Varga had described as "truthful" all of her statements about the harbor.', 'truthful'), null);
    assert.strictEqual(speakerOf('Ana Kral claimed that Judge Tom Varga had told the council in a closed meeting that the plan was "a fair deal for the port".', 'a fair deal for the port'), null);
    // A `that` clause no one else's verb reports keeps its speaker.
    assert.strictEqual(speakerOf('The debate grew so heated that Tom Varga said, "I need a short break from all of this."', 'I need a short break from all of this'), 'Tom Varga');
    assert.strictEqual(speakerOf('It was only last year that Ana Kral said it was "impossible" for anyone to win the port.', 'impossible'), 'Ana Kral');
  });

  it('never gives the subject a quote in a clause that a connective opens after a comma, with a subject of its own', () => {
    // Each had been the sentence's subject's, through a predicate that never spoke.
    assert.strictEqual(speakerOf('Heaven wants to keep the gates open over certain nations, hence Cyrus will see "gates that cannot be closed."', 'gates that cannot be closed'), null);
    assert.strictEqual(speakerOf('Ana Kral wants to keep the port open, so Ivo Peskar will see "ships that never stop coming."', 'ships that never stop coming'), null);
    assert.strictEqual(speakerOf('Ana Kral wants to keep the port open \u2013 so Ivo Peskar will see "ships that never stop coming."', 'ships that never stop coming'), null);
    // The clause's own verb of speech still speaks.
    assert.strictEqual(speakerOf('Ana Kral wants the port open, thus Ivo Peskar called the plan "a lifeline for every family."', 'a lifeline for every family'), 'Ivo Peskar');
  });

  it('never reads a speaker from the sentence before one that opens after an abbreviation', () => {
    const text = 'Most recently, Tom Varga called to ban boats from entering the U.S. While Ana Kral has forcefully condemned the mayor’s proposal, the groups who wrote to her on Thursday say they are "concerned your campaign is sending mixed messages about the harbor."';
    // Not the mayor's sentence's Tom Varga: the groups who wrote (read past their relative clause, relativeSpeakers).
    assert.strictEqual(speakerOf(text, 'concerned your campaign is sending mixed messages about the harbor'), 'the groups');
  });

  it('lets a full name and a colon after a dash label the quote, not the verb before the dash', () => {
    assert.strictEqual(speakerOf('Pollsters agree - Ana Kral: "One of the biggest lessons was a simple one: keep on calling voters as late as you can."', 'One of the biggest lessons was a simple one: keep on calling voters as late as you can'), 'Ana Kral');
    assert.strictEqual(speakerOf('The harbor has been central to the race – Tom Varga: "Two weeks ago the port was his strongest ground."', 'Two weeks ago the port was his strongest ground'), 'Tom Varga');
  });

  it('never gives the subject a quote that a relative clause of its predicate says someone else said: it is theirs', () => {
    assert.strictEqual(speakerOf('On Thursday, Ana Kral won her first endorsement from a council colleague, from Tom Varga, who declared at the rally, "I am sending the signal that it is time to unite."', 'I am sending the signal that it is time to unite'), 'Tom Varga');
    // A relative clause with no verb of speech leaves the quote to the subject.
    assert.strictEqual(speakerOf('Ana Kral is praising Tom Varga, who ended his run on Monday, as "a man who never went to the gutter" in the race.', 'a man who never went to the gutter'), 'Ana Kral');
  });

  it('never takes the object of a participle inside the subject for the speaker', () => {
    assert.strictEqual(speakerOf('Dozens of voters backing Tom Varga shouted "four more years of the same."', 'four more years of the same'), null);
    assert.strictEqual(speakerOf('The crowd cheering for Tom Varga shouted "four more years of the same."', 'four more years of the same'), null);
    assert.strictEqual(speakerOf('Speaking to reporters, Tom Varga said "the port will open in May."', 'the port will open in May'), 'Tom Varga');
  });

  it('withholds a participle\'s quote past a clause with a named subject of its own', () => {
    const tweeted = 'Tom Varga spoke. “Too late?” He tweeted when Ana Kral ended a council debate with a reference to a film, remarking, “Thank you, and may the tide be with you.”';
    assert.strictEqual(speakerOf(tweeted, 'Thank you, and may the tide be with you'), null);
    const asking = 'The errors recalled one from May, when Tom Varga first testified before the council on the fire, and Sen. Ana Kral (D-Ohio) kept asking him why the agency had tied the fire to "spontaneous" failures rather than labeling it arson.';
    assert.strictEqual(speakerOf(asking, 'spontaneous'), null);
    // A pronoun's clause brings no one else in, nor does a relative clause of an object.
    assert.strictEqual(speakerOf('Ana Kral apologized for the columns after they came out, saying they were "old and have nothing to do with who I am."', 'old and have nothing to do with who I am'), 'Ana Kral');
    assert.strictEqual(speakerOf('Sen. Ana Kral (R-Ohio) weighed in on claims against the mayor’s aide, who allegedly pushed a reporter last week, calling it a "fireable offense."', 'fireable offense'), 'Ana Kral');
  });

  it('leaves a description with a capital that the person before it lacks unresolved', () => {
    const text = 'Former Secretary Ana Kral recently urged women to vote for Lee, saying, "There is a special place for voters who do not help each other." At the town hall in Hudson on Monday, the Varga supporter retorted: "There is a special place for voters who vote for a name."';
    assert.strictEqual(analyzeText(text).quotes[1].speaker?.kind, 'description');
    // The capital in the person's own mention: theirs.
    assert.strictEqual(speakerOf('Harbor actor Ana Kral spoke at the pier on Monday. "We are ready for the storm," the Harbor actor said.', 'We are ready for the storm'), 'Ana Kral');
  });

  it('gives a participle after a verb of memory or perception to that verb\'s object, not to the sentence\'s subject', () => {
    // Ana Kral had been given her father's, the old man's and the neighbour's words.
    assert.strictEqual(speakerOf('Ana Kral remembers her father saying, "Never trust a landlord."', 'Never trust a landlord'), "Ana Kral's father");
    assert.strictEqual(speakerOf('Ana Kral recalls the old man saying: "Never trust a landlord."', 'Never trust a landlord'), 'the old man');
    assert.strictEqual(speakerOf('Ana Kral heard a neighbour shouting: "Fire!"', 'Fire!'), 'a neighbour');
    // After any other verb the object is what was spoken of, and the subject speaks.
    assert.strictEqual(speakerOf('Ana Kral attacked the plan, saying: "It is a disgrace."', 'It is a disgrace'), 'Ana Kral');
  });
});
