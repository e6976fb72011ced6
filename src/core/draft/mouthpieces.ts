// `Kral said through a spokesman: "…"`, `via her lawyer`: a draft that says its speaker spoke through someone gives
// the words of that someone, whom it does not name. A source that quotes a spokesman (`Kral Lines spokesman Dan Ruiz
// said`) quotes the same mouth: no misattribution rests on the draft's name. A source speaker the sources never call
// by that office (a passenger, a minister) is still someone else. The other way round, `a spokesman for Ana Kral said`
// (spokesmanOfAnother) gives the words to Kral's mouth: a source speaker who is neither Kral nor anyone's mouthpiece
// is someone else.
import type { SpeakerRegistry } from '../attribution/speakerRegistry';
import { tokenizeWords } from '../text/normalizeText';
import type { SourceMatch, Speaker } from '../types';

/** The offices one speaks through, each with the words that name it (a spokesman is also a spokeswoman). */
const MOUTHPIECES: readonly (readonly string[])[] = [
  ['spokesman', 'spokeswoman', 'spokesperson', 'spokesmen', 'spokeswomen', 'spokespeople', 'spokespersons'],
  ['lawyer', 'lawyers', 'attorney', 'attorneys', 'solicitor', 'solicitors', 'counsel'],
  ['representative', 'representatives', 'rep', 'reps'],
  ['agent', 'agents', 'publicist', 'publicists'],
  ['aide', 'aides'],
];
const FAMILY_OF = new Map<string, number>(MOUTHPIECES.flatMap((words, i) => words.map((w) => [w, i] as const)));

/** `through a spokesman`, `via her lawyers`, `through a company spokeswoman`: the office among three words after the determiner. */
const THROUGH = /\b(?:through|via)\s+(?:a|an|the|his|her|their|its)\s+((?:[\p{L}'’-]+[ \t]*){1,3})/giu;

/** The offices the draft's sentence says its speaker spoke through. */
function spokenThrough(draftContext: string): Set<number> {
  const found = new Set<number>();
  if (!/\b(?:through|via)\b/i.test(draftContext)) return found;
  for (const m of draftContext.matchAll(THROUGH)) {
    for (const t of tokenizeWords(m[1])) {
      const family = FAMILY_OF.get(t.word);
      if (family !== undefined) found.add(family);
    }
  }
  return found;
}

/** Whether some words name one of the offices. */
function namesOffice(text: string, offices: ReadonlySet<number>): boolean {
  return tokenizeWords(text).some((t) => offices.has(FAMILY_OF.get(t.word) ?? -1));
}

/** How near the source's name for its speaker the office must be written (`a spokesman for Kral Lines, Dan Ruiz`). */
const NEAR_CHARACTERS = 50;

/** Whether `sourceText` writes one of the offices near a mention of the speaker's surname. */
function officeNearName(sourceText: string, surname: string, offices: ReadonlySet<number>): boolean {
  if (surname.length < 2) return false;
  for (let at = sourceText.indexOf(surname); at >= 0; at = sourceText.indexOf(surname, at + 1)) {
    if (namesOffice(sourceText.slice(Math.max(0, at - NEAR_CHARACTERS), at + surname.length + NEAR_CHARACTERS), offices)) return true;
  }
  return false;
}

/**
 * Whether the draft's sentence (`draftContext`) says its speaker spoke through an office the sources give the
 * source's speaker of these words: by a role the registry holds, by the words the source names them with, or written
 * near their name in the source's text around the words (`sourceText`).
 */
export function spokeThroughSourceSpeaker(draftContext: string, match: SourceMatch, source: Speaker, corpus: SpeakerRegistry, sourceText: string): boolean {
  const offices = spokenThrough(draftContext);
  if (offices.size === 0 || source.kind !== 'person') return false;
  if (namesOffice(match.sourceQuote?.mention?.text ?? '', offices) || namesOffice(source.name, offices)) return true;
  const roles = corpus.record(source.key)?.roles;
  if (roles !== undefined && [...roles.keys()].some((role) => namesOffice(role, offices))) return true;
  const words = source.name.trim().split(/\s+/);
  return officeNearName(sourceText, words[words.length - 1], offices);
}

/** `a spokesman for Ana Kral`, `the lawyer for Dan Ruiz`: the office's noun and the principal's full name. */
const MOUTHPIECE_FOR = /^(?:[Aa]n?|[Tt]he)\s+(?:\p{Ll}+\s+)?(\p{Ll}+)\s+for\s+((?:\p{Lu}[\p{L}'\u2019.-]*\s+){1,3}\p{Lu}[\p{L}.-]*)$/u;
/** Words of offices that speak or write for others besides MOUTHPIECES (`press secretary`, `communications director`; a `general secretary` leads a body, not its voice). */
const STAFF_WORDS: ReadonlySet<string> = new Set(['press', 'communications', 'adviser', 'advisor', 'official', 'officials', 'staff', 'office']);

/** Whether some words name an office that speaks for others. */
function namesStaff(text: string): boolean {
  return tokenizeWords(text).some((t) => FAMILY_OF.has(t.word) || STAFF_WORDS.has(t.word));
}

/**
 * Whether the draft's words for its speaker (`mention`, a description: `a spokesman for Ana Kral`) give the words to a
 * principal the sources know as a person, and the source's speaker of them (`source`; `sourceMention`, the source's
 * words for them) is neither that principal nor one the sources call by any office that speaks for others.
 */
export function spokesmanOfAnother(mention: string | null, source: Speaker, corpus: SpeakerRegistry, sourceMention: string): boolean {
  if (mention === null || source.kind !== 'person' || source.members) return false;
  const found = MOUTHPIECE_FOR.exec(mention.trim());
  if (!found || !FAMILY_OF.has(found[1])) return false;
  const principal = corpus.lookupName(found[2].split(/\s+/));
  if (principal === null || principal.key === source.key || corpus.toSpeaker(principal).kind !== 'person') return false;
  const record = corpus.record(source.key);
  if (record === undefined || record === null) return false;
  return ![...record.roles.keys()].some(namesStaff) && !namesStaff(source.name) && !namesStaff(sourceMention);
}
