// `Eskom said in a statement that its plants had ...`, `Hezbollah said in a statement that it had fired ...`: a lone
// capitalised word that speaks and then refers to itself as `its` (or `that it` with a verb of doing) is a body, not
// a person: a person is `his` or `her`. It had been a person named `Eskom`.
import { COPULAS } from '../text/newsLexicon';
import { normalizeWord } from '../text/normalizeText';
import type { Token } from '../text/sentenceTokens';
import { sexOfGivenName } from './givenNameSexes';
import { isSpeechVerbAt, isWord } from './tokenClasses';

/** Words that may stand between the verb and `its` (`said in a statement on Monday that its`). */
const BETWEEN: ReadonlySet<string> = new Set(['in', 'a', 'an', 'statement', 'written', 'joint', 'release', 'press', 'on', 'that', 'late', 'earlier', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
/** Auxiliaries read over after `that it` (`that it had fired`), to the verb that says what it did. */
const AUXILIARIES: ReadonlySet<string> = new Set(['had', 'has', 'have', 'would', 'will', 'could', 'did', 'does', 'was', 'is']);

/** Whether the one capitalised word at `from` (`to` = from + 1), a speech verb after it, goes on to call itself `its`. */
export function refersToItself(tokens: readonly Token[], from: number, to: number): boolean {
  const name = tokens[from];
  if (to - from !== 1 || !isWord(name) || !name.cap || name.possessive || sexOfGivenName(normalizeWord(name.text)) !== null || !isSpeechVerbAt(tokens, to)) return false;
  for (let k = to + 1; k < tokens.length && k <= to + 10; k++) {
    const t = tokens[k];
    if (t.kind === 'punct' && t.text === ',') continue;
    if (!isWord(t)) return false;
    if (t.lower === 'its') return true;
    if (t.lower === 'it' && tokens[k - 1]?.lower === 'that') {
      // `that it had fired`, `that it will appeal`; never `that it was a mistake` (the `it` of a state of things).
      let v = k + 1;
      if (isWord(tokens[v]) && AUXILIARIES.has(tokens[v].lower)) v++;
      const verb = tokens[v];
      return isWord(verb) && /^[a-z]+$/.test(verb.text) && !COPULAS.has(verb.lower) && !AUXILIARIES.has(verb.lower) && (v > k + 1 || verb.lower.endsWith('ed'));
    }
    if (!BETWEEN.has(t.lower)) return false;
  }
  return false;
}
