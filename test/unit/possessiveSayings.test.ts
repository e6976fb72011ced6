// A partial quote inside a saying a possessive pronoun owns (`drew fire over her remark that "…"`) is the words of
// the person the pronoun means, read strictly: the one person of its sex the sentence names before it, or the one a
// `he` or `she` there would mean. Invented sentences.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('a quote inside a saying `his` or `her` owns', () => {
  it('gives it to the one person of that sex named before the pronoun, subject or not', () => {
    assert.deepStrictEqual(speakers('The rail union will not back Governor Anton Hale after his spring comment that "the depots can wait."'), ['Anton Hale']);
    assert.deepStrictEqual(speakers('Transport minister Kofi Mensah spoke on Monday. Engineers disputed his claim that the tunnels were "nearly finished."'), ['Kofi Mensah']);
    assert.deepStrictEqual(speakers('Even as Senator Lucia Ferreira was attacking the plan, she drew fire over her assertion during the forum that "the runway was never needed."'), ['Lucia Ferreira']);
  });

  it('leaves an unnamed subject to the subject\'s reading', () => {
    assert.deepStrictEqual(speakers('Minister Gennady Volkov spoke in Harbor. The minister also criticized the rivals, who, in his words, "never keep a promise."'), ['Gennady Volkov']);
  });

  it('reads past a person an appositive names', () => {
    assert.deepStrictEqual(speakers('Former treasurer Irena Volkova, an adviser to Mayor Petra Lind, stirred anger over her remark that "the harbor can pay for itself."'), ['Irena Volkova']);
  });

  it('leaves the words no one\'s when someone else may be meant', () => {
    // Two men before `his`.
    assert.deepStrictEqual(speakers('Gregor Tamm debated Lars Vik on Monday over his claim that the levy was "a scam."'), [null]);
    // Two women, and an unnamed man's `his`.
    assert.deepStrictEqual(speakers('Mayor Ruth Anand thanked Councilwoman Greta Pohl, and the council debated her suggestion that the branch be "open all night."'), [null]);
    assert.deepStrictEqual(speakers('The station opened to crowds on Monday. Officials praised his promise of "a greener city."'), [null]);
    // An unnamed man after the subject: the words are not hers (they had been given to her, the subject).
    assert.deepStrictEqual(speakers('Ana Kral praised her deputy on Monday for his promise to "cook every Sunday."'), [null]);
  });

  it('reads a noun of saying only where it introduces the words', () => {
    // `charge` here is a duty, and the quote no part of it.
    assert.deepStrictEqual(speakers('Ana Kral left the staff under her charge in the port, to being "badly run" by others.'), [null]);
  });
});
