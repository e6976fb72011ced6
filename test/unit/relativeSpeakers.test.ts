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
