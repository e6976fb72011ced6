// `Asked by Peskar whether Kral "gets" the port, Dorn shrugged`, `Asked whether "the union will sign," Peskar said
// nothing`: a quote inside a sentence's opening `Asked ...` clause is the question's wording, so it is the asker's
// (named after `by`) or no one's; never the one asked, whose answer comes after the comma. Words after that comma
// (`Asked whether she would run, Kral said "…"`) are the answer's as before. So with what the subject was told
// (`Told by Kral that "the quay is closed," Peskar left`, `Warned by Kral that`): the teller's, or no one's.
import type { Token } from '../text/sentenceTokens';
import { phraseAfter, type Phrase } from './speakerPhrases';
import { isWord } from './tokenClasses';

/** What opens the question after `asked` (`whether`, `if`, `about`, `why`). */
const QUESTION_OPENERS = /^(?:whether|if|about|why|what|how|when|where|who|which)$/;
/** Passives of telling, whose content `that` opens (`Told by Kral that`). */
const TOLD = /^(?:told|warned|assured|reminded|informed|advised)$/;
/** The most words between `Asked` (or its agent) and the question (`Asked again on Monday whether`). */
const BEFORE_QUESTION = 3;
/** The most tokens from `Asked` to the quote (the clause is short; past it, another sentence shape). */
const CLAUSE_TOKENS = 25;

/**
 * For a quote inside an opening `Asked [by X] whether ...` (or `Told [by X] that ...`) clause: `{ author }`, the asker's phrase when named after
 * `by`, else `{ author: null }`. Null when the sentence opens otherwise or the quote stands after the clause's comma.
 */
export function askedClauseOwner(tokens: readonly Token[], firstContent: number, qi: number): { author: Phrase | null } | null {
  const opener = tokens[firstContent];
  const told = isWord(opener) && TOLD.test(opener.lower);
  if (!isWord(opener) || (opener.lower !== 'asked' && !told) || qi - firstContent > CLAUSE_TOKENS) return null;
  const opens = (t: Token | undefined) => isWord(t) && (told ? t.lower === 'that' : QUESTION_OPENERS.test(t.lower));
  let k = firstContent + 1;
  let author: Phrase | null = null;
  if (tokens[k]?.lower === 'by') {
    const agent = phraseAfter(tokens, k + 1, false);
    if (!agent) return null;
    // The phrase reader may run on into the question's opener (`by Kral whether`).
    let to = agent.from + 1;
    while (to < agent.to && !opens(tokens[to])) to++;
    author = { ...agent, to };
    k = to;
  }
  const question = k;
  while (k < qi && k - question < BEFORE_QUESTION && isWord(tokens[k]) && !opens(tokens[k])) k++;
  if (!opens(tokens[k])) return null;
  // The quote must stand inside the clause: no comma or other quote between the question's opener and it.
  for (let j = k + 1; j < qi; j++) if (tokens[j].text === ',' || tokens[j].kind === 'quote' || tokens[j].text === ';' || tokens[j].text === ':') return null;
  return { author };
}

/**
 * Whether a sentence is a bare question put to someone unnamed, ending in the colon that hands them the floor
 * (`Asked about comments from Tom Vell, who said the club are "the rival of my life":`): the quotation after it is
 * the answer of the one asked, never of anyone the question names, though that person's words close the sentence.
 */
export function isAskedIntroduction(tokens: readonly Token[]): boolean {
  const first = tokens.find(isWord), last = tokens[tokens.length - 1];
  return first?.lower === 'asked' && last?.text === ':';
}
