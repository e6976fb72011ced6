// `Fenn recalled being told, "…"`, `Fenn said he was told: "…"`: a draft can name the one who heard words just before
// them, and the reader takes that name for the speaker's (the only one near). The draft does not say the hearer said
// them, so no misattribution rests on that name: whoever said the words, the draft has not put them in the wrong mouth.
// So is `Fenn said the minister had told him: "…"`, the teller named after the hearer's verb of saying. A draft that
// names the teller as it opens (`Fenn recalled Peskar telling him, "…"`) is read as the teller's and checked.

/** Being told or hearing words, as the last thing said before them (`was told`, `recalled being told`, `remembers hearing`). */
const HEARD = /\b(?:(?:be|being|been|was|were|is|are|am|got|get|gets|getting)\s+told|(?:recall|remember)(?:ed|s|ing)?\s+hearing)\b/giu;

/** What may stand between the hearing words and the quote: whom from, when (`by an official in 2009`), a comma or colon, `that`. */
const MAX_WORDS_AFTER = 5;
const SAYS_AFTER = /\b(?:sa(?:id|ys|ying)|add(?:ed|s)|told|wrote|writes)\b/iu;

/**
 * `said the minister had told him:`, `recalled that his father once warned him`: another subject, not a pronoun (`Kral
 * said she told them` tells her own words), telling the hearer, as the last words before the quote.
 */
const TOLD_HEARER = /\b(?:sa(?:id|ys)|recall(?:ed|s)|remember(?:ed|s)|recount(?:ed|s))\s+(?:that\s+)?(?!(?:he|she|they|i|we|you|it)\b)\p{L}[^,;:"“”]*?\s(?:(?:had|has|once|had once)\s+)?(?:told|assured|promised|warned)\s+(?:him|her|them|me|us)\s*[,:]?\s*$/iu;

/**
 * True when `between` (the draft's words from the speaker's name to the quote's opening mark) says its person was told
 * or heard the words that follow: the name is the hearer's, not the speaker's.
 */
export function namesTheHearer(between: string): boolean {
  if (!/\btold\b|\bhearing\b|\bassured\b|\bpromised\b|\bwarned\b/i.test(between)) return false;
  if (TOLD_HEARER.test(between)) return true;
  let last: RegExpExecArray | null = null;
  for (const m of between.matchAll(HEARD)) last = m as RegExpExecArray;
  if (!last) return false;
  const rest = between.slice(last.index + last[0].length);
  // `Kral, who was told of the plan on Friday, said: "…"`: the words were said after, by the one told.
  if (SAYS_AFTER.test(rest)) return false;
  return rest.split(/[\s,:;—–-]+/).filter((w) => /\p{L}/u.test(w)).length <= MAX_WORDS_AFTER;
}
