// A relative clause's verb of speech speaks for the name it follows: `Ana Ruiz, who said she would "…"`,
// `Ivo Kral - who previously said he would "…" - spoke`. Invented sentences; a draft gives the words to that person,
// so another's words there are caught.
import * as assert from 'assert';
import { checkDraft } from '../../src/core';
import { speakers } from '../support/quoteSpeakers';
import { indexOf } from '../support/memoryCorpus';

describe('a relative clause’s verb of speech', () => {
  it('gives the quote to the name the clause follows, after a comma, a dash or a bracket', () => {
    assert.deepStrictEqual(speakers('Ana Ruiz, who said she would "close the harbour to every ship," spoke on Monday.'), ['Ana Ruiz']);
    assert.deepStrictEqual(speakers('The board met Ivo Kral - who previously said he would "close the harbour" - on Monday.'), ['Ivo Kral']);
    assert.deepStrictEqual(speakers('The board met Ivo Kral (who has said he would "close the harbour") on Monday.'), ['Ivo Kral']);
    assert.deepStrictEqual(speakers('The mayor thanked Ivo Kral, who told reporters the plan was "a fine start."'), ['Ivo Kral']);
  });

  it('reads the clause past a time phrase between the pronoun and its verb', () => {
    // The subject had been given the words: `on Monday` hid the `who` that opens the clause.
    assert.deepStrictEqual(speakers('Ana Kral said the strike was over, contradicting Ivo Berg, who on Monday described it as "a fight to the end."'), ['Ivo Berg']);
    assert.deepStrictEqual(speakers('Ana Kral said the strike was over, contradicting Mayor Ivo Berg, who last week called it "a fight to the end."'), ['Ivo Berg']);
  });

  it('reads no name for a clause that follows no name, nor one that follows a thing', () => {
    assert.deepStrictEqual(speakers('The plan, which critics said was "a fine start," passed.').filter((s) => s === 'Ana Ruiz'), []);
    assert.deepStrictEqual(speakers('A woman, who said she would "close the harbour," left early.').filter((s) => s !== null && /Ruiz|Kral/.test(s)), []);
    // A person noun before the name may be whom the clause speaks of: no guess.
    assert.deepStrictEqual(speakers('The board met the wife of Ivo Kral, who said she would "close the harbour to every ship."'), [null]);
    assert.deepStrictEqual(speakers('The board met an aide to Ivo Kral, who said the plan was "a fine start."'), [null]);
    assert.deepStrictEqual(speakers('The idea was born in the mouth of Ivo Kral, who said the plan was "a fine start."'), ['Ivo Kral']);
  });

  it('never gives the subject the words of a clause that describes someone the predicate names', () => {
    // Who it is the sentence does not always say; the subject it is not.
    assert.deepStrictEqual(speakers('Ana Kral met Ivo Peskar, the port chief who once called the plan "a fantasy."'), [null]);
    assert.deepStrictEqual(speakers('Ana Kral praised Ivo Peskar, whose speech called for "a new start for the port."'), [null]);
    assert.deepStrictEqual(speakers('The mayor, Tomas Brandt, was campaigning for a retired teacher named Lena Wirth, who is running for the council and who worked the crowd, praising "the mayor\'s honesty and his patience."'), [null]);
    // The clause closed, the predicate goes on: the subject's words.
    assert.deepStrictEqual(speakers('Ana Kral is praising Ivo Peskar, who ended his bid for the council on Saturday, as "a man who never went to the gutter."'), ['Ana Kral']);
    assert.deepStrictEqual(speakers('Ana Kral told supporters who gathered at the dock that the plan was "a betrayal of the town."'), ['Ana Kral']);
  });

  it('gives a verb joined to a relative clause’s verb that clause’s subject, never the sentence’s', () => {
    // The motion speaks in its own words; Kral only vetoed it.
    assert.deepStrictEqual(speakers('After the vote, Kral vetoed a harbour motion that would have declared the tolls unlawful and urged every council not to recognise "any levy on the ferries of the northern harbour".'), [null]);
    // After a name, the name the clause follows.
    assert.deepStrictEqual(speakers('After the vote, Kral praised Ivo Peskar, who declared the tolls unlawful and urged every council to reject "any levy on the ferries of the northern harbour".'), ['Ivo Peskar']);
    // After a verb, `that` opens what was said: the subject's words.
    assert.deepStrictEqual(speakers('Kral said that would be a mistake and urged every council to reject "any levy on the ferries of the northern harbour".'), ['Kral']);
  });

  it('lets a draft catch another person’s words given that way', () => {
    const index = indexOf({
      port: 'Ivo Kral spoke at the port.\n\n"We will close the harbour to every ship that flies the flag of the rebels," Kral said.',
      town: 'Ana Ruiz met voters.\n\n"The town will rebuild the bridge before the winter comes," Ruiz said.',
    });
    const codes = (draft: string) => checkDraft(draft, index).findings.map((f) => f.code);
    assert.deepStrictEqual(codes('Ana Ruiz, who previously said she would "close the harbour to every ship that flies the flag of the rebels", spoke on Monday.'), ['misattributed-quote']);
    assert.deepStrictEqual(codes('Ivo Kral, who previously said he would "close the harbour to every ship that flies the flag of the rebels", spoke on Monday.'), []);
  });
});

