// One word written two ways that writers and copy desks both use for the same spoken word: a small number as a
// numeral or a word (`5` / `five`: style books differ on where the figures start), and British against American
// spelling (`organise` / `organize`, `defence` / `defense`, `labour` / `labor`, `centre` / `center`,
// `travelled` / `traveled`). A draft that respells a source's quote by its own house style changes nothing the
// speaker said, so the two spellings are compared as one; a different number or a different word still differs.

const NUMBERS: ReadonlyMap<string, string> = new Map(
  ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty']
    .map((word, value): [string, string] => [word, String(value)])
    .concat([['thirty', '30'], ['forty', '40'], ['fifty', '50'], ['sixty', '60'], ['seventy', '70'], ['eighty', '80'], ['ninety', '90'], ['hundred', '100']]),
);

/**
 * British endings and their American forms. Both texts' words are put in one form, so a rule that also meets a word
 * with no other spelling (`promise` read as `promize`) changes it in both alike and compares it as before; the
 * `-our` and `-re` endings are listed by stem, since `four`, `hour`, `more` and `are` are other words.
 */
const SPELLINGS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(\w{3,})is(e|es|ed|ing|ation|ations|er|ers)$/, '$1iz$2'],
  [/^(\w*)ys(e|es|ed|ing)$/, '$1yz$2'],
  [/^(colo|favo|flavo|hono|humo|labo|neighbo|harbo|behavio|rumo|vigo|savo|endeavo|armo|odo|valo|parlo|clamo|rigo|tumo|cando|demeano|fervo|splendo|ardo)ur/, '$1r'],
  [/^(defen|offen|licen|preten)c(e|es)$/, '$1s$2'],
  [/^(cent|theat|met|lit|fib|calib|somb|spect|meag|lust|sab)re(s?)$/, '$1er$2'],
  [/^(\w+(?:alog|olog|agog))ue(s?)$/, '$1$2'],
  [/^(\w{3,}[aeiou])ll(ed|ing|er|ers)$/, '$1l$2'],
  [/^programme(s?)$/, 'program$1'],
  [/^judgement(s?)$/, 'judgment$1'],
  [/^ageing$/, 'aging'],
  [/^scepti(c|cs|cal|cism)$/, 'skepti$1'],
  [/^grey(s?)$/, 'gray$1'],
];

/** A normalised word in the one form its other spellings share (a small number as figures, American spelling). */
export function alikeSpelling(word: string): string {
  const number = NUMBERS.get(word);
  if (number !== undefined) return number;
  if (word.length < 4) return word;
  for (const [pattern, replacement] of SPELLINGS) if (pattern.test(word)) return word.replace(pattern, replacement);
  return word;
}

const MULTIPLIERS: ReadonlyMap<string, number> = new Map([['hundred', 100], ['thousand', 1_000], ['million', 1_000_000], ['billion', 1_000_000_000]]);
const isNumberWord = (word: string) => NUMBERS.has(word) && word !== 'hundred';
const isTens = (word: string) => /ty$/.test(word) && NUMBERS.has(word);
const isUnit = (word: string) => isNumberWord(word) && Number(NUMBERS.get(word)) >= 1 && Number(NUMBERS.get(word)) <= 9;

/**
 * A text's word tokens with each number written in words or figures over several tokens made one token of its
 * value (`twenty-five`, `two hundred`, `three thousand`, `3,000`, `4 million`: `25`, `200`, `3000`, `3000`,
 * `4000000`), so that a draft writing the figure (`25`) for the source's words says the same number. Only a number's
 * own grammar joins tokens: `twenty` then a unit, a number then its multiplier, a number word after a multiplier
 * (with `and` or without), figures then a comma and three more; `one two` stays two numbers.
 */
export function joinedNumbers<T extends { readonly word: string; readonly start: number; readonly end: number }>(tokens: readonly T[], text: string): Array<T | { word: string; start: number; end: number }> {
  const out: Array<T | { word: string; start: number; end: number }> = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i];
    const figures = /^\d+$/.test(first.word);
    if (!figures && !isNumberWord(first.word)) {
      out.push(first);
      continue;
    }
    let total = 0;
    let current = figures ? Number(first.word) : Number(NUMBERS.get(first.word));
    let last = first;
    let j = i + 1;
    for (; j < tokens.length; j++) {
      const next = tokens[j];
      const between = text.slice(last.end, next.start);
      const word = next.word;
      const multiplier = MULTIPLIERS.get(word);
      if ((between === ' ' || between === '-') && multiplier !== undefined && current > 0) {
        if (multiplier === 100) current *= 100;
        else {
          total += current * multiplier;
          current = 0;
        }
      } else if ((between === ' ' || between === '-') && isUnit(word) && isTens(last.word)) current += Number(NUMBERS.get(word));
      else if (between === ' ' && isNumberWord(word) && MULTIPLIERS.has(last.word)) current += Number(NUMBERS.get(word));
      // `two hundred and fifty`, as British English says it.
      else if (between === ' ' && word === 'and' && MULTIPLIERS.has(last.word) && j + 1 < tokens.length && isNumberWord(tokens[j + 1].word) && text.slice(next.end, tokens[j + 1].start) === ' ') {
        current += Number(NUMBERS.get(tokens[++j].word));
        last = tokens[j];
        continue;
      }
      else if (between === ',' && /^\d{3}$/.test(word) && /^\d+$/.test(last.word)) current = current * 1000 + Number(word);
      else break;
      last = next;
    }
    if (j === i + 1) out.push(first);
    else out.push({ word: String(total + current), start: first.start, end: last.end });
    i = j - 1;
  }
  return out;
}
