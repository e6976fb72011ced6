// A hearing's or a legislature's printed record (the US Congressional Record, a committee hearing's transcript): each
// turn opens with its speaker's title and surname in capitals and a full stop (`Senator KRAL. Thank you.`, `Mr.
// PESKAR. We learned of it in March.`, `The CHAIRMAN. The committee will come to order.`). Prose never sets a surname
// in capitals after a title so; the text is read for such labels only when a line opens with one.

import { matchAtLineStart } from '../text/textLines';

const TITLES = String.raw`(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gen|Adm)\.|Senator|Representative|Secretary|General|Admiral|Governor|Ambassador|Director|Judge|Justice|Chairman|Chairwoman`;
const SURNAME = String.raw`\p{Lu}[\p{Lu}'\u2019-]+(?: \p{Lu}[\p{Lu}'\u2019-]+)?`;
/** `The CHAIRMAN`, `The SPEAKER pro tempore`, `The PRESIDING OFFICER`: the chair, named by office. */
const CHAIR = String.raw`The (\p{Lu}{3,}(?: \p{Lu}{3,})?)(?: pro tempore)?`;
const LABEL = new RegExp(String.raw`^(?:(?:${TITLES}) (${SURNAME})|${CHAIR})\.[ \t]+(?=\p{Lu})`, 'u');

/** Such a label at a line's start (after spaces or tabs), then a capital. */
const HEARING_AT = new RegExp(String.raw`[ \t]*(?:(?:${TITLES}) ${SURNAME}|${CHAIR})\.[ \t]+\p{Lu}`, 'uy');
/** Every title and `The` opens with an ASCII capital. */
const opensTitle = (c: number): boolean => c >= 0x41 && c <= 0x5a;

/** Whether a line of `text` (at 0 or after a `\n`) opens with such a label. */
export function hasHearingLine(text: string): boolean {
  return matchAtLineStart(text, HEARING_AT, ' \t', opensTitle) !== null;
}

export interface HearingLabel {
  /** The label's length without its full stop, and the length up to the turn's first word. */
  readonly labelLength: number;
  readonly length: number;
  /** As transcriptTurns' TurnLabel has them: the chair's office, or a titled name. */
  readonly speaker: { readonly kind: 'role'; readonly role: string } | { readonly kind: 'name'; readonly words: readonly string[]; readonly titled: boolean };
  /** Who the label is, for the count of a transcript's speakers. */
  readonly key: string;
}

/** `KRAL` -> `Kral`, `ASANTE-BOATENG` -> `Asante-Boateng`, `O'BRIEN` -> `O'Brien`: a name in capitals written as names are. */
export function nameCase(word: string): string {
  return word.toLowerCase().replace(/(^|[-'\u2019])(\p{Ll})/gu, (_, mark: string, c: string) => mark + c.toUpperCase());
}

/** The hearing label opening `line`, or null. */
export function hearingLabel(line: string): HearingLabel | null {
  const m = LABEL.exec(line);
  if (!m) return null;
  const labelLength = m[0].trimEnd().length - 1;
  if (m[2]) {
    const role = m[2].toLowerCase();
    return { labelLength, length: m[0].length, speaker: { kind: 'role', role }, key: role };
  }
  const words = m[1].split(' ').map(nameCase);
  return { labelLength, length: m[0].length, speaker: { kind: 'name', words, titled: true }, key: words[words.length - 1].toLowerCase() };
}
