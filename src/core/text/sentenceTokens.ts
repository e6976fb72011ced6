// A sentence as the attribution rules read it: words and punctuation, with each quotation folded
// into one token so that names inside quotes are never taken for speakers.
import { ABBREVIATIONS, CAPITALISED_TITLES, NOT_NAME_WORDS, ORGANISATION_WORDS, ROLE_WORDS } from './newsLexicon';
import { isSpaceCode } from './characterTests';
import { isWordCode, isWordStartCode } from './normalizeText';
import type { QuoteSpan, TextSpan } from '../types';

export interface Token {
  readonly text: string;
  /** Lower case, straight apostrophe, without a trailing possessive `'s`. */
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  readonly kind: 'word' | 'punct' | 'quote';
  /** Starts with a capital letter. */
  readonly cap: boolean;
  /** Ends in a possessive `'s` or `s'`. */
  readonly possessive: boolean;
  /** For a quote token: its index in the text's quote list. */
  readonly quote: number;
  /**
   * A capitalised function word the text uses as someone's surname (`From said` where it names Al From; see
   * markFunctionWordSurnames in functionWordSurnames.ts), a lone particle surname of someone the text names in full
   * (`al-Sudani said`), or the family name `He` after a title (`Vice Premier He Lifeng`): a name word though it is
   * none elsewhere.
   */
  readonly surname?: boolean;
}

/**
 * `tokens[i]`, and nothing before the first token. An array read at a negative index is a look-up of a property by
 * its name (`-1`): the engine then reads that line's every later index the slow, generic way, and asks the runtime
 * for each negative one (the readers of the tokens before a word, hot in a cold build, did so at the sentence's first).
 */
export function tokenAt(tokens: readonly Token[], i: number): Token | undefined {
  return i >= 0 ? tokens[i] : undefined;
}

/**
 * The index of the first token that starts at or after character offset `offset` (`tokens.length` if none), found by
 * halves: a reader asking it at each of a long sentence's many pronouns stays linear.
 */
export function firstTokenFrom(tokens: readonly Token[], offset: number): number {
  let i = 0;
  for (let hi = tokens.length; i < hi;) {
    const mid = (i + hi) >> 1;
    if (tokens[mid].start < offset) i = mid + 1;
    else hi = mid;
  }
  return i;
}

/** End of the word starting at `i`: letters and digits joined by `-`, `'`, `’` or `.` (Secretary-General, U.S), and a final `.`. */
function wordEnd(text: string, i: number, to: number): number {
  for (;;) {
    while (i < to && isWordCode(text.charCodeAt(i))) i++;
    const c = text.charCodeAt(i);
    if (i + 1 < to && (c === 45 || c === 39 || c === 0x2019 || c === 0x2018 || c === 46) && isWordCode(text.charCodeAt(i + 1))) {
      i += 2;
      continue;
    }
    // `Sanders' campaign`, `Sanders’ campaign`: the apostrophe of a possessive in -s belongs to its word.
    if (i < to && (c === 39 || c === 0x2019) && (text.charCodeAt(i - 1) | 32) === 115 && (i + 1 >= to || !isWordCode(text.charCodeAt(i + 1)))) return i + 1;
    return i < to && c === 46 ? i + 1 : i;
  }
}

const INITIALS = /^(?:\p{L}\.)+$/u;
const ALL_CAPITALS = /^\p{Lu}{2,}(?:['\u2019]s)?$/u;
/** Relative pronouns, which the rules read as opening a clause: in capitals among words that are not, an acronym. */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'whom', 'whose', 'which']);

/**
 * `WHO`, `WHO's` (the World Health Organization) in a sentence not written in capitals: read as the same acronym
 * with full stops (`W.H.O.`), a name, never the `who` that opens a relative clause and ends a name before it.
 */
function asAcronym(token: Token, previous: Token | undefined): Token {
  if (!RELATIVE_PRONOUNS.has(token.lower) || !ALL_CAPITALS.test(token.text)) return token;
  if (previous && previous.kind === 'word' && ALL_CAPITALS.test(previous.text)) return token;
  return { ...token, lower: `${token.lower.split('').join('.')}.` };
}
const CAPITAL = /^\p{Lu}/u;

/** `he` or `she` and the contraction of `would`/`had`, `will` or `have` (a plural `They're` stays unread: it reached back to a body where a group was meant). */
const PRONOUN_CONTRACTION = /^(he|she)'(?:d|ll|ve)$/i;

