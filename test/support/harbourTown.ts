// Invented sources of a harbour town for the draft-form tests: a mayor, a council leader, a secretary of state and
// the mayor's spokesman, each with one quote the sources give them.

export const SOURCES = {
  bridge: [
    'Mayor Lena Ortiz opened the rebuilt bridge on Friday.',
    '',
    '"The bridge reopens on Monday and the ferries will run all night," Ortiz said.',
    '',
    'Council leader Dan Reyes spoke after her. "We cannot afford a second bridge this decade," Reyes said.',
  ].join('\n'),
  harbour: [
    'Secretary of State Mia Chen toured the harbour on Saturday.',
    '',
    '"Our harbour will be the busiest port in the north by spring," Chen said.',
    '',
    "Ortiz's spokesman, Ivo Kral, told reporters: \"The mayor will not sign the harbour lease this year.\"",
  ].join('\n'),
};

/** A person of the sources: their name in full, alone, and the quote the sources give them. */
export interface Said {
  readonly full: string;
  readonly short: string;
  readonly quote: string;
}

export const ORTIZ: Said = { full: 'Lena Ortiz', short: 'Ortiz', quote: 'The bridge reopens on Monday and the ferries will run all night' };
export const REYES: Said = { full: 'Dan Reyes', short: 'Reyes', quote: 'We cannot afford a second bridge this decade' };
export const CHEN: Said = { full: 'Mia Chen', short: 'Chen', quote: 'Our harbour will be the busiest port in the north by spring' };
export const KRAL: Said = { full: 'Ivo Kral', short: 'Kral', quote: 'The mayor will not sign the harbour lease this year' };
