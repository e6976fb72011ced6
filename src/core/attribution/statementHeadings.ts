// `Statement by Executive Vice-President Ana Kral on the fisheries deal` ¶ `"Today's agreement is ..."`: government and
// EU press pages put the speaker in a heading of its own, a text's kind and `by` (or `from`) a name, and the statement
// follows as paragraphs of bare quotation. The heading names whose the words are as surely as `Ana Kral said:` does;
// so does a Markdown heading of a name alone (`## Ana Kral`, labelLines.ts).
import type { PreparedText } from '../text/prepareText';
import type { Token } from '../text/sentenceTokens';
import { phraseAfter, type Phrase } from './speakerPhrases';
import { ownerOfTextBeforeColon, presentedBeforeColon } from './colonIntroductions';
import { excerptOwner } from './excerptAnnouncements';
import { labelLineOwner, nameHeadingOwner } from './labelLines';
import { isWord } from './tokenClasses';

/** Kinds of text a heading says someone gave (`Statement by`, `Remarks by`, `Message from`). */
const HEADED_TEXTS: ReadonlySet<string> = new Set(['statement', 'remarks', 'speech', 'address', 'message', 'declaration', 'letter']);
/** What may qualify the kind before `by` (`Joint statement by`, `Opening remarks by`, `Press statement from`). */
const QUALIFIERS: ReadonlySet<string> = new Set(['joint', 'opening', 'closing', 'press', 'introductory', 'written', 'video', 'keynote', 'official']);

/** Texts of speech a subject issues before a colon (`Mayor Dana Reyes released the following statement:`). */
export const INTRODUCED_TEXTS: ReadonlySet<string> = new Set(['statement', 'remarks', 'message', 'tweet', 'response', 'reply', 'note', 'comment', 'comments', 'words']);
/** The verbs that issue them. */
export const ISSUING_VERBS: ReadonlySet<string> = new Set(['released', 'releases', 'issued', 'issues', 'gave', 'gives', 'sent', 'sends', 'posted', 'posts', 'offered', 'offers', 'made', 'makes', 'delivered', 'delivers', 'tweeted', 'tweets', 'shared', 'shares', 'added']);

/**
 * The name a heading line gives its text to (`Statement by [Pieter Hoogland] on ...`), or null. `tokens` are the
 * heading's, which must hold no quotation and end with no stop or colon (a sentence saying `a statement by X was
 * read` is narration).
 */
export function headingGiver(tokens: readonly Token[]): Phrase | null {
  const last = tokens[tokens.length - 1];
  if (!last || !isWord(last) || tokens.some((t) => t.kind !== 'word' && t.kind !== 'punct')) return null;
  let k = 0;
  if (isWord(tokens[k]) && tokens[k].cap && QUALIFIERS.has(tokens[k].lower)) k++;
  const kind = tokens[k];
  if (!isWord(kind) || !(k > 0 || kind.cap) || !HEADED_TEXTS.has(kind.lower)) return null;
  const by = tokens[k + 1];
  if (!isWord(by) || (by.lower !== 'by' && by.lower !== 'from')) return null;
  const giver = phraseAfter(tokens, k + 2, true);
  return giver && tokens[giver.to - 1].cap ? giver : null;
}

/**
 * Whose words sentence `s - 1` (its `tokens`; `firstContent`, its first word's index) introduces for sentence `s`,
 * by their text or presentation before a colon (colonIntroductions.ts: `From Kral's Facebook post:`, `Here's Kral in
 * March:`, where a `post` read as a verb would find no subject; a label line, labelLines.ts), or by a heading alone
 * in its paragraph; `sentence`, where the owner stands in another sentence than `s - 1`.
 */
export function ownerIntroducing(p: PreparedText, s: number, tokens: readonly Token[], firstContent: number): (Phrase & { sentence?: number }) | null {
  // `The following are excerpts from Peskar's speech.` (excerptAnnouncements.ts): the owner may stand a sentence before.
  const excerpts = excerptOwner(p, s - 1, tokens);
  if (excerpts) return excerpts;
  const last = tokens.length - 1;
  if (tokens[last]?.text === ':') return ownerOfTextBeforeColon(tokens, last) ?? presentedBeforeColon(tokens, firstContent, last) ?? labelLineOwner(p, tokens, firstContent);
  const paragraph = p.sentences[s - 1].paragraph;
  if (p.sentences[s].paragraph === paragraph || (s >= 2 && p.sentences[s - 2].paragraph === paragraph)) return null;
  return headingGiver(tokens) ?? nameHeadingOwner(p, tokens, firstContent);
}
