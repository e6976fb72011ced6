// Drafts of the shapes that once took time growing with the square (or cube) of their size: each a function from
// a size in characters to a draft of about that size. Shared by the fuzz suite's growth test and `npm run bench`.

export interface HostileShape {
  readonly name: string;
  /** A draft of about `chars` characters. */
  make(chars: number): string;
  /** A size at which the shape's work is well above fixed costs (default 6,000 characters). */
  readonly base?: number;
}

function repeat(chars: number, piece: (i: number) => string, separator = ''): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < chars; i++) {
    const p = piece(i);
    parts.push(p);
    length += p.length + separator.length;
  }
  return parts.join(separator);
}

/** Six letters that differ from those of any nearby `i` in most places, so that no two names are spelling variants. */
function scrambledLetters(i: number): string {
  let x = Math.imul(i + 1, 0x9e3779b1) >>> 0;
  let out = '';
  for (let k = 0; k < 6; k++) {
    out += String.fromCharCode(97 + (x % 26));
    x = Math.imul(x ^ (x >>> 13), 0x85ebca6b) >>> 0;
  }
  return out;
}

/** `longSourceText`: a long passage of a source (narration is fine), whose words the altered quote repeats. */
export function hostileShapes(longSourceText: string): HostileShape[] {
  const sourceWords = longSourceText.replace(/["\u201C\u201D\u00AB\u00BB\u201E\u2018\u2019']/g, '').split(/\s+/).filter(Boolean);
  return [
    { name: 'quotes in one paragraph', make: (n) => repeat(n, (i) => `"word${i} here," he said`, ' ') },
    // Each quote was read back past all the others to the label's subject.
    { name: 'one labelled sentence of quotes', make: (n) => `Ivo Peskar: He listed ${repeat(n - 40, (i) => `"word${i} here"`, ', ')}.`, base: 24_000 },
    { name: 'run of full stops', make: (n) => `${'.'.repeat(n)}a` },
    { name: 'run of exclamation marks', make: (n) => `${'!'.repeat(n)}a` },
    { name: 'unclosed backticks', make: (n) => '`'.repeat(n) },
    { name: 'unclosed link targets', make: (n) => repeat(n, () => '](a') },
    { name: 'unclosed footnote labels', make: (n) => repeat(n, () => '[^a') },
    { name: 'unclosed HTML comments', make: (n) => repeat(n, () => '<!-- ') },
    // Each quote of a line of `|` read all the line's cells as its table row.
    { name: 'a line of quoted table cells', make: (n) => repeat(n, () => '| "x" '), base: 3_000 },
    // Each single mark asked every double quote of the paragraph whether it lay inside it.
    { name: 'double and single opening marks alternating', make: (n) => repeat(n, () => '\u201C\u2018') },
    { name: 'names sharing a surname prefix', make: (n) => repeat(n, (i) => `Mayor Ann Smi${scrambledLetters(i)} spoke.`, ' '), base: 12_000 },
    { name: 'lines of He said without full stops', make: (n) => repeat(n, (i) => `He said "thing ${i} is here"`, '\n') },
    // Each paragraph leaves its quotation open after a sentence: read with the paragraphs after it (a few, never all).
    { name: 'paragraphs each leaving a quotation open after a sentence', make: (n) => repeat(n, (i) => `Ana Kral said the barn was all she had on day ${i}. "We walked to harbour ${i}.`, '\n\n') },
    {
      name: 'long altered quote',
      make: (n) => `Putin said: "${repeat(n, (i) => (i % 9 === 4 ? 'altered' : sourceWords[i % sourceWords.length]), ' ')}"`,
    },
  ];
}
