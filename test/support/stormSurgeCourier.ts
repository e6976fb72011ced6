// Invented sources of a storm surge at a harbour for the draft-side tests: a baker, the water board's chief engineer
// and the harbour master, each with one quote the sources give them.

export const STORM_SOURCES = {
  courier: [
    'Coastal Courier',
    '',
    'A storm surge broke over the sea wall at Port Velmar late on Tuesday.',
    '',
    'Baker Rufus Tamm, whose shop on the quay was flooded, said he would reopen within a week. "The ovens survived, so the bread will too," Tamm said.',
    '',
    'The Water Board\'s chief engineer, Sanne Odell, said repairs would take months. "The north basin needs new pumps before the autumn storms, not after them," Odell said.',
    '',
    'Harbour master Ivo Quist said the gates had failed. "We closed the outer gates at nine and the water came over the wall anyway," Quist said.',
  ].join('\n'),
};
