// Nouns for people in news writing: the heads of descriptions that may stand for a person (`the billionaire`, `the
// fly-half`), the sexes some of them give (`the actress`, `his wife`) and the nouns for a relative. Nothing here names
// a person. Kept apart from the rest of the news lexicon (newsLexicon.ts) as one subject of its own.

/**
 * Nouns for people that are no title (`the billionaire`, `the 45-year-old`, `the actress`): with the role words, the
 * only heads of a description that may stand for a person named before it. `the playbook` or `the statement` never do.
 */
export const PERSON_NOUNS: ReadonlySet<string> = new Set([
  'man', 'woman', 'boy', 'girl', 'father', 'mother', 'son', 'daughter', 'wife', 'husband', 'brother', 'sister', 'uncle',
  'aunt', 'grandmother', 'grandfather', 'friend', 'veteran', 'star', 'actor', 'actress', 'singer', 'rapper', 'musician',
  'author', 'writer', 'poet', 'artist', 'billionaire', 'millionaire', 'mogul', 'magnate', 'tycoon', 'developer',
  'entrepreneur', 'investor', 'celebrity', 'politician', 'republican', 'democrat', 'conservative', 'liberal',
  'progressive', 'libertarian', 'hopeful', 'contender', 'legislator', 'statesman', 'stateswoman', 'supporter',
  'critic', 'voter', 'delegate', 'donor', 'protester', 'student', 'worker', 'employee', 'soldier', 'marine', 'pilot',
  'evangelical', 'immigrant', 'refugee', 'victim', 'survivor', 'suspect', 'gunman', 'defendant', 'plaintiff',
  'prosecutor', 'physician', 'neurosurgeon', 'scholar', 'historian', 'expert', 'pundit', 'journalist', 'blogger',
  'broadcaster', 'newcomer', 'outsider', 'rival', 'opponent', 'ally', 'operative', 'staffer', 'texan', 'floridian',
  'vermonter', 'ohioan', 'native', 'lady', 'gentleman', 'mom', 'dad', 'frontrunner', 'clown', 'stranger', 'talker',
  'comic', 'chef', 'farmer', 'preacher', 'cleric', 'nun', 'monk', 'fan', 'guest', 'visitor', 'neighbor', 'neighbour',
  'player', 'athlete', 'fighter', 'boxer', 'champion', 'winner', 'loser', 'boss', 'partner', 'mate', 'colleague', 'mentor',
  'child', 'kid', 'teen', 'teenager', 'adult', 'parent', 'citizen', 'local', 'agent', 'hacker', 'whistleblower',
  'insider', 'person', 'member', 'fellow', 'retiree', 'widow', 'widower', 'mayor-elect', 'lawmaker', 'contestant', 'officer',
  'investigator', 'firefighter', 'paramedic', 'juror', 'trooper', 'detainee', 'inmate', 'passenger', 'shopper', /* heard on air or at a town hall: */ 'caller', 'listener', 'viewer', 'constituent', 'attendee', 'questioner',
  // Sport's positions and the arts' agent nouns, as their reports go on from a name (`"...," the winger said`).
  'footballer', 'winger', 'striker', 'midfielder', 'defender', 'goalkeeper', 'cricketer', 'batsman', 'bowler', 'golfer',
  'hooker', 'flanker', 'scrumhalf', 'scrum-half', 'fly-half', 'fullback', 'full-back', 'centre-back', 'center-back', 'quarterback', 'linebacker',
  'pitcher', 'wicketkeeper', 'all-rounder', 'spinner', 'paceman', 'keeper', 'goaltender', 'netminder', 'defenceman', 'defenseman', 'jockey',
  'caddie', 'caddy', 'shooter', 'opener', 'seamer', 'marksman', 'playmaker', 'youngster', 'rookie', 'debutant', 'runner', 'marathoner',
  'rider', 'racer', 'batter', 'hitter', 'slugger', 'shortstop', 'outfielder', 'infielder',
  /* a science story's people: */ 'astronaut', 'cosmonaut', 'astrophysicist', 'biochemist', 'mathematician', 'theorist',
  'cyclist', 'swimmer', 'sprinter', 'skater', 'dancer', 'ballerina', 'pianist', 'violinist', 'guitarist', 'composer', 'conductor', 'cellist', 'violist', 'flautist', 'trumpeter', 'organist', 'harpist', 'percussionist',
  'painter', 'sculptor', 'photographer', 'filmmaker', 'playwright', 'presenter', 'producer', 'songwriter', 'designer', 'choreographer', 'curator', /* met in a street, a shop, a family: */ 'customer', 'commuter', 'evacuee', 'motorist', 'tourist', 'homeowner', 'tenant', 'patient', 'pensioner', 'spectator', 'bystander', 'onlooker', 'mourner', 'worshipper', 'cousin', 'niece', 'nephew', 'grandson', 'granddaughter',
]);

