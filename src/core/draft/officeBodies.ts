// `The head of Marion Falls Power said`, `Marion Falls Power chief executive Ivo Peskar`: a name that an office is
// held of is a body (a company, an agency, a club), however much its first word looks like a given name (`Marion`,
// `Sierra`). A body speaks through its officers, so a draft that gives such a name the words of a person the sources
// quote near it is giving a statement to its company, not the words to someone else. Only offices that no person is
// the body of (a chief executive, a chairman, a head): `spokesman for Trump` and `Trump chief strategist` are a
// person's staff, and `director of Trump's campaign` names his campaign. So is a name a source sets its speaker
// within (`Ana Beltrán of the Red Cross`, `Kevin Brandt, a meteorologist with the National Weather Service`, `a
// spokesman for Kral Lines, Dan Ruiz`): `the Red Cross said` gives her words to the body she speaks for. A person's
// staff set so (`a spokesman for Donald Trump, Dan Ruiz`) is told apart by the given name (judgeQuote.ts).

/** Offices written before `of` and their body (`the head of X`, `chief executive of X`). */
const OFFICE_BEFORE = /\b(?:head|chief executive|chief executive officer|ceo|chairman|chairwoman|managing director)\s+of\s+(?:the\s+)?$/i;
/** Offices written after their body (`X chief executive`, `X's chairman`, `X CEO`). */
const OFFICE_AFTER = /^(?:['\u2019]s)?\s+(?:chief executive|ceo|chairman|chairwoman|managing director)\b/i;

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A letter or digit, the characters that may not touch a name matched whole. */
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** Whether the code point ending right before `at` is a letter or digit (a surrogate pair read as one). */
function letterBefore(text: string, at: number): boolean {
  if (at <= 0) return false;
  const low = text.charCodeAt(at - 1);
  const pair = at >= 2 && low >= 0xdc00 && low <= 0xdfff && text.charCodeAt(at - 2) >= 0xd800 && text.charCodeAt(at - 2) <= 0xdbff;
  return LETTER_OR_DIGIT.test(text.slice(pair ? at - 2 : at - 1, at));
}

/** Whether the code point starting at `at` is a letter or digit. */
function letterAt(text: string, at: number): boolean {
  const code = text.codePointAt(at);
  return code !== undefined && LETTER_OR_DIGIT.test(String.fromCodePoint(code));
}

/**
 * Whether `text` (a few paragraphs around a quote, in a source or the draft) calls `name` the body of a chief's office.
 * The name must stand with its capitals and whole (`Marion Falls Power`, not `Falls` of it). Linear in `text`.
 */
export function isBodyOfOffice(name: string, text: string): boolean {
  const whole = name.trim();
  if (!/\s/.test(whole)) return false;
  // The name is found as written with `indexOf` (no expression is built a call: the draft's own paragraphs hold the
  // name every time), each place taken only where no letter or digit touches it, and the next looked for after it.
  for (let at = text.indexOf(whole); at >= 0; ) {
    const end = at + whole.length;
    if (letterBefore(text, at) || letterAt(text, end)) {
      at = text.indexOf(whole, at + 1);
      continue;
    }
    const before = text.slice(Math.max(0, at - 40), at);
    const after = text.slice(end, end + 40);
    if (OFFICE_BEFORE.test(before) && !/^['\u2019]s\b/.test(after)) return true;
    if (OFFICE_AFTER.test(after)) return true;
    at = text.indexOf(whole, end);
  }
  return false;
}

/** `of the ` and its like after a member's name, or after a role set off after it (`, a meteorologist with the `). */
const MEMBER_OF = "(?:,[ \\t]+(?:a|an|the)(?:[ \\t]+[\\p{Ll}-]+){1,4})?[ \\t]+(?:of|with|at|for)[ \\t]+(?:the[ \\t]+)?";

/**
 * A role, its body and then its holder's name set off (`a spokesman for Kral Lines, Dan Ruiz`): the name's
 * capitalised words up to the surname, placed after the body.
 */
const ROLE_FOR = '(?<![\\p{L}\\p{N}])(?:spokesman|spokeswoman|spokesperson|representative|official|executive|director|manager|head|chief)[ \\t]+(?:of|with|at|for)[ \\t]+(?:the[ \\t]+)?';
const HOLDER_AFTER = ",[ \\t]+(?:\\p{Lu}[\\p{L}'’.-]*[ \\t]+){0,3}";

/**
 * Whether `text` sets a person (`member`: their name as the source gives it) within the body `name` (`Ana Beltrán
 * of the Red Cross`, `a spokesman for Kral Lines, Dan Ruiz`). The body must be written whole, with its capitals, right
 * after the name or right before it. Linear in `text`.
 */
export function isBodyOfMember(name: string, member: string, text: string): boolean {
  const words = member.trim().split(/\s+/);
  const surname = words[words.length - 1];
  const whole = name.trim();
  // Both the surname and the body are matched as written: a text without either is read no further.
  if (!surname || !/\s/.test(whole) || text.indexOf(surname) < 0 || text.indexOf(whole) < 0) return false;
  const body = escaped(whole);
  const after = new RegExp(`(?<![\\p{L}\\p{N}])${escaped(surname)}${MEMBER_OF}${body}(?![\\p{L}\\p{N}])`, 'u');
  const before = new RegExp(`${ROLE_FOR}${body}${HOLDER_AFTER}${escaped(surname)}(?![\\p{L}\\p{N}])`, 'u');
  return after.test(text) || before.test(text);
}
