// An amount of time opening a sentence (`A month later,`, `Thirteen years earlier,`, `That morning,`) or standing
// between a subject and its verb (`less than two weeks ago`) is never the speaker: the subject after or before it is.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('times around a subject', () => {
  it('reads the subject after an amount of time opening the sentence', () => {
    assert.deepStrictEqual(speakers('Ana Kral met Tom Varga. But a few days later, Kral reversed herself again, telling the Gazette that the rules "are set and we have to leave it that way."'), ['Ana Kral']);
    assert.deepStrictEqual(speakers('Ana Kral lost the vote. Thirteen years earlier, she had voted for the pier from "the perspective of a senator from the coast."'), ['Ana Kral']);
  });

  it('gives no description of a time a quote', () => {
    const text = 'That morning, an angry crowd had amassed at the pier, calling for Kral to "resign right away and leave the board."';
    assert.ok(!/morning/.test(speakers(text)[0] ?? ''));
  });

  it('reads the subject before `ago` and its amount of time', () => {
    assert.deepStrictEqual(speakers('The Harbour Board less than two weeks ago said for the first time that its files were "in good order and complete."'), ['Harbour Board']);
  });

  it('gives a time that a sentence opens with before a colon no quote', () => {
    const text = 'Tom Varga spoke on the radio in May. Then, later that month on television: "I never said we made a mistake at the pier."';
    assert.ok(!/month/.test(speakers(text)[0] ?? ''));
  });
});
