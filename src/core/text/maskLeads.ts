// Hides what opens a news paragraph without being part of its prose: datelines (`WASHINGTON (AP) —`,
// `GENEVA, Switzerland:`, `Washington (AFP) –`) and capitalised headline leads run into the text
// (`BRIDGE CLOSED AGAIN — Ortiz told reporters`). Read as words, a dateline's city becomes a speaker (`Kerry
// Washington` for `WASHINGTON —`) and a headline's capitals become a name. Offsets stay where they were.

const CAPS_WORD = String.raw`\p{Lu}[\p{Lu}.'\u2019&-]+`;
const CAPS_PLACE = String.raw`${CAPS_WORD}(?: ${CAPS_WORD}){0,3}`;
const REGION = String.raw`, \p{Lu}[\p{L}.]*(?: [\p{Lu}\d][\p{L}.\d]*){0,2}`;
const AGENCY = String.raw` ?\([^()\n]{1,40}\)`;
const DASH = String.raw`\s*(?:[\u2014\u2013]|--?)\s`;
const MIXED_PLACE = String.raw`\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2}`;

/** A dateline at a line's start: a city in capitals (region and agency optional) before a dash, or before a colon after a region; a city in any case before an agency and a dash. */
const DATELINE = new RegExp(
  String.raw`^[ \t>*_#-]{0,6}(?:${CAPS_PLACE}(?:${REGION})?(?:${AGENCY})?${DASH}|${CAPS_PLACE}${REGION}(?:${AGENCY})?:\s|${MIXED_PLACE}${AGENCY}${DASH})`,
  'gmu',
);

/** Three or more words in capitals opening a line, then a dash or a word in ordinary case: a headline run into the text. */
const HEADLINE_LEAD = new RegExp(String.raw`^[ \t]{0,3}(?:${CAPS_WORD}|\d+)(?: (?:${CAPS_WORD}|\d+)){2,}(?=${DASH}|\s+\p{Lu}\p{Ll})(?:${DASH})?`, 'gmu');

function blank(match: string): string {
  return match.replace(/[^\r\n]/g, ' ');
}

/** `masked` with datelines and capitalised headline leads at line starts turned to spaces. */
export function maskLeads(masked: string): string {
  return masked.replace(DATELINE, blank).replace(HEADLINE_LEAD, (lead) => (/\p{Ll}/u.test(lead) ? lead : blank(lead)));
}
