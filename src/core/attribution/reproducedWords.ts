// `Ana Kral recalled her father's words: "Never forget where you came from."`, `quoted Peskar's famous line,`, `cited
// Peskar:`: a verb of reproducing words whose object is someone else's words (or someone) hands them on, so the quote
// is the owner's (or no one's, when the owner is unnamed), never the subject's. So is a text someone sent, read out or
// put out by the subject (`The campaign responded with a statement from spokesman Ivo Peskar: "…"`): the sender's.
// So are words someone is prompted to say (`prompting Peskar to reply: "…"`, promptedSpeakers.ts): the one prompted's.
import type { Token } from '../text/sentenceTokens';
import { phraseAfter, type Phrase } from './speakerPhrases';
import { nonPersonKind } from './groupNames';
import { isNameWord, isSpeechVerbAt, isWord } from './tokenClasses';
import { promptedSpeaker } from './promptedSpeakers';
import { keptTextSender } from './textsKept';

/** Verbs that reproduce words rather than say new ones. */
const REPRODUCING_VERBS: ReadonlySet<string> = new Set([
  'recalled', 'recalls', 'recalling', 'quoted', 'quotes', 'quoting', 'invoked', 'invokes', 'invoking', 'cited',
  'cites', 'citing', 'repeated', 'repeats', 'repeating', 'paraphrased', 'paraphrasing', 'borrowed', 'borrowing',
  // Passing on a post whole (`Kral retweeted Peskar:`).
  'retweeted', 'retweets', 'retweeting', 'reposted', 'reposts', 'reposting',
]);

/** Nouns for what someone said, as an owner's (`her father's words`, `Peskar's famous line`). */
const WORDS_NOUNS: ReadonlySet<string> = new Set([
  'words', 'advice', 'motto', 'mantra', 'line', 'lines', 'saying', 'dictum', 'maxim', 'phrase', 'remark', 'remarks',
  'slogan', 'catchphrase', 'refrain', 'quip', 'verdict', 'question', 'warning', 'plea', 'prayer', 'toast',
]);

/** Texts a person sends or puts out, whose words the sentence's subject only passes on. */
const SENT_TEXTS: ReadonlySet<string> = new Set([
  'statement', 'message', 'note', 'letter', 'email', 'e-mail', 'tweet', 'post', 'text', 'memo', 'video', 'recording', 'reply', 'response',
  'retort', 'rebuke', 'riposte', 'rejoinder',
]);
/** Words before the text that make it what the subject answers, not what it passes on (`replied to a post from Kral:`). */
const ANSWERED: ReadonlySet<string> = new Set(['to', 'on', 'about', 'at', 'against']);

/** The most tokens between the noun and the colon before the quote (`at the conference`, `from 1964`). */
const TAIL_TOKENS = 5;

/**
 * For a quote after `<reproducing verb> <owner>'s <words noun> ...:` (or a comma): `{ author }`, the phrase of a
 * capitalised owner, or `{ author: null }` for an unnamed one (`her father's`); null when the quote is not so
 * introduced.
 */
export function reproducedWordsOwner(tokens: readonly Token[], qi: number): { author: Phrase | null } | null {
  const mark = tokens[qi - 1];
  const marked = mark?.text === ':' || mark?.text === ',';
  // `prompting Peskar to reply: "…"`, `led Kral to tweet:`: the one prompted (the lexicon may lack the verb's form),
  // with or without the mark (`prompting Peskar to reply "…"`).
  const verb = marked ? qi - 2 : qi - 1;
  const prompted = isWord(tokens[verb]) && !tokens[verb].cap ? promptedSpeaker(tokens, verb) : null;
  if (prompted) return { author: prompted };
  if (!marked) return null;
  // `Kral quoted Ivo Peskar: "…"`, `cited Peskar:`: the person named right before the colon is whose the words are.
  let name = qi - 1;
  while (mark.text === ':' && name > 0 && qi - 1 - name < 4 && isNameWord(tokens[name - 1]) && tokens[name - 1].cap && !tokens[name - 1].possessive) name--;
  if (name < qi - 1 && isWord(tokens[name - 1]) && REPRODUCING_VERBS.has(tokens[name - 1].lower)) return { author: { from: name, to: qi - 1 } };
  if (name < qi - 1) {
    const sender = senderBefore(tokens, qi - 1);
    if (sender) return { author: sender };
  }
  const writer = mark.text === ':' ? writerInClause(tokens, qi - 1) : null;
  if (writer) return { author: writer };
  // `keeps a line from her mentor, Erik Lunde, on her desk:`: whom the words are from, past a tail (textsKept.ts).
  const kept = mark.text === ':' ? keptTextSender(tokens, qi - 1, (w) => WORDS_NOUNS.has(w) || SENT_TEXTS.has(w)) : null;
  if (kept) return { author: kept };
  for (let k = qi - 2; k >= 0 && qi - 2 - k <= TAIL_TOKENS; k--) {
    const t = tokens[k];
    if (!isWord(t) || isSpeechVerbAt(tokens, k)) return null;
    // A text sent is reproduced only where it is read out (`read aloud from Kral's letter:`).
    if (!WORDS_NOUNS.has(t.lower) && !SENT_TEXTS.has(t.lower)) continue;
    // Back over up to two adjectives (`famous`, `old`) to the possessive that owns the words.
    let o = k - 1;
    while (o >= k - 3 && isWord(tokens[o]) && !tokens[o].possessive && !tokens[o].cap) o--;
    const owner = tokens[o];
    if (!isWord(owner) || !owner.possessive) return null;
    let from = o;
    while (from > 0 && from > o - 4 && isNameWord(tokens[from - 1]) && !tokens[from - 1].possessive) from--;
    // `his father's`, `the late mayor's`: an unnamed owner, its determiner and words before it.
    if (!owner.cap) while (from > 0 && from > o - 4 && isWord(tokens[from - 1]) && !tokens[from - 1].cap && !REPRODUCING_VERBS.has(tokens[from - 1].lower)) from--;
    const verb = tokens[from - 1];
    if (SENT_TEXTS.has(t.lower) && !WORDS_NOUNS.has(t.lower)) return readOutFrom(tokens, from - 1) ? { author: owner.cap ? { from, to: o + 1 } : null } : null;
    if (!isWord(verb) || !REPRODUCING_VERBS.has(verb.lower)) return null;
    return { author: owner.cap ? { from, to: o + 1 } : null };
  }
  return null;
}

