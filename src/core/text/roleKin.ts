// Role words that cover others: the wider word a text goes on with after a name, and a title's short form for its office.

/**
 * Role words a wider one covers, as wire copy goes on from a name (`Foreign Ministry Spokeswoman Maria Zakharova ...
 * the diplomat stressed`, `Ukraine's representative ... the Ukrainian ambassador added`): a foreign ministry's
 * spokesperson, an envoy and a representative at the UN are diplomats; a UN representative is an ambassador.
 */
export const ROLE_KIN: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['diplomat', new Set(['foreign', 'ambassador', 'envoy', 'consul', 'representative'])],
  ['ambassador', new Set(['envoy', 'representative'])],
  ['envoy', new Set(['ambassador', 'representative'])],
  // `Russell's attorney Ana Kral ... the lawyer said`: the same trade in another word.
  ['lawyer', new Set(['attorney', 'counsel', 'solicitor', 'barrister'])],
  ['attorney', new Set(['lawyer', 'counsel'])],
  // A title written short before the name (`Gov. Ana Kral`, `Sen. Ivo Berg`, `Lt. Col. X`) is the office `the governor` names.
  ['senator', new Set(['sen'])],
  ['governor', new Set(['gov'])],
  ['representative', new Set(['rep'])],
  ['congressman', new Set(['rep'])],
  ['congresswoman', new Set(['rep'])],
  ['general', new Set(['gen'])],
  ['colonel', new Set(['col'])],
  ['captain', new Set(['capt', 'skipper'])],
  // A team's `skipper` is its captain: `India captain X ... the skipper said`, `skipper X ... the captain said`.
  ['skipper', new Set(['captain', 'capt'])],
  ['sergeant', new Set(['sgt'])],
  ['admiral', new Set(['adm'])],
  ['detective', new Set(['det'])],
  ['superintendent', new Set(['supt'])],
  ['inspector', new Set(['insp'])],
  ['alderman', new Set(['ald'])],
  ['alderwoman', new Set(['ald'])],
  ['corporal', new Set(['cpl'])],
]);
