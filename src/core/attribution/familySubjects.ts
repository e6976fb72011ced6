// Who a sentence makes its subject among people of one surname (sharedSurnames.ts): a full or given name that opens
// a clause (`However, Vera Kral rejected …`, `Her father Tomas disagreed`), and a relative a member's pronoun names
// as the one acting (`Filip Kral's remarks came after his father announced …`). Read from a sentence's words alone.
import type { PreparedText } from '../text/prepareText';
import { normalizeName, type SpeakerRecord, type SpeakerRegistry } from './speakerRegistry';
import { SPEECH_VERBS } from '../text/newsLexicon';
import { genderOfNoun, RELATIVE_NOUNS } from '../text/personNouns';
import { SPEECH_NOUNS } from './possessiveSayings';

/** How far before a name its sentence's opening is read for whether the name is the subject: longer openings are no subject's. */
const PREFIX_CHARS = 120;
/** Words before a comma after which a name is an object's appositive (`a tribute to her aide, Ana Kral,`), not a subject. */
const OBJECT_WORDS: ReadonlySet<string> = new Set(['of', 'to', 'with', 'by', 'for', 'from', 'about', 'including', 'like', 'and', 'or']);
/** `his father announced`: a possessive pronoun, a noun, and a lower-case word (the relative's verb, not a given name). */
const RELATIVE_ACTING = /(?<![\p{L}\p{M}])([Hh]is|[Hh]er)\s+(\p{Ll}+)\s+\p{Ll}/gu;
const SENTENCE_END = /[.!?](?=\s|$)/u;

/**
 * Whether a name at `at`, in `sentence`, is its subject, read from the words before it: nothing (`Vera Kral said`), a
 * quotation (`"…," Vera Kral said`), an opening phrase and a comma with no one of the surname in it (`However, Vera
 * Kral`), or a relative of the opening (`Her father Tomas disagreed`, `Vera Kral and her father, Tomas Kral,`). Not an
 * appositive of a relative or an object (`a teacher's aide, Ana Kral,`, `mother of victim Tomas Kral`).
 */
export function opensClause(p: PreparedText, sentence: { start: number }, at: number, surname: string): boolean {
  const prefix = p.text.slice(Math.max(sentence.start, at - PREFIX_CHARS), at);
  if (/["\u201d]\s*,?\s*(?:(?:said|says)\s+)?$/u.test(prefix)) return true;
  // A long opening before the name holds more than an adverb: the name may be anything's object.
  if (sentence.start < at - PREFIX_CHARS) return false;
  if (/^[\s"\u201c\u2018'(]*$/u.test(prefix)) return true;
  const relative = /^[\s"\u201c]*(?:[^,]+?\s+and\s+|\p{L}+,?\s+)?(?:his|her|their|my|our)\s+(?:[\p{Ll}-]+\s+)?(\p{Ll}+),?\s+$/iu.exec(prefix);
  if (relative) return RELATIVE_NOUNS.has(relative[1].toLowerCase());
  const comma = /(\p{L}+)\.?,\s+$/u.exec(prefix); // `However,`, `in Derry, N.H.,`
  if (!comma || RELATIVE_NOUNS.has(comma[1].toLowerCase()) || OBJECT_WORDS.has(comma[1].toLowerCase())) return false;
  // `honoured a nurse, Ana Kral,`: a noun phrase before the comma makes the name its appositive.
  if (/(?:^|[,;:\u2014]\s*)(?:a|an|the|his|her|their|its|our|my)\s[^,;:\u2014]*,\s+$/iu.test(prefix)) return false;
  return !prefix.split(/[^\p{L}\p{M}'\u2019]+/u).some((w) => normalizeName([w])[0] === surname);
}

/**
 * `Filip Kral's remarks came after his father announced a bus line. "…," Kral wrote.`: the one member of `pool` other
 * than `named` that a relative noun after a pronoun of `named` stands for, in `span` (from where `named` is named up to
 * the lone surname), when that relative acts (a lower-case word, a verb, follows it, not a given name), its clause
 * says something (a verb or noun of speech: `announced`, `in a tweet`), and exactly one other member has the noun's
 * sex. Not `The post went to Filip Kral after his father retired.`: the next words may as well be the son's. A
 * pronoun of the other sex than `named` is someone else's.
 */
export function relativeActing<M extends { readonly records: SpeakerRecord[] }>(registry: SpeakerRegistry, span: string, pool: readonly M[], named: M): M | null {
  RELATIVE_ACTING.lastIndex = 0;
  for (let m = RELATIVE_ACTING.exec(span); m; m = RELATIVE_ACTING.exec(span)) {
    const noun = m[2].toLowerCase();
    const relativeSex = genderOfNoun(noun);
    const otherSex = m[1].toLowerCase() === 'his' ? 'female' : 'male';
    if (!RELATIVE_NOUNS.has(noun) || relativeSex === null || named.records.some((r) => registry.gender(r) === otherSex)) continue;
    const rest = span.slice(m.index + m[0].length - 1);
    const clause = rest.slice(0, SENTENCE_END.exec(rest)?.index ?? rest.length).toLowerCase().split(/[^\p{L}\p{M}'\u2019-]+/u);
    if (!clause.some((w) => SPEECH_VERBS.has(w) || SPEECH_NOUNS.has(w))) return null;
    const others = pool.filter((o) => o !== named && o.records.some((r) => registry.gender(r) === relativeSex));
    return others.length === 1 ? others[0] : null;
  }
  return null;
}