describe('a relative clause inside the subject of a verb of speech', () => {
  it('gives the words to the subject the clause describes, never to the person named inside the clause', () => {
    // The person the clause names had been given the lawyer's, the teacher's and the woman's words.
    for (const text of [
      'A lawyer who represents Ana Kral said: "We will appeal the ruling."',
      '"We will appeal the ruling," a lawyer who represents Ana Kral said.',
      'A teacher who knew Ana Kral as a child told reporters: "She was quiet."',
      'A woman whose son worked for Ana Kral said, "He never complained."',
    ]) {
      const [speaker] = speakers(text);
      assert.ok(speaker !== 'Ana Kral' && speaker !== null && /^an? (?:lawyer|teacher|woman)$/i.test(speaker), `${text} -> ${speaker}`);
    }
    // The thing the clause speaks of is no speaker either (`the talks` had been).
    assert.deepStrictEqual(speakers('A diplomat who attended the talks said: "We are close."'), ['A diplomat']);
  });

  it('reads the name before a clause set off whose closing comma is missing, and a name after a description set off', () => {
    assert.deepStrictEqual(speakers('"We will appeal," Ana Kral, who represents Ivo Peskar said in a statement.'), ['Ana Kral']);
    assert.deepStrictEqual(speakers('Ivo Peskar, a pollster who works with Ana Kral, said: "It is close."'), ['Ivo Peskar']);
    assert.deepStrictEqual(speakers('"It is close," Ivo Peskar, the pollster who advised Ana Kral tweeted on Monday.'), ['Ivo Peskar']);
  });

  it('leaves a name that is the clause\'s own subject, or that opens a clause of its own, as it was', () => {
    assert.deepStrictEqual(speakers('He is the kind of man whom one adviser described as "a brother to me."'), ['one adviser']);
    assert.deepStrictEqual(speakers('The row grew so bitter over who backed the bill that Gov. Ana Kral said, "I need a translator."'), ['Ana Kral']);
  });
});

describe('a common place after the subject of a verb of speech', () => {
  it('gives the words to the person in the place, never to the place', () => {
    assert.deepStrictEqual(speakers('"Will he run again?" a council aide in the room wondered.'), ['a council aide']);
    assert.deepStrictEqual(speakers('"Nobody believed it," a guard at the front desk said.'), ['a guard']);
    assert.deepStrictEqual(speakers('"It is over," a professor at the college said.'), ['a professor']);
    // Someone in a place is no one this rule can name: the place stays what it was.
    assert.deepStrictEqual(speakers('When someone in the crowd shouted, "Resign," Kral smiled.'), ['the crowd']);
  });

  it('never gives the words to a determiner alone', () => {
    // `reads a Tuesday editorial`: the day stopped the phrase, and the speaker had been `A`.
    assert.deepStrictEqual(speakers('"The harbour plan is dead," reads a Tuesday editorial in the Port Aldis Herald.'), [null]);
  });
});

describe('a name that is the object of a preposition or a participle inside the subject', () => {
  it('gives the words to the subject, never to the person the subject is tied to', () => {
    // Ana Kral had been given her aide's, her lawyer's and a letter's words.
    for (const [text, want] of [
      ['An aide to Ana Kral told reporters: "She will appeal."', 'An aide'],
      ['A letter to Ana Kral said: "Resign."', 'A letter'],
      ['The lawyer hired by Ana Kral said: "We will appeal."', 'The lawyer'],
      ['A report on Ana Kral said: "She lied."', 'A report'],
    ]) assert.deepStrictEqual(speakers(text), [want], text);
    // A text issued by a body stays the body's words.
    assert.deepStrictEqual(speakers('A statement issued by the ministry said: "The talks are over."'), ['the ministry']);
  });

  it('reads a capitalised title through `to` to the name after it', () => {
    // The name had been `United Nations Ana Kral`.
    assert.deepStrictEqual(speakers('U.S. Ambassador to the United Nations Ana Kral said: "We will not recognise it."'), ['Ana Kral']);
    assert.deepStrictEqual(speakers('"We will not recognise it," said Special Envoy to Eastland Ivo Peskar.'), ['Ivo Peskar']);
  });

  it('keeps a quote inside a relative clause set off before the attribution from the attribution\'s speaker', () => {
    // Each had been given to the speaker of the main clause after the relative clause.
    assert.deepStrictEqual(speakers('Unlike Ivo Peskar, who lost his seat over "the harbour affair", Ana Kral said "nobody was hurt."'), [null, 'Ana Kral']);
    // `spoke of` speaks (it had been read as no verb of saying, and the quote went to Kral).
    assert.deepStrictEqual(speakers('Unlike Ivo Peskar, who spoke of "a massacre", Ana Kral said "nobody was hurt."'), ['Ivo Peskar', 'Ana Kral']);
    assert.deepStrictEqual(speakers('Ivo Peskar met the crews. Peskar spoke of "a betrayal" at the gate.'), ['Ivo Peskar']);
  });
});
