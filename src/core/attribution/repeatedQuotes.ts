// A pull quote: a magazine's or a web page's quotation set off in a paragraph of its own, the words of a quote the
// body attributes (`"We will rebuild every pier"` between two paragraphs about someone else). Standing alone, it read
// as the continuation of the paragraph before, whose speaker is often another person's; the same words are the same
// person's. Only a lone quotation with no speaker of its own rule is given one, and only when every quote it repeats
// has one speaker; repeating two people's, it is no one's.
import { tokenizeWords } from '../text/normalizeText';
import type { PreparedText } from '../text/prepareText';
import type { Attribution } from './resolvedSpeakers';

/** Words a repeated quotation needs for its words to say whose they are (a slogan of three is anyone's). */
const MIN_WORDS = 5;
/** How many quotes sharing a repeat's first words are compared with it (a text repeating a line a thousand times stays linear). */
const MAX_CANDIDATES = 4;

/** What a rule of the quote's own sentence found, never carried from elsewhere (a continuation, a guess). */
function ownAttribution(a: Attribution): boolean {
  return a.speaker !== null && a.method !== 'continuation' && a.method !== 'pronoun-guess' && a.method !== 'none';
}

/** Whether quote `q` is a paragraph of its own: one sentence, no word outside the marks. */
function standsAlone(p: PreparedText, q: number): boolean {
  const s = p.quoteSentence[q];
  const paragraph = p.sentences[s].paragraph;
  return p.sentences[s - 1]?.paragraph !== paragraph && p.sentences[s + 1]?.paragraph !== paragraph && p.tokensOf(s).every((t) => t.kind !== 'word');
}

/**
 * Gives each quote of `p` that stands alone (a paragraph of its own) and that no rule of its own sentence attributed
 * the speaker of the quotes whose words it repeats, whole or in part, when they agree on one.
 */
export function shareRepeatedSpeakers(results: Attribution[], p: PreparedText): void {
  const lone = results.map((a, q) => !ownAttribution(a) && !a.isTerm && standsAlone(p, q));
  if (!lone.some(Boolean)) return;
  const words = p.quotes.map((quote) => tokenizeWords(quote.text).map((t) => t.word));
  // Each attributed quote by every run of MIN_WORDS words it holds: where a repeat's first words appear.
  const byOpening = new Map<string, number[]>();
  results.forEach((a, q) => {
    if (!ownAttribution(a)) return;
    for (let i = 0; i + MIN_WORDS <= words[q].length; i++) {
      const key = words[q].slice(i, i + MIN_WORDS).join(' ');
      const list = byOpening.get(key);
      if (!list) byOpening.set(key, [q]);
      else if (list.length < MAX_CANDIDATES && list[list.length - 1] !== q) list.push(q);
    }
  });
  lone.forEach((isLone, q) => {
    if (!isLone || words[q].length < MIN_WORDS) return;
    const phrase = ` ${words[q].join(' ')} `;
    const sources = (byOpening.get(words[q].slice(0, MIN_WORDS).join(' ')) ?? []).filter((r) => r !== q && ` ${words[r].join(' ')} `.includes(phrase));
    const speakers = new Set(sources.map((r) => results[r].speaker!.key));
    if (speakers.size === 1) results[q] = { ...results[sources[0]], isTerm: false };
    // Words the text gives two people are no one's in particular, least of all a third's the paragraph before named.
    else if (speakers.size > 1 && !speakers.has(results[q].speaker?.key ?? '')) results[q] = { speaker: null, mention: null, method: 'none', isTerm: false };
  });
}
