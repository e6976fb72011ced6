// A paragraph of nothing but quotation signed in the line after it, as fact-checks, letters, op-eds and press
// releases sign what they quote:
//   "We will rebuild every road."
//   - Dana Reyes.
// (`— Dana Reyes, mayor of Port Aldis`, `-Mayor Reyes, speaking after the vote.`). The line is a dash and a name
// phrase, alone or followed by a comma and what the speaker is or did, or by a roundup's caption in the present
// tense (`– Dana Reyes defends the budget.`); it signs every paragraph of quotation right above it.
import type { PreparedText } from '../text/prepareText';
import type { Token } from '../text/sentenceTokens';
import { phraseAfter, type Phrase } from './speakerPhrases';
import { actsAsVerb, isWord } from './tokenClasses';

const DASHES = new Set(['-', '\u2013', '\u2014', '\u2015']);
/** Markup that may stand around a signature (`> — Reyes`, `*— Reyes*`). */
const MARKUP = new Set(['>', '*', '_']);
/** How many paragraphs of quotation one signature signs: a long statement, not a page of them. */
export const SIGNED_PARAGRAPHS = 8;

export interface Signature {
  /** The sentence that signs. */
  readonly s: number;
  readonly phrase: Phrase;
}

/**
 * The signature of the paragraph that opens with sentence `s`, when that paragraph and every paragraph from it to
 * the signature holds nothing but quotation (`quoteOnly`: no words outside quotation marks); `end` when the text
 * ends before a signature could (a draft's paragraph read alone may be signed in the paragraphs after it).
 */
export function signatureAfter(p: PreparedText, s: number, quoteOnly: (s: number) => boolean): Signature | 'end' | null {
  const sentences = p.sentences;
  let paragraph = sentences[s].paragraph;
  let paragraphs = 1;
  for (let k = s; k < sentences.length; k++) {
    const opens = sentences[k].paragraph !== paragraph;
    if (opens) {
      paragraph = sentences[k].paragraph;
      if (++paragraphs > SIGNED_PARAGRAPHS + 1) return null;
    }
    if (quoteOnly(k)) continue;
    // Words inside the quotation's own paragraphs attribute it there, or not at all.
    if (!opens) return null;
    const alone = k + 1 >= sentences.length || sentences[k + 1].paragraph !== paragraph;
    const phrase = alone ? signingPhrase(p.tokensOf(k)) : null;
    return phrase ? { s: k, phrase } : null;
  }
  return 'end';
}

/** `- Dana Reyes.`, `— Dana Reyes, mayor`: the name phrase after the dash that opens the line, and nothing else but an aside. */
function signingPhrase(tokens: readonly Token[]): Phrase | null {
  let i = 0;
  while (i < tokens.length && tokens[i].kind === 'punct' && MARKUP.has(tokens[i].text)) i++;
  if (tokens[i]?.kind !== 'punct' || !DASHES.has(tokens[i].text)) return null;
  const first = tokens[i + 1];
  if (!isWord(first) || !first.cap) return null;
  const phrase = phraseAfter(tokens, i + 1, false);
  if (!phrase) return null;
  const caption = captionVerbAt(tokens, i + 2, phrase.to);
  if (caption >= 0) return { from: i + 1, to: caption };
  const rest = tokens.slice(phrase.to);
  const ends = rest.every((t) => t.kind === 'punct' && (t.text === '.' || MARKUP.has(t.text)));
  return ends || rest[0]?.text === ',' ? phrase : null;
}

/**
 * `– Culture Secretary Ana Kral announces the ferries will run.`, `– Ana Kral defends her "Brand Kral" posts.`: a
 * roundup's line under a quote says what the speaker did, in the present tense, the name its subject. The index of
 * the first such verb, right after a capitalised word in `[from, to]`, or -1 (the phrase reader may have read the verb as a
 * noun of the name's: `Kral defends his ferry`).
 */
function captionVerbAt(tokens: readonly Token[], from: number, to: number): number {
  for (let k = from; k <= to && k < tokens.length; k++) {
    const verb = tokens[k];
    const subject = tokens[k - 1];
    // Past the lower-case words of a title (`Institute for Fiscal Studies deputy director Ana Kral suggests`); never
    // a noun a possessive owns (`Kral's boats`).
    if (isWord(verb) && !verb.cap && subject.cap && !subject.possessive && /[^s]s$/.test(verb.lower) && actsAsVerb(verb)) return k;
  }
  return -1;
}
