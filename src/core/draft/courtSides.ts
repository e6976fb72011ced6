// `"…," the prosecutor argued` for words the sources give `defence lawyer Julian Stroud`: a trial's bench, prosecution
// and defence are three different people, and a draft that gives the defence's words to the prosecutor (or the judge)
// moves them across the courtroom, whoever the prosecutor is. The sources may never call anyone `the prosecutor`
// (`Assistant District Attorney Ana Kral`), so the draft's role names no one; the source speaker's roles say which
// side they are on. Only a speaker the sources place on one side alone, and a draft's role of another side.
import type { SpeakerRegistry } from '../attribution/speakerRegistry';
import type { Speaker } from '../types';

type Side = 'bench' | 'prosecution' | 'defence';

/** Words for a party's lawyers in court. */
const COUNSEL: ReadonlySet<string> = new Set(['lawyer', 'lawyers', 'attorney', 'attorneys', 'counsel', 'barrister', 'solicitor', 'advocate', 'team']);

/** A role's words (a registry's role key, or a draft's lower-case words) and the side of a court they name, if any. */
function sideOf(role: string): Side | null {
  const words = role.split(' ');
  const has = (w: string) => words.includes(w);
  // A rank or a past does not change the side (`assistant district attorney`), but another office does (`justice minister`).
  if (has('minister') || has('former') || has('ex')) return null;
  // The defence's lawyers, not a state's defence (`defense secretary`, `defence chief`).
  if (((has('defence') || has('defense')) && words.some((w) => COUNSEL.has(w))) || role.endsWith('public defender')) return 'defence';
  if (has('prosecutor') || has('prosecutors') || role.endsWith('district attorney') || role.endsWith("state's attorney") || role.endsWith('state attorney') || has('procurator')) return 'prosecution';
  if (words[words.length - 1] === 'judge' || words[words.length - 1] === 'magistrate') return 'bench';
  return null;
}

/** `the prosecutor`, `the defence lawyer`, `the trial judge`: `the` and lower-case words of one side of a court. */
function draftSide(mention: string): Side | null {
  const words = mention.trim().split(/\s+/);
  if (words.length < 2 || words.length > 4 || words[0].toLowerCase() !== 'the') return null;
  const rest = words.slice(1);
  if (!rest.every((w) => /^\p{Ll}[\p{Ll}'\u2019-]*$/u.test(w))) return null;
  return sideOf(rest.join(' ').replace(/\u2019/g, "'"));
}

/**
 * Whether the draft's words for its speaker (`mention`: `the prosecutor`) name a side of a court other than the one
 * side the sources give `source`, the sources' speaker of the words, by any of their roles.
 */
export function courtSideApart(mention: string | null, source: Speaker, corpus: SpeakerRegistry): boolean {
  const claimed = mention === null || source.kind !== 'person' || source.members ? null : draftSide(mention);
  if (claimed === null) return false;
  const sides = new Set<Side>();
  for (const role of corpus.record(source.key)?.roles.keys() ?? []) {
    const side = sideOf(role);
    if (side !== null) sides.add(side);
  }
  return sides.size === 1 && !sides.has(claimed);
}