/**
 * Words that end like an agent noun (`-er`, `-or`, `-ist`, `-ian`) and name no one: given names, which open a sentence
 * before two more capitals as a first name, and adjectives (`Former AG Mukasey`), which are no description of their
 * own (see openingAgentNoun).
 */
export const NOT_AGENT_NOUNS: ReadonlySet<string> = new Set([
  'peter', 'christopher', 'tyler', 'heather', 'jennifer', 'amber', 'skyler', 'schuyler', 'walter', 'roger', 'oliver',
  'alexander', 'xander', 'hunter', 'parker', 'spencer', 'asher', 'archer', 'carter', 'homer', 'luther', 'esther',
  'jasper', 'foster', 'chester', 'lester', 'webster', 'baxter', 'dexter', 'sawyer', 'tucker', 'porter', 'palmer',
  'fletcher', 'harper', 'piper', 'ginger', 'summer', 'winter', 'river', 'jupiter', 'gunther', 'günter', 'werner',
  'reiner', 'rainer', 'dieter', 'lothar', 'elmer', 'delmer', 'wilbur', 'jaeger', 'kiefer', 'alister',
  'alastair', 'xavier', 'javier', 'olivier', 'didier', 'gauthier', 'gautier', 'rodger', 'ruger',
  'victor', 'hector', 'taylor', 'connor', 'conor', 'trevor', 'eleanor', 'elinor', 'igor', 'nestor', 'salvador',
  'amador', 'leonor', 'lenor', 'teodor', 'theodor', 'fedor', 'fyodor', 'isidor', 'sandor', 'tudor', 'gregor', 'arthor',
  'brian', 'bryan', 'adrian', 'julian', 'christian', 'kristian', 'vivian', 'lillian', 'jillian', 'gillian', 'sebastian',
  'damian', 'fabian', 'marian', 'cyprian', 'maximilian', 'florian', 'killian', 'kilian', 'darian', 'dorian', 'lucian',
  'octavian', 'valerian', 'emilian', 'aurelian', 'cristian', 'bastian', 'tristian',
  'former', 'latter', 'other', 'under', 'over', 'after', 'ever', 'never', 'together', 'either', 'neither', 'rather',
  'further', 'farther', 'upper', 'inner', 'outer', 'later', 'elder', 'older', 'younger', 'greater', 'lesser', 'whether',
  'junior', 'senior', 'minor', 'major', 'prior', 'superior', 'inferior', 'interior', 'exterior', 'mister',
]);

const FEMALE_NOUNS = new Set(['woman', 'girl', 'mother', 'mom', 'actress', 'wife', 'daughter', 'sister', 'aunt', 'grandmother', 'lady', 'widow', 'nun', 'spokeswoman', 'chairwoman', 'congresswoman', 'businesswoman', 'stateswoman', 'councilwoman', 'queen', 'princess']);
// `actor` is no noun of one sex: news calls women actors too (`the actor Ana Kral`).
const MALE_NOUNS = new Set(['man', 'boy', 'father', 'dad', 'husband', 'son', 'brother', 'uncle', 'grandfather', 'gentleman', 'widower', 'monk', 'spokesman', 'chairman', 'congressman', 'businessman', 'statesman', 'councilman', 'king', 'prince']);

/** The sex a noun for a person gives (`the actress`, `the spokesman`, `his wife`), or null. */
export function genderOfNoun(noun: string): 'male' | 'female' | null {
  if (noun.endsWith(IN_LAW)) noun = noun.slice(0, -IN_LAW.length); // `daughter-in-law`: a daughter's sex
  return FEMALE_NOUNS.has(noun) ? 'female' : MALE_NOUNS.has(noun) ? 'male' : null;
}

const IN_LAW = '-in-law';

/** Nouns for a member of someone's family. */
export const RELATIVE_NOUNS: ReadonlySet<string> = new Set([
  'son', 'daughter', 'wife', 'husband', 'brother', 'sister', 'mother', 'father', 'widow', 'widower', 'partner', 'grandson',
  'granddaughter', 'grandmother', 'grandfather', 'niece', 'nephew', 'cousin', 'uncle', 'aunt', 'stepson', 'stepdaughter',
  // Written as one word with its hyphens (`Her daughter-in-law, Manpreet,`).
  ...['son', 'daughter', 'brother', 'sister', 'mother', 'father'].map((noun) => noun + IN_LAW),
]);
