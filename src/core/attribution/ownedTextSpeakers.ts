// `"We will appeal," Ana Kral's statement said.`, `"…," read a statement from Ana Kral.`: a text of speech a person
// is named as owning or sending speaks for that person, as `Kral's reply was: "…"` does (colonIntroductions.ts). The
// phrase had been the description `Ana Kral's statement` (or `a statement`), which no later `she` could mean either.
import { DETERMINERS } from '../text/newsLexicon';
import type { Token } from '../text/sentenceTokens';
import { OWNED_TEXTS } from './colonIntroductions';
import { namesSomeone } from './namePhrases';
import { phraseAfter, type Phrase } from './speakerPhrases';
import { isGerund, isSpeechVerbAt, isWord } from './tokenClasses';

/**
 * The owner's phrase of a text `phrase` ends with: `Ana Kral's statement`, `Kral's brief reply` (the capitalised
 * possessive one word at most before the text's noun), or `a statement` right before `from Ana Kral`. Null for any
 * other phrase, and for an owner that is no name (`the council's statement`).
 */
export function textOwner(tokens: readonly Token[], phrase: Phrase): Phrase | null {
  const owner = ownerOfText(tokens, phrase);
  // Only a text that speaks itself (`Kral's statement said`, `read a statement from Kral`): `Lee said Kral's tweet
  // meant that "…"` reports what the tweet meant in Lee's words, which are not Kral's.
  if (!owner) return null;
  // `Ana Kral's statement said`: a finite verb of speech right after (`Kral's tweet saying …` is a tweet described).
  if (owner.from === phrase.from) return (isSpeechVerbAt(tokens, phrase.to) && !isGerund(tokens[phrase.to])) || /^reads?$/.test(tokens[phrase.to]?.lower ?? '') ? owner : null; // `Kral's statement read`
  // `read a statement from Ana Kral`, `a statement from Ana Kral said`: the verb before the text, or after its sender.
  const before = tokens[phrase.from - 1];
  return (isSpeechVerbAt(tokens, owner.to) && !isGerund(tokens[owner.to])) || (isWord(before) && /^reads?$/.test(before.lower)) ? owner : null;
}

function ownerOfText(tokens: readonly Token[], phrase: Phrase): Phrase | null {
  const last = tokens[phrase.to - 1];
  if (!isWord(last) || last.cap || !OWNED_TEXTS.has(last.lower)) return null;
  // `Ana Kral's statement`, `Kral's terse reply`.
  for (let k = phrase.to - 2; k >= phrase.from && k >= phrase.to - 3; k--) {
    const t = tokens[k];
    if (!isWord(t)) return null;
    if (t.possessive) {
      const owner = { from: phrase.from, to: k + 1 };
      return t.cap && tokens.slice(phrase.from, k + 1).every((w) => isWord(w) && w.cap) && namesSomeone(tokens, owner) ? owner : null;
    }
    if (t.cap) return null;
  }
  // `a statement from Ana Kral`.
  if (!isWord(tokens[phrase.from]) || !DETERMINERS.has(tokens[phrase.from].lower) || tokens[phrase.to]?.lower !== 'from' || !tokens[phrase.to + 1]?.cap) return null;
  const sender = phraseAfter(tokens, phrase.to + 1, false);
  return sender && sender.from === phrase.to + 1 && namesSomeone(tokens, sender) ? sender : null;
}
