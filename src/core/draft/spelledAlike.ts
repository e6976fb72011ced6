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
