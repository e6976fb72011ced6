// `Ana Kral gave way to Ivo Peskar, and he said: "..."`: a pronoun whose own sentence names, before it and outside
// its subject, someone of its sex has that person near at hand; an antecedent sought in the sentences before (a
// description with no sex, `the harbour master`) is a guess the sentence argues against.
import type { Token } from '../text/sentenceTokens';
import type { SpeakerRecord, SpeakerRegistry } from './speakerRegistry';
import { isWord } from './tokenClasses';
import { firstAtLeast } from '../text/sortedNumbers';
import { sexOfGivenName } from './givenNameSexes';

/** How many tokens before the pronoun are read for such a person (`Ana Kral gave way to Labour's Ivo Peskar during the debate, and`). */
const RIVAL_REACH = 30;

/**
 * Whether `tokens` (a sentence) name, in the words before `offset`, a person the texts know as of sex `want`, other than `except`
 * (the keys the pronoun was already offered): one capitalised word at a time, looked up as a surname.
 */
export function namesRivalOfSex(registry: SpeakerRegistry, tokens: readonly Token[], offset: number, want: string | null, article: string | null, except: ReadonlySet<string>): boolean {
  if (want !== 'male' && want !== 'female') return false;
  // The tokens right before the pronoun only, found by halving: a sentence of thousands of pronouns is read once each, not whole.
  const lo = firstAtLeast(tokens.length, offset, (i) => tokens[i].start);
  for (let i = Math.max(1, lo - RIVAL_REACH); i < lo; i++) {
    const t = tokens[i];
    // A surname ends its name: the capital before a lower-case word or a stop (`Ivo Peskar,`), never a given name.
    if (!isWord(t) || !t.cap || t.possessive || (isWord(tokens[i + 1]) && tokens[i + 1].cap)) continue;
    const record = namedPerson(registry, tokens, i, article);
    if (record && record.kind === 'person' && record.first !== null && !except.has(record.key) && registry.gender(record) === want) return true;
  }
  return false;
}

/**
 * `"…," Ford said. Cycling advocate Jared Kolb was in the gallery. "…," he said`: a sentence the pronoun's search
 * passes without finding its subject, which names someone of the pronoun's sex, may well be about that person (a
 * subject the reader missed: a role before the name, an opening participle, an inverted `Among them was X`). A speaker
 * found before it who is not that person is then a guess against the text, and a wrong speaker is worse than none.
 * The keys of such people in `tokens` (a sentence), other than `except`, go into `passed`: only people whose given name
 * says their sex (a place read as a person, `Her hometown, Port Aldis, voted for him`, is no one). Not past a pronoun of that
 * sex (`she doesn't think Clinton can win`): the sentence is still about someone before it, and the name after is another.
 */
export function passRivalsOfSex(registry: SpeakerRegistry, tokens: readonly Token[], want: string | null, article: string | null, except: ReadonlySet<string>, passed: Set<string>): void {
  if (want !== 'male' && want !== 'female') return;
  const ofSex = want === 'male' ? /^(?:he|him|his|himself)(?:['\u2019](?:s|d|ll))?$/ : /^(?:she|her|hers|herself)(?:['\u2019](?:s|d|ll))?$/;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (ofSex.test(t.lower)) return;
    if (i === 0 || !isWord(t) || !t.cap || t.possessive || (isWord(tokens[i + 1]) && tokens[i + 1].cap)) continue;
    const record = namedPerson(registry, tokens, i, article);
    if (record && record.kind === 'person' && record.first !== null && !except.has(record.key) && sexOfGivenName(record.first) === want) passed.add(record.key);
  }
}

/** The most capitalised words before a surname read with it as one name (`Mary Ann Kral`). */
const GIVEN_WORDS = 3;

/**
 * The person the surname at `tokens[i]` ends: looked up with the capitalised words right before it first, since a
 * surname alone is the text's most mentioned bearer of it. `Captain Ivo Kral … The first officer, Ana Kral, said the
 * screen failed. "…," she said`: a lone `Kral` is Ivo, a man, so Ana was passed as no rival of `she` and the words
 * went to a woman named sentences before.
 */
function namedPerson(registry: SpeakerRegistry, tokens: readonly Token[], i: number, article: string | null): SpeakerRecord | null {
  let from = i;
  while (from > 0 && i - from < GIVEN_WORDS) {
    const t = tokens[from - 1];
    if (!isWord(t) || !t.cap || t.possessive || tokens[from].start - t.end !== 1) break; // `Ana Kral`, one space apart
    from--;
  }
  const full = from < i ? registry.lookupName(tokens.slice(from, i + 1).map((t) => t.text), article) : null;
  return full ?? registry.lookupName([tokens[i].text], article);
}
