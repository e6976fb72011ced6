// The other ways news writes one office: its initials (`the AG`, `the DA`, `the PM`) and its words joined by a hyphen
// or not (`Attorney-General Ana Kral ... the attorney general said`). A role looked up under one form finds the
// holder the texts gave it under another, as `the CFO` finds `Chief Financial Officer Ana Kral` (roleHolders.ts).

/** Offices news calls by their initials after `the`, and the words the initials stand for. Lower case. */
const OFFICE_INITIALS: ReadonlyMap<string, readonly string[]> = new Map([
  ['ag', ['attorney', 'general']], ['da', ['district', 'attorney']], ['pm', ['prime', 'minister']],
  // Indian copy: `the CJI` (the Chief Justice of India), `the CM` (a state's chief minister).
  ['cji', ['chief', 'justice']], ['cm', ['chief', 'minister']],
  // Kenyan, Ugandan and Australian copy: `the CJ` (the Chief Justice).
  ['cj', ['chief', 'justice']],
]);

/** The other forms of the office `words` (lower case): its initials or its words, joined by a hyphen or apart. */
export function officeForms(words: readonly string[]): (readonly string[])[] {
  const forms: (readonly string[])[] = [];
  const spaced = words.length === 1 && words[0].includes('-') ? words[0].split('-') : words;
  if (spaced !== words) forms.push(spaced);
  else if (words.length === 2) forms.push([words.join('-')]);
  for (const [initials, full] of OFFICE_INITIALS) {
    if (words.length === 1 && words[0] === initials) forms.push(full, [full.join('-')]);
    else if (spaced.length === full.length && full.every((word, i) => word === spaced[i])) forms.push([initials]);
  }
  return forms;
}

/** The office the initials `word` (lower case) stand for (`pm`: prime minister), or null. */
export function initialsOffice(word: string): readonly string[] | null {
  return OFFICE_INITIALS.get(word) ?? null;
}

/** Whether `record` holds the office `words` (lower case), in any of its forms and with any words before it (`Varnian prime minister`). */
export function holdsOffice(record: { readonly roles: ReadonlyMap<string, number> } | undefined, words: readonly string[]): boolean {
  const forms = [words.join(' '), words.join('-'), ...officeForms(words).map((form) => form.join(' '))]; // `the AG` of `The AG, Ana Kral,`
  return record !== undefined && [...record.roles.keys()].some((role) => forms.some((form) => role === form || role.endsWith(` ${form}`)));
}