function wordToken(text: string, start: number, end: number): Token {
  let raw = text.slice(start, end);
  // A full stop belongs to initials (U.S.) and abbreviations (Dr., Gen.); any other ends the sentence.
  if (raw.charCodeAt(raw.length - 1) === 46 && !INITIALS.test(raw)) {
    raw = raw.slice(0, -1);
    const lower = raw.toLowerCase();
    if (!ABBREVIATIONS.has(lower) && !(CAPITALISED_TITLES.has(lower) && /^[A-Z]/.test(raw))) end -= 1;
  }
  // Searched for with indexOf (a word stored one byte a character is not read for them), not a regex at every word.
  const straight = raw.indexOf('\u2019') >= 0 || raw.indexOf('\u2018') >= 0 ? raw.replace(/[\u2018\u2019]/g, "'") : raw;
  const n = straight.length;
  const apostropheS = n > 2 && straight[n - 2] === "'" && (straight[n - 1] === 's' || straight[n - 1] === 'S');
  const sApostrophe = n > 2 && straight[n - 1] === "'" && (straight[n - 2] === 's' || straight[n - 2] === 'S');
  const base = apostropheS ? straight.slice(0, -2) : straight;
  const first = raw.charCodeAt(0);
  // `She'd say`, `He'll tell you`: a personal pronoun with a verb's contraction is that pronoun (read
  // as a name, `She'd` had been given a quote).
  const contracted = !apostropheS && straight.indexOf("'") > 0 ? PRONOUN_CONTRACTION.exec(base) : null;
  return {
    text: raw,
    lower: contracted ? contracted[1].toLowerCase() : base.toLowerCase(),
    start,
    end,
    kind: 'word',
    cap: first >= 65 && first <= 90 ? true : first < 128 ? false : CAPITAL.test(raw),
    possessive: apostropheS || sApostrophe,
    quote: -1,
  };
}

/** Tokens of `span` in `text`; the given quotes (sorted, top-level) become single `quote` tokens. */
/** Number words that may end a body's name after `of` (`the Group of Seven`): not names elsewhere. */
const NUMBER_NAMES: ReadonlySet<string> = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);

export function tokenizeSentence(text: string, span: TextSpan, quotes: readonly QuoteSpan[], firstQuote: number): Token[] {
  const tokens: Token[] = [];
  let q = firstQuote;
  let i = span.start;
  while (i < span.end) {
    while (q < quotes.length && quotes[q].end <= i) q++;
    const quote = quotes[q];
    if (quote && quote.start <= i && i < quote.end) {
      tokens.push({ text: text.slice(quote.start, quote.end), lower: '"', start: quote.start, end: quote.end, kind: 'quote', cap: false, possessive: false, quote: q });
      i = quote.end;
      continue;
    }
    const code = text.charCodeAt(i);
    if (code === 32 || code === 10 || code === 13 || code === 9 || code === 160 || (code > 127 && isSpaceCode(code))) {
      i++;
      continue;
    }
    const c = text[i];
    if (isWordStartCode(code)) {
      const limit = quote && quote.start > i ? Math.min(quote.start, span.end) : span.end;
      const end = wordEnd(text, i, limit);
      const token = asAcronym(wordToken(text, i, end), tokenAt(tokens, tokens.length - 1));
      // `Vice Premier He Lifeng`, `scientist He Jiankui`: a Chinese family name written like the pronoun, after a title
      // and before a capitalised given name, where the pronoun never stands; marked as a surname (isPronoun is false).
      const he = tokens.length - 1;
      if (he > 0 && tokens[he].text === 'He' && token.cap && !NOT_NAME_WORDS.has(token.lower) && tokens[he - 1].kind === 'word' && ROLE_WORDS.has(tokens[he - 1].lower)) tokens[he] = { ...tokens[he], surname: true };
      // `the Group of Seven`, `the Group of Eight`: a number word after a body's word and `of` ends the body's name,
      // which it had cut short (`The Group of Seven said` had been no one's).
      const body = tokenAt(tokens, he - 1);
      if (token.cap && NUMBER_NAMES.has(token.lower) && tokens[he]?.lower === 'of' && body?.cap && ORGANISATION_WORDS.has(body.lower)) tokens.push({ ...token, surname: true });
      else tokens.push(token);
      i = token.end;
      continue;
    }
    tokens.push({ text: c, lower: c, start: i, end: i + 1, kind: 'punct', cap: false, possessive: false, quote: -1 });
    i++;
  }
  return tokens;
}
