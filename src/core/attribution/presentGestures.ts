// A feature's present tense after a name: `Tremain gives evidence on the second day.`, `Çakır smiles under the
// moustache when I repeat this.`, `Lyimo nods towards the bushes.` Profiles, court sketches and radio scripts narrate
// their subject so, and then quote them with a bare `he says`. Read as one noun phrase (`Tremain gives evidence`, like
// `Clinton aides`), the name was no subject, and the pronoun went past it to whoever spoke before (the judge, the
// subject's pupil). These verbs of gesture and stance are no plural noun a name qualifies, whatever follows them.
const PRESENT_GESTURES: ReadonlySet<string> = new Set([
  'smiles', 'grins', 'laughs', 'chuckles', 'nods', 'shrugs', 'sighs', 'winces', 'frowns', 'pauses', 'hesitates',
  'gives', 'disagrees', 'agrees', 'beams', 'scoffs', 'leans', 'sits', 'squints', 'stares', 'glances', 'lifts', 'pours',
  'wipes', 'bristles', 'demurs', 'waves',
]);

/** Whether `word` (in lower case) is a verb of gesture or stance in the present tense (`smiles`, `gives`). */
export function isPresentGesture(word: string): boolean {
  return PRESENT_GESTURES.has(word);
}
