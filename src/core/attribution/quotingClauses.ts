// `Quoting Winston Churchill, the chancellor told delegates that "success is not final"`: a sentence opened by a
// clause of quoting (`To quote Churchill,`, `In Churchill's words,`, `In the words of Churchill,`) hands on someone
// else's words, so its quotes are that author's, not its subject's.
import type { Token } from '../text/sentenceTokens';
import { phraseAfter, type Phrase } from './speakerPhrases';
import { isSpeechVerbAt, isVerbLike, isWord } from './tokenClasses';
import { askedClauseOwner } from './askedClauses';

/** The most tokens an opening `Quoting ...,` clause holds (`Quoting a report by the harbour council,`). */
const CLAUSE_TOKENS = 12;

/**
 * For a quote after an opening `Quoting X,` clause: `{ author }`, the phrase naming whom it quotes when the clause is
 * only that phrase, else `{ author: null }` (`Quoting a report by the council,`: a text, named or not). Null when the
 * sentence opens otherwise. An opening `Asked whether ...` clause hands on the question's words likewise, and an
 * aside of quoting after the subject (`Kral, quoting Peskar, said "…"`) gives Peskar as `Quoting Peskar,` does. Only
 * `quoting`: `Citing a poll, Kral said it was "in trouble"` gives evidence, and the words after it stay the subject's.
 * (The 2016 dev set has no such opening or aside; where it annotates a quote passed on after the fact, `Kral said,
 * quoting Peskar's statement`, it names the one saying the words now, which the rules after the quote already give.)
 */
export function quotingClause(tokens: readonly Token[], firstContent: number, qi: number): { author: Phrase | null } | null {
  const opener = tokens[firstContent];
  const words = (k: number, ...expected: string[]) => expected.every((w, n) => isWord(tokens[k + n]) && tokens[k + n].lower === w);
  if (!isWord(opener)) return null;
  // `Asked by Peskar whether "…",`, `Told by Kral that "…",`: a question's or a message's wording, the asker's or teller's (askedClauses).
  if (/^(?:asked|told|warned|assured|reminded|informed|advised)$/.test(opener.lower)) return askedClauseOwner(tokens, firstContent, qi);
  let comma = firstContent + 1;
  while (comma < qi && comma - firstContent <= CLAUSE_TOKENS && tokens[comma].text !== ',') comma++;
  if (comma >= qi || tokens[comma].text !== ',') return null;
  // `In Ivo Peskar's words, "…," Kral said`: the owner of the words, when the clause is only that.
  if (words(firstContent, 'in') && words(comma - 1, 'words') && tokens[comma - 2]?.possessive) {
    const owner = phraseAfter(tokens, firstContent + 1, false);
    return { author: owner && owner.from === firstContent + 1 && owner.to >= comma - 2 ? { from: firstContent + 1, to: comma - 1 } : null };
  }
  // `To quote Ivo Peskar,`, `In the words of Ivo Peskar,`, `Quoting Ivo Peskar,`.
  const after = words(firstContent, 'quoting') ? 1 : words(firstContent, 'to', 'quote') ? 2 : words(firstContent, 'in', 'the', 'words', 'of') ? 4 : 0;
  if (after === 0) return quotingAside(tokens, firstContent, comma, qi);
  const phrase = phraseAfter(tokens, firstContent + after, false);
  if (!phrase || phrase.to !== comma) return { author: null };
  // `In the words of the county's ecologist, Sarah Quinn, the meadow is`: a description, then the name set off after
  // it, then the sentence's own subject and verb (never `Quoting her father, Ana Kral, 45, said`: Kral is the subject).
  const named = tokens[comma + 1]?.cap && !tokens[phrase.from].cap ? phraseAfter(tokens, comma + 1, false) : null;
  const subject = named && named.from === comma + 1 && named.to - named.from >= 2 && tokens[named.to]?.text === ',' ? phraseAfter(tokens, named.to + 1, true) : null;
  const verb = subject && subject.from === named!.to + 1 ? subject.to : -1;
  return { author: verb > 0 && verb < qi && (isVerbLike(tokens[verb]) || isSpeechVerbAt(tokens, verb)) ? named : phrase };
}

/**
 * `Kral, quoting Ivo Peskar, said "…"`: an aside of quoting right after the sentence's subject, then its verb of
 * saying, hands on the quoted person's words as an opening `Quoting Peskar,` does (`{ author }`); null for any other
 * sentence, and where it names no one. The subject's phrase must end at the aside's comma.
 */
function quotingAside(tokens: readonly Token[], firstContent: number, comma: number, qi: number): { author: Phrase | null } | null {
  if (tokens[comma + 1]?.lower !== 'quoting') return null;
  const subject = phraseAfter(tokens, firstContent, true);
  if (!subject || subject.to !== comma) return null;
  if (quotesDocument(tokens, comma + 2, qi)) return { author: null };
  const quoted = phraseAfter(tokens, comma + 2, false);
  if (!quoted || tokens[quoted.to]?.text !== ',' || quoted.to + 1 >= qi || !isSpeechVerbAt(tokens, quoted.to + 1)) return null;
  // Only a person named: after `quoting the river board` the words stay the subject's claim, as a draft means them.
  return tokens[comma + 2].cap ? { author: quoted } : null;
}

/** Texts a subject may read out from, whose words are the text's, not the reader's (`quoting an internal memo`). */
const DOCUMENTS: ReadonlySet<string> = new Set([
  'memo', 'memorandum', 'report', 'letter', 'email', 'e-mail', 'document', 'documents', 'statement', 'study', 'transcript',
  'cable', 'filing', 'ruling', 'minutes', 'text', 'note', 'notes', 'survey', 'audit', 'briefing', 'dossier', 'paper', 'leaflet',
]);

/**
 * `Hlavac, quoting an internal ministry memo, said the rise was planned "since before the election"`: an aside that
 * quotes an unnamed text, then its comma and a verb of saying. The quoted words are most likely the text's, which no
 * person owns, and giving them to the one reading it out would be a wrong speaker; `quoting an old skipper` (a person
 * unnamed) still leaves the words the subject's claim. From token `from` (after `quoting`), at most CLAUSE_TOKENS.
 */
function quotesDocument(tokens: readonly Token[], from: number, qi: number): boolean {
  let found = false;
  for (let k = from; k < qi && k - from <= CLAUSE_TOKENS; k++) {
    const t = tokens[k];
    if (t.text === ',') return found && k + 1 < qi && isSpeechVerbAt(tokens, k + 1);
    if (!isWord(t) || (k === from && t.cap)) return false;
    if (DOCUMENTS.has(t.lower)) found = true;
  }
  return false;
}