/**
 * `a statement from spokesman Ivo Peskar:`, `a letter from Ana Kral:`: the sender's phrase, a name in it, when it runs
 * from `from` to the colon at `colon` after a text's noun; null otherwise.
 */
function senderBefore(tokens: readonly Token[], colon: number): Phrase | null {
  for (let k = colon - 2; k > 1 && colon - k <= 6; k--) {
    if (!isWord(tokens[k]) || tokens[k].lower !== 'from') continue;
    const text = tokens[k - 1];
    if (!isWord(text) || text.cap || !SENT_TEXTS.has(text.lower)) return null;
    // Back over the text's determiner and up to two words before it (`a brief written statement`) to what governs it.
    let d = k - 2;
    while (d > 0 && k - 2 - d < 3 && isWord(tokens[d]) && !tokens[d].cap && !ANSWERED.has(tokens[d].lower) && !['a', 'an', 'the'].includes(tokens[d].lower)) d--;
    if ([tokens[d], tokens[d - 1]].some((t) => isWord(t) && ANSWERED.has(t.lower))) return null;
    const sender = phraseAfter(tokens, k + 1, false);
    // `Putin, in a video from Kyiv:`: a place it comes from sends nothing; the text is the subject's own.
    const words = sender ? tokens.slice(sender.from, sender.to) : [];
    return sender && sender.to === colon && words.some((t) => t.cap) && nonPersonKind(words.map((t) => t.text), false) !== 'place' ? sender : null;
  }
  return null;
}

/** Verbs by which someone puts out a text to someone (`the letter Kral sent him`, `the note Peskar wrote`). */
const WRITING_VERBS: ReadonlySet<string> = new Set(['sent', 'wrote', 'posted', 'emailed', 'e-mailed', 'texted', 'penned', 'left', 'signed', 'tweeted']);
/** Whom a text was sent to, closing the clause that names its writer. */
const LISTENERS: ReadonlySet<string> = new Set(['him', 'her', 'me', 'us', 'them', 'you']);

/**
 * `read aloud from the letter Kral sent him:`, `read the note that Peskar wrote:`: a text read out, then a clause naming
 * who put it out: the writer's name, or null.
 */
function writerInClause(tokens: readonly Token[], colon: number): Phrase | null {
  let v = colon - 1;
  if (isWord(tokens[v]) && LISTENERS.has(tokens[v].lower)) v--;
  if (!isWord(tokens[v]) || !WRITING_VERBS.has(tokens[v].lower)) return null;
  let from = v;
  while (from > 0 && v - from < 4 && isNameWord(tokens[from - 1]) && tokens[from - 1].cap && !tokens[from - 1].possessive) from--;
  if (from === v) return null;
  let t = from - 1;
  if (tokens[t]?.lower === 'that' || tokens[t]?.lower === 'which') t--;
  if (!isWord(tokens[t]) || tokens[t].cap || !SENT_TEXTS.has(tokens[t].lower)) return null;
  // Back over the text's determiner and up to two words describing it (`the handwritten letter`) to the reading verb.
  let d = t - 1;
  while (d > 0 && t - d <= 3 && isWord(tokens[d]) && !tokens[d].cap && !['a', 'an', 'the'].includes(tokens[d].lower)) d--;
  if (!['a', 'an', 'the'].includes(tokens[d]?.lower ?? '')) return null;
  const read = /^(?:aloud|out)$/.test(tokens[d - 1]?.lower ?? '') ? d - 2 : d - 1;
  return readOutFrom(tokens, d - 1) || /^(?:read|reads|reading)$/.test(tokens[read]?.lower ?? '') ? { from, to: v } : null;
}

/** `read from`, `read aloud from`, `quoted from` ending at the `from` at `k`: words read out of a text. */
function readOutFrom(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.lower !== 'from') return false;
  const j = /^(?:aloud|out)$/.test(tokens[k - 1]?.lower ?? '') ? k - 2 : k - 1;
  return /^(?:read|reads|reading|quoted|quotes|quoting)$/.test(tokens[j]?.lower ?? '');
}
