// `A firefighter who asked not to be named said …`, `a former employee, who spoke on condition of anonymity`: the
// sources withhold who said these words. A draft that gives them to a person the sources name (the sheriff, the
// finance chief who `declined to comment`) says what the sources do not: the unnamed speaker is someone the sources
// keep apart from everyone they name. Only where the source's own paragraph says the name is withheld: a bare
// description (`the mayor`, `a neighbour`) may be a person the sources name elsewhere.

/** The words that say a speaker's name is withheld. */
const WITHHELD =
  /\b(?:asked not to be (?:named|identified)|(?:declined|refused) to be (?:named|identified)|did not want to be (?:named|identified)|(?:on|under) (?:the )?condition of anonymity|(?:spoke|speaking|talking|talked) anonymously|not authori[sz]ed to speak|(?:would not|wouldn't|did not|didn't) give (?:his|her|their) (?:full )?name)\b/i;

/**
 * Whether the paragraph of a source quote whose speaker is only described says the speaker's name is withheld.
 * `before`: the source's text before the quote (its paragraph last, after the last line break; see readOut.ts textBefore).
 */
export function withholdsName(before: string): boolean {
  return WITHHELD.test(before.slice(before.lastIndexOf('\n') + 1));
}
