// `A firefighter who asked not to be named said …`, `a former employee, who spoke on condition of anonymity`: the
// sources withhold who said these words. A draft that gives them to a person the sources name (the sheriff, the
// finance chief who `declined to comment`) says what the sources do not: the unnamed speaker is someone the sources
// keep apart from everyone they name. Only where the source's own paragraph says the name is withheld: a bare
// description (`the mayor`, `a neighbour`) may be a person the sources name elsewhere.

/** The words that say a speaker's name is withheld. */
const WITHHELD =
  /\b(?:asked not to be (?:named|identified)|(?:declined|refused) to be (?:named|identified)|did not want to be (?:named|identified)|(?:on|under) (?:the )?condition of anonymity|(?:spoke|speaking|talking|talked) anonymously|not authori[sz]ed to speak|(?:would not|wouldn't|did not|didn't) give (?:his|her|their) (?:full )?name)\b/i;

/**
 * Descriptions that are unnamed by what they are: `a source close to the star`, `a senior insider`, `sources said`
 * (the noun heading the description, not `open-source developers`).
 */
const UNNAMED_BY_DESCRIPTION = /^(?:(?:a|an|the|one|two|three|several|other|some|many)\s+)?(?:[\p{Ll}-]+\s+)?(?:sources?|insiders?)\b/iu;

/**
 * Whether a source quote whose speaker is only described (`description`: the source's words for them) withholds
 * the speaker's name: the description says so, or the quote's paragraph does. `before`: the source's text before the
 * quote (its paragraph last, after the last line break; see readOut.ts textBefore).
 */
export function withholdsName(description: string, before: () => string): boolean {
  if (UNNAMED_BY_DESCRIPTION.test(description)) return true;
  const text = before();
  return WITHHELD.test(text.slice(text.lastIndexOf('\n') + 1));
}
