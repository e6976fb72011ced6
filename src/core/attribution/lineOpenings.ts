// Where a line opens: labels, headings and a live blog's clock times are read only at a line's start.

/** Whether the token at `k` opens its line: only white space and list or heading marks stand between it and the line's start. */
export function opensLine(masked: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /[ \t*_#>\-\u2013\u2022]/.test(masked[i])) i--;
  return i < 0 || masked[i] === '\n' || masked[i] === '\r';
}
