// Dialogue where the words name whom they address: `"Tobias, these are burnt," she said.` ¶ `"They're rustic," he
// said.` A name set off at the head of the words (a vocative) is the listener's, and the reply in the next paragraph is
// theirs: the antecedent search had passed the exchange by and given the `he` to a man named paragraphs before.
import type { PreparedText } from '../text/prepareText';
import type { SpeakerRecord } from './speakerRegistry';
import { lastQuoteBefore, type Attribution } from './resolvedSpeakers';

/** The person of this text a name means (`Tobias` of Tobias Wendt), the name standing at offset `at`. */
export type PersonNamed = (name: string, at: number) => SpeakerRecord | null;

/** A capitalised name of one or two words set off by a comma at the head of the words (`Tobias, these are`). */
const VOCATIVE = /^[^\p{L}]*(\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+)?), /u;

/** The person of this text whom quote `q` addresses by name at its head, if the registry knows them as a person. */
export function addressedBy(p: PreparedText, personNamed: PersonNamed, q: number): SpeakerRecord | null {
  const head = VOCATIVE.exec(p.quotes[q].text);
  if (!head) return null;
  const record = personNamed(head[1], p.quotes[q].textStart + head[0].indexOf(head[1]));
  // Only someone this text names in full: `Well,` or `Look,` at the head of words is no one's name.
  return record && record.kind === 'person' && record.first !== null && (p.id === null || record.articles.has(p.id)) ? record : null;
}

/**
 * The person quote `q` answers: quote `q` opens its paragraph, and the quote before it, the last words of the paragraph
 * before, addresses that person by name; null where the quotes do not stand so.
 */
export function answeredAddressee(p: PreparedText, personNamed: PersonNamed, q: number): SpeakerRecord | null {
  if (q < 1) return null;
  const para = paragraphOf(p, q);
  if (paragraphOf(p, q - 1) !== para - 1 || !/^\s*$/.test(p.text.slice(p.paragraphs[para].start, p.quotes[q].start).replace(/["“”'‘’«»„]/g, ''))) return null;
  // the words before are the last of their paragraph but for their own attribution (`"Tobias, ...," she said.`)
  const rest = p.text.slice(p.quotes[q - 1].end, p.paragraphs[para - 1].end);
  if (/["“”«»„]/.test(rest) || rest.length > 80) return null;
  return addressedBy(p, personNamed, q - 1);
}

function paragraphOf(p: PreparedText, q: number): number {
  return p.sentences[p.quoteSentence[q]].paragraph;
}

/**
 * What the names quotes address tell of a `he` or `she` at `at` that attributes quote `q` (the last of its sentence's
 * quotes before it), where the antecedent search found
 * `foundKey`: the one its words address is no speaker of them (null); the one the words before addressed answers (that
 * person, whom the pronoun must still fit); undefined where neither bears on it.
 */
export function addressedPronoun(p: PreparedText, personNamed: PersonNamed, results: readonly Attribution[], sentenceQuotes: readonly number[], at: number, foundKey: string | undefined): SpeakerRecord | null | undefined {
  const n = lastQuoteBefore(sentenceQuotes, p.quotes, at); // the quote the pronoun at `at` attributes, of its sentence's
  if (n < 0) return undefined;
  const q = sentenceQuotes[n];
  if (foundKey !== undefined && addressedBy(p, personNamed, q)?.key === foundKey) return null;
  const answering = answeredAddressee(p, personNamed, q);
  return !answering || answering.key === foundKey || results[q - 1]?.speaker?.key === answering.key ? undefined : answering;
}
