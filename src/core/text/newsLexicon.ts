// Generic vocabulary of news writing that the attribution rules rely on: verbs that introduce speech, words of titles
// and roles, function words that never begin a name. Nothing here names a person, place or event of any article.

/** Verbs that double their last consonant before -ed and -ing (`admitted`, `bragging`); British spelling doubles a last `l` after one vowel (`marvelled`), kept with the American form. */
const DOUBLING = new Set(['admit', 'brag', 'concur', 'quip', 'slam', 'snap']);

function inflect(base: string): string[] {
  if (base === 'tell') return ['tell', 'tells', 'told', 'telling'];
  if (DOUBLING.has(base)) return [base, base + 's', base + base.slice(-1) + 'ed', base + base.slice(-1) + 'ing'];
  const forms = /[^aeiou][aeiou]l$/.test(base) ? [base, base + 'led', base + 'ling'] : [base];
  if (base.endsWith('e')) forms.push(base + 's', base + 'd', base.slice(0, -1) + 'ing');
  else if (/[^aeiou]y$/.test(base)) forms.push(base.slice(0, -1) + 'ies', base.slice(0, -1) + 'ied', base + 'ing');
  else if (/(s|sh|ch|x|z|o)$/.test(base)) forms.push(base + 'es', base + 'ed', base + 'ing');
  else forms.push(base + 's', base + 'ed', base + 'ing');
  return forms;
}

const REGULAR_SPEECH_VERBS = [
  'add', 'announce', 'answer', 'argue', 'ask', 'assert', 'boast', 'caution', 'charge', 'claim', 'comment', 'complain',
  'concede', 'conclude', 'confirm', 'contend', 'continue', 'declare', 'deny', 'describe', 'emphasise', 'emphasize',
  'exclaim', 'explain', 'insist', 'joke', 'maintain', 'mention', 'mutter', 'note', 'observe', 'pledge', 'plead',
  'point', 'post', 'predict', 'proclaim', 'promise', 'quip', 'recall', 'remark', 'repeat', 'reply', 'respond',
  'retort', 'scream', 'shout', 'snap', 'state', 'stress', 'suggest', 'testify', 'tweet', 'urge', 'vow', 'warn',
  'whisper', 'yell', 'accuse', 'acknowledge', 'admit', 'agree', 'allege', 'assure', 'call', 'condemn', 'denounce',
  'slam', 'blast', 'decry', 'lament', 'reiterate', 'demand', 'threaten', 'wonder', 'cry', 'disagree',
  'thunder', 'counter', 'affirm', 'characterise', 'characterize', 'label', 'brand', 'interject', 'fume', 'mock',
  'scoff', 'sneer', 'gush', 'rave', 'muse', 'opine', 'concur', 'rail', 'groan', 'sigh', 'chuckle', 'marvel',
  'retaliate', 'interrupt', 'bellow', 'growl', 'hiss', 'lash', 'taunt', 'tease', 'ridicule', 'deride', 'dismiss',
  'surmise', 'theorise', 'theorize', 'apologise', 'apologize', 'recount', 'implore', 'speculate', 'echo', 'beam',
  'bark', 'boom', 'riff', 'snipe', 'grouse', 'exhort', 'lecture', 'chide', 'vent', 'gripe', 'rant', 'tout', 'brag',
  'bemoan', 'scold', 'crow', 'reason', 'elaborate', 'clarify', 'confide', 'inquire', 'enquire', 'reflect', 'grumble', 'murmur', 'reminisce',
  // French and German wire copy in translation: `he underlined` (souligné, unterstrich). Not `hammered`: `an op-ed in
  // The Washington Post hammering his ...` made the paper the speaker.
  'underline', 'underscore',
];

/** Verbs that introduce speech only with their particle: `read out`, `shot back`, `chimed in`, `pointed out`. */
export const PHRASAL_SPEECH_VERBS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  [
    ['read', ['out', 'aloud']], ['reads', ['out', 'aloud']], ['reading', ['out', 'aloud']],
    ['shot', ['back']], ['fired', ['back']], ['hit', ['back', 'out']], ['hits', ['back', 'out']], ['shoots', ['back']], ['fires', ['back']],
    ['chimed', ['in']], ['chimes', ['in']], ['pointed', ['out']], ['points', ['out']], ['spoke', ['up', 'out', 'of']],
    ['piped', ['up']], ['went', ['on']], ['goes', ['on']], ['summed', ['up']], ['sums', ['up']], ['weighed', ['in']],
    ['put', ['it']], ['puts', ['it']],
  ].map(([verb, particles]) => [verb as string, new Set(particles as string[])]),
);

const IRREGULAR_SPEECH_VERBS = [
  'say', 'says', 'said', 'saying', 'tell', 'tells', 'told', 'telling', 'write', 'writes', 'wrote', 'written', 'writing',
  'speak', 'speaks', 'spoke', 'speaking', 'quipped', 'quipping', 'slammed', 'slamming', 'snapped', 'snapping',
  // words sent rather than spoken, in the past only: `radio`, `text`, `email` are far more often nouns (`radio host`)
  'radioed', 'texted', 'emailed', 'e-mailed', 'messaged',
  'captioned', // a social post's words (`"Best day ever," Kral captioned the photo`); `caption` is most often the noun
  // a few other languages, for quotes in Spanish, French, German, Portuguese, Italian and Arabic sources
  'dijo', 'afirmó', 'declaró', 'señaló', 'explicó', 'añadió', 'aseguró', 'indicó', 'dice', 'a déclaré', 'déclare',
  'a dit', 'dit', 'affirme', 'sagte', 'erklärte', 'betonte', 'disse', 'afirmou', 'ha detto', 'قال', 'وقال', 'قالت', 'وقالت',
  'أكد', 'وأكد', 'أضاف', 'وأضاف',
];

/** Verbs that introduce or characterise someone's words: `said`, `told`, `insists`, `warning`, `slammed`... */
const SPEECH_VERB_FORMS = [...REGULAR_SPEECH_VERBS.flatMap(inflect), ...IRREGULAR_SPEECH_VERBS];
export const SPEECH_VERBS: ReadonlySet<string> = new Set(SPEECH_VERB_FORMS);

/**
 * Speech verbs whose next noun phrase is the person spoken to or about, never the speaker: in `told CNN`,
 * `calling Alwaleed "dopey"`, `urged Cruz`, the speaker is the verb's subject, not the name after it.
 */
export const OBJECT_SPEECH_VERBS: ReadonlySet<string> = new Set(
  ['tell', 'call', 'accuse', 'urge', 'slam', 'blast', 'thank', 'praise', 'condemn', 'denounce', 'label', 'brand', 'describe', 'characterise', 'characterize', 'threaten', 'assure', 'warn', 'charge', 'decry', 'remind', 'ask']
    .flatMap(inflect)
    .concat(['told', 'telling', 'slammed', 'slamming']),
);

/** Verbs by which a news outlet passes on what others said: their subject relays, it does not speak. */
export const RELAY_VERBS: ReadonlySet<string> = new Set(['report', 'reports', 'reported', 'reporting', 'cite', 'cites', 'cited', 'citing']);

/** News agencies and outlets that report rather than speak. Matched on the whole mention, case-insensitively. */
export const NEWS_AGENCIES: ReadonlySet<string> = new Set([
  'afp', 'ap', 'reuters', 'associated press', 'the associated press', 'agence france-presse', 'agence france presse',
  'tass', 'ria novosti', 'ria', 'interfax', 'xinhua', 'bloomberg', 'upi', 'dpa', 'efe', 'ansa', 'pti', 'ani', 'yonhap',
  'kyodo', 'anadolu', 'ukrinform', 'news agency', 'the news agency', 'state media', 'media', 'local media',
]);

/** Words that make a title or role when they stand before or beside a name. Lower case. */
export const ROLE_WORDS: ReadonlySet<string> = new Set([
  'president', 'vice-president', 'prime', 'minister', 'chancellor', 'secretary', 'secretary-general', 'general',
  'spokesman', 'spokeswoman', 'spokesperson', 'senator', 'sen', 'governor', 'gov', 'mayor', 'chief', 'officer',
  'detective', 'king', 'queen', 'prince', 'princess', 'pope', 'pontiff', 'ambassador', 'envoy', 'commander', 'director',
  'chairman', 'chairwoman', 'chair', 'ceo', 'judge', 'justice', 'deputy', 'head', 'leader', 'representative', 'rep',
  'mr', 'mrs', 'ms', 'shri', 'smt', 'shrimati', 'dr', 'prof', 'professor', 'captain', 'capt', 'skipper', 'colonel', 'col', 'lieutenant', 'lt', 'sergeant',
  'sgt', 'maj', 'gen', 'brig', 'adm', 'cmdr', 'admiral', 'marshal', 'premier', 'taoiseach', 'tánaiste', 'tanaiste', 'commissioner', 'attorney', 'sheriff', 'coach', 'dean', 'rabbi', 'bishop',
  'archbishop', 'imam', 'sheikh', 'emir', 'sultan', 'speaker', 'adviser', 'advisor', 'aide', 'lawmaker', 'mp',
  'congressman', 'congresswoman', 'councillor', 'councilman', 'councilwoman', 'official', 'analyst', 'economist',
  'founder', 'owner', 'manager', 'editor', 'correspondent', 'reporter', 'driver', 'witness', 'resident', 'lawyer',
  'negotiator', 'diplomat', 'president-elect', 'foreign', 'defence', 'defense', 'interior', 'finance', 'vice',
  'opposition', 'presidential', 'monarch', 'dictator', 'strongman', 'governor-general', 'tsar', 'czar', 'master',
  'harbourmaster', 'harbormaster', 'superintendent', 'inspector', 'constable', 'chancellor-elect', 'vice-chancellor',
  'host', 'co-host', 'anchor', 'moderator', 'interviewer', 'columnist', 'commentator', 'pollster', 'strategist',
  'activist', 'candidate', 'nominee', 'front-runner', 'frontrunner', 'challenger', 'incumbent', 'organizer', 'organiser',
  'consultant', 'researcher', 'scientist', 'novelist', 'comedian', 'pastor', 'priest', 'reverend', 'businessman',
  'businesswoman', 'executive', 'chairperson', 'treasurer', 'surgeon', 'nurse', 'doctor', 'teacher', 'principal', 'headteacher', 'headmaster', 'headmistress', 'engineer',
  'whip', 'counsel', 'under-secretary-general', 'administrator', 'archdeacon', 'vicar', 'rector', 'curate', 'chaplain', 'cardinal', 'abbot', 'abbess', 'patriarch', 'trustee',
  // Offices of English courts that one person holds for a case (`Senior coroner Ana Kral ... the coroner said`), and
  // an agent, one person's as a lawyer is (`The player's agent, Ana Kral,`, `FBI agent Ivo Peskar`).
  'coroner', 'magistrate', 'agent',
  // Local offices (US and British: `Cllr Ana Kral`, `Coun. Ana Kral`), police and army ranks, and styles of clergy and office, in full and as written short before a
  // name (`Ald. Ana Kral`, `Det. Sgt. Ivo Peskar`, `the Rt Rev Ana Kral`, `Hon. Ivo Peskar`), never part of it.
  'alderman', 'alderwoman', 'alderperson', 'ald', 'supervisor', 'assemblymember', 'assemblyman', 'assemblywoman',
  'councilmember', 'councilor', 'cllr', 'coun', 'corporal', 'cpl', 'det', 'supt', 'insp', 'ofc', 'pfc', 'spc', 'pvt', 'cdr', 'atty', 'asst', 'amb',
  'rev', 'revd', 'rt', 'ven', 'venerable', 'fr', 'msgr', 'monsignor', 'comrade', 'hon', 'honourable', 'honorable', 'attorney-general', 'director-general', 'solicitor-general', 'auditor-general', 'inspector-general', 'surgeon-general',
]);

/**
 * Role words that are also common surnames (`Ana Dean`, `Amy Pope`). Lower case. Not `king`: so many people of
 * that name are in the news that a lone `King` joined to the one a corpus knows is often another.
 */
export const SURNAME_ROLE_WORDS: ReadonlySet<string> = new Set(['dean', 'pope', 'bishop', 'judge', 'prince', 'marshal', 'chancellor', 'sen']);
/**
 * Of those, the abbreviated titles (`Sen.`): an abbreviation stands before a name, never last in one, so after one or
 * two given names (`Amrita Sen`, `Hun Sen`) it is the surname with no title or appositive to say so.
 */
export const ABBREVIATED_SURNAMES: ReadonlySet<string> = new Set(['sen']);

/** Verbs that say what a subject is (`was "a fraud"`); after a term marker (`the book was "coming along"`) they make
 * the quote a predicate, not a title. */
export const COPULAS: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being', 'am', 'seems', 'seemed', 'remains', 'remained', 'becomes', 'became', 'looks', 'looked', 'sounds', 'sounded', 'appears', 'appeared', 'feels', 'felt']);

/** Titles anyone may be given (`Mr Park`, `Shri Modi`, `Smt. Rao`; not `Sri`, of `Sri Lanka`): alone they point at
 * nobody, and with one name make it a person's. */
export const COURTESY_TITLES: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'shri', 'smt', 'shrimati']);

/** Members of a party or camp (`an Iowa Democrat`, `the Republican`): a description, never a surname. */
export const PARTY_MEMBERS: ReadonlySet<string> = new Set(['democrat', 'republican', 'independent', 'libertarian', 'conservative', 'liberal', 'progressive', 'socialist', 'tory', 'whig']);

/**
 * Words that make a role a party's (`the Republican presidential candidate`, `the Democratic senator`, `the GOP
 * hopeful`): a camp's candidates, senators and nominees are many people at once.
 */
export const PARTY_WORDS: ReadonlySet<string> = new Set([...PARTY_MEMBERS, 'democratic', 'democrats', 'republicans', 'gop', 'labour', 'green']);

/** Role nouns that stand at the head of a title (`Russian President`, `Kremlin spokesman`), as opposed to modifiers like `foreign`. */
export const ROLE_HEADS: ReadonlySet<string> = new Set(
  [...ROLE_WORDS].filter((w) => !['foreign', 'defence', 'defense', 'interior', 'finance', 'vice', 'opposition', 'presidential', 'prime', 'deputy'].includes(w)),
);

/** Roles many people hold at once (a campaign's advisers, a city's residents): who holds one is never one person. */
export const MANY_HOLDER_ROLES: ReadonlySet<string> = new Set([
  'adviser', 'advisor', 'advisers', 'advisors', 'aide', 'aides', 'official', 'officials', 'analyst', 'economist', 'lawyer',
  'attorney', 'witness', 'resident', 'driver', 'reporter', 'correspondent', 'diplomat', 'negotiator', 'strategist',
  'staffer', 'consultant', 'operative', 'volunteer', 'delegate', 'activist', 'supporter', 'donor', 'source',
  // A delegation speaks through several people over a body's meetings (`the representative of the Russian Federation`).
  'representative', 'representatives',
]);

/** Heads of state or government: `the Russian leader` names whoever the sources call Russia's president. */
export const LEADER_HEADS: ReadonlySet<string> = new Set(['president', 'leader', 'prime minister', 'premier', 'taoiseach', 'chancellor', 'king', 'queen', 'monarch', 'head of state', 'strongman', 'dictator', 'tsar', 'czar', 'emir', 'sultan']);

/** Words that mark an organisation or a place rather than a person, when they end a capitalised name. */
export const ORGANISATION_WORDS: ReadonlySet<string> = new Set([
  'union', 'council', 'department', 'ministry', 'party', 'office', 'police', 'army', 'court', 'hall', 'palace',
  'street', 'city', 'republic', 'kingdom', 'states', 'nations', 'agency', 'bank', 'federation', 'alliance',
  'peninsula', 'region', 'regions', 'sea', 'festival', 'fest', 'committee', 'commission', 'parliament', 'government',
  'administration', 'assembly', 'senate', 'congress', 'university', 'institute', 'company', 'corporation', 'inc',
  'ltd', 'co', 'corp', 'plc', 'llc', // a firm's legal suffix (`Vellin Shipping Co.`): never a `he` or a `she`
  'group', 'organisation', 'organization', 'association', 'foundation', 'service', 'services', 'forces',
  'force', 'guard', 'command', 'staff', 'school', 'hospital', 'church', 'center', 'centre', 'house', 'square', 'park',
  'river', 'mountains', 'island', 'islands', 'ocean', 'county', 'province', 'district', 'oblast', 'station', 'airport', 'valley', 'heights',
  'times', 'post', 'news', 'press', 'daily', 'journal', 'tribune', 'herald', 'gazette', 'chronicle', 'telegraph',
  'courier', 'examiner', 'inquirer', 'enquirer', 'bulletin', 'dispatch', 'sentinel', 'advertiser', 'network', 'media',
  'kremlin', 'pentagon', 'cabinet', 'secretariat', 'directorate', 'intelligence', 'ministries', 'shop', 'store',
  'restaurant', 'hotel', 'war', 'cup', 'games', 'olympics', 'summit', 'treaty', 'accord', 'accords', 'act', 'bill',
  'plan', 'programme', 'program', 'campaign', 'team', 'state', 'board', 'gop', 'pac', 'caucus', 'coalition', 'fund',
  'poll', 'convention', 'bureau', 'corp', 'llc', 'llp', 'radio', 'tv', 'magazine', 'channel', 'college', 'room',
  'authority', 'authorities', 'embassy', 'consulate', 'tribunal', 'society', 'inspectorate', 'league', 'club',
  // Fact checkers', firms' and units' endings (`Africa Check`, `Kestrel Technologies`, `Berwick Securities`, `the Major Crimes Unit`): no surname ends so.
  'fact', 'facts', 'check', 'networks', 'industries', 'holdings', 'airlines', 'airways', 'technologies', 'therapeutics', 'pharmaceuticals', 'securities',
  'laboratories', 'labs', 'studios', 'pictures', 'enterprises', 'communications', 'utilities', 'railways', 'unit', 'squad', 'partners',
  'capital', 'investments', 'investors', 'associates', 'advisers', 'advisors', 'economics', 'analytics', 'ventures', 'consulting', 'strategies',
]);

/**
 * Words of an organisation that no person's name holds, wherever they stand in a capitalised run: `Indiana GOP`,
 * `Fox News Channel`, `House Zika` are organisations or things. Before a full name they describe the person
 * (`House Republican Ana Kral`, `Fox News host Ivo Kral`), and the name is read after them.
 */
export const ORGANISATION_MARKS: ReadonlySet<string> = new Set([
  'gop', 'pac', 'party', 'committee', 'campaign', 'department', 'university', 'college', 'news', 'caucus', 'coalition',
  'fund', 'poll', 'convention', 'bureau', 'corp', 'radio', 'tv', 'magazine', 'channel', 'senate', 'congress', 'house',
  'democratic', 'republican', 'democrat', 'democrats', 'republicans', 'debate', 'primary',
]);

/** Capitalised words that begin sentences or titles but never begin a name. Lower case. */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'for', 'but', 'and', 'or', 'nor', 'if', 'as', 'after', 'before', 'during',
  'while', 'when', 'since', 'although', 'though', 'asked', 'according', 'both', 'however', 'amid', 'earlier', 'later',
  'speaking', 'this', 'that', 'these', 'those', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her', 'their',
  'our', 'my', 'its', 'there', 'here', 'what', 'who', 'why', 'how', 'where', 'then', 'so', 'also', 'one', 'some',
  'many', 'most', 'all', 'no', 'not', 'yes', 'every', 'each', 'any', 'someone', 'everyone', 'nobody', 'anyone', 'none', 'nothing', 'somebody', 'everybody', 'anybody', 'to',
  'from', 'by', 'with', 'without', 'of', 'into', 'over', 'under', 'about', 'against', 'between', 'through', 'until',
  'upon', 'meanwhile', 'still', 'yet', 'even', 'just', 'only', 'now', 'today', 'yesterday', 'tomorrow', 'read', 'more',
  'click', 'here', 'source', 'sources', 'photo', 'video', 'watch', 'listen', 'update', 'updated', 'breaking', 'live',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'feb', 'mar', 'apr',
  'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'men', 'women', 'people', 'officials', 'witnesses',
  'residents', 'police', 'experts', 'analysts', 'critics', 'others', 'several', 'two', 'three', 'four', 'five',
  'six', 'seven', 'eight', 'nine', 'ten', 'first', 'second', 'last', 'next', 'thanks', 'please', 'let', 'do',
  'did', 'does', 'is', 'was', 'were', 'are', 'be', 'been', 'has', 'have', 'had', 'would', 'can', 'could',
  'should', 'may', 'might', 'must', 'despite', 'following', 'under', 'instead', 'unlike', 'like', 'near', 'among',
  'within', 'outside', 'inside', 'across', 'along', 'around', 'behind', 'beyond', 'toward', 'towards', 'via', 'per',
  'once', 'whether', 'because', 'unless', 'whose', 'which', 'whom', 'such', 'other', 'another', 'either', 'neither',
  'much', 'few', 'less', 'least', 'very', 'too', 'again', 'ever', 'never', 'always', 'often', 'sometimes', 'perhaps',
  'maybe', 'indeed', 'overall', 'finally', 'first', 'separately', 'similarly', 'moreover', 'furthermore', 'thus', 'given',
]);

/** Words that may stand between a subject and its verb: auxiliaries, adverbs, times (`Putin has also said`, `Biden on Thursday said`). */
export const BETWEEN_SUBJECT_AND_VERB: ReadonlySet<string> = new Set([
  'has', 'have', 'had', 'also', 'immediately', 'later', 'then', 'previously', 'repeatedly', 'again', 'once', 'will',
  'would', 'could', 'might', 'may', 'must', 'should', 'can', 'cannot', 'shall', 'did', 'does', 'do', 'is', 'was', 'were',
  'are', 'been', 'has', 'sharply', 'bluntly', 'publicly', 'openly', 'firmly', 'flatly', 'angrily', 'quietly', 'simply', 'just',
  'reportedly', 'allegedly', 'himself', 'herself', 'themselves', 'itself', 'recently', 'earlier', 'separately',
  'frequently', 'often', 'once', 'twice', 'still', 'further', 'subsequently', 'directly', 'privately', 'formally',
  'officially', 'reportedly', 'not', 'never', 'always', 'already', 'first', 'initially', 'famously', 'memorably',
  'on', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'tonight',
]);

/**
 * Common irregular past tenses, which do not end in -ed: after a name they begin its predicate (`Romney went after
 * Trump`, `Carson took the stage`), so the name ends there.
 */
export const IRREGULAR_PAST_VERBS: ReadonlySet<string> = new Set([
  'went', 'took', 'made', 'gave', 'got', 'came', 'saw', 'knew', 'thought', 'felt', 'left', 'kept', 'held', 'brought',
  'began', 'ran', 'sat', 'stood', 'won', 'lost', 'met', 'paid', 'sent', 'spent', 'built', 'led', 'fell', 'rose',
  'drew', 'threw', 'wore', 'chose', 'broke', 'heard', 'found', 'meant', 'became', 'sought', 'taught', 'caught',
  'bought', 'fought', 'struck', 'shook', 'hung', 'sold', 'dealt', 'stuck', 'swore', 'tore', 'bore', 'hid', 'fled',
  'flew', 'grew', 'blew', 'drove', 'rode', 'forgot', 'forgave', 'overcame', 'withdrew', 'undertook', 'upheld',
  'understood', 'seemed', 'appeared', 'set', 'put', 'cut', 'let', 'quit', 'shut', 'cast', 'laid', 'lent', 'slept',
  'swept', 'wept', 'shot', 'sang', 'rang', 'swam',
  // sport's and markets' (`Kral beat the field`, `Kestrel hit a record`, `the shares sank`)
  'beat', 'hit', 'upset', 'sank', 'shone', 'spun', 'stole', 'slid', 'sped', 'oversaw', 'overtook', 'underwent', 'withstood', 'outran', 'outdid', 'leapt', 'knelt', 'froze', 'rebuilt',
  'did', 'does', "didn't", "doesn't", "don't", "can't", 'cannot', "won't",
  "wouldn't", "couldn't", "shouldn't", "isn't", "wasn't", "weren't", "aren't", "hasn't", "haven't", "hadn't",
]);

/** Words ending in -ly that are not adverbs (`family`, `rally`): everything else in -ly is read as an adverb. */
export const LY_NOUNS: ReadonlySet<string> = new Set([
  'family', 'ally', 'rally', 'supply', 'reply', 'assembly', 'monopoly', 'anomaly', 'italy', 'july', 'bully', 'belly',
  'jelly', 'folly', 'homily', 'butterfly', 'firefly', 'comply', 'apply', 'imply', 'multiply', 'fly', 'sly', 'holy',
  'ugly', 'early', 'only', 'daily', 'weekly', 'monthly', 'yearly', 'hourly', 'nightly', 'quarterly', 'elderly',
  'friendly', 'lonely', 'lovely', 'likely', 'unlikely', 'costly', 'deadly', 'orderly', 'kindly', 'curly', 'silly',
]);

/** Adverbs that comment on a whole sentence and may stand between a subject and its verb (`Carter however said`). */
export const SENTENCE_ADVERBS: ReadonlySet<string> = new Set(['however', 'though', 'too', 'instead', 'meanwhile', 'nonetheless', 'nevertheless', 'therefore', 'thus', 'likewise', 'otherwise', 'alone']);

export const PERSONAL_PRONOUNS: ReadonlyMap<string, 'male' | 'female' | 'plural' | 'self'> = new Map([
  ['he', 'male'], ['she', 'female'], ['they', 'plural'], ['i', 'self'], ['we', 'plural'],
]);

/** Determiners that begin a description of a speaker (`the clown`, `an Egyptian official`, `his spokesman`). */
export const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'this', 'that', 'these', 'those', 'our', 'my']);

/** Words before a quote that make it a term or a title rather than speech (`so-called "referendums"`). */
export const TERM_MARKERS: ReadonlySet<string> = new Set([
  'so-called', 'dubbed', 'termed', 'titled', 'entitled', 'named', 'nicknamed', 'word', 'term', 'phrase', 'slogan',
  'motto', 'hashtag', 'headline', 'book', 'film', 'movie', 'song', 'album', 'show', 'series', 'novel', 'poem', 'track',
  'ballad', 'anthem', 'hymn', 'opera', 'musical', 'sitcom', 'painting', // not `podcast` or `memoir`: `told a podcast: "…"` is speech
  'operation', 'codenamed', 'code-named', 'known', 'self-styled', 'self-proclaimed', 'quote-unquote']);

/** Abbreviations whose full stop does not end a sentence. Lower case, without the stop. */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'smt', 'dr', 'prof', 'st', 'sr', 'jr', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'capt', 'sgt', 'maj',
  'adm', 'cmdr', 'brig', 'pres', 'rev', 'hon', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct',
  'nov', 'dec', 'mon', 'tue', 'tues', 'wed', 'thu', 'thurs', 'fri', 'sat', 'sun', 'no', 'nos', 'vs', 'etc', 'inc',
  'ltd', 'co', 'corp', 'dept', 'est', 'approx', 'fig', 'vol', 'p', 'pp', 'ed', 'eds', 'al', 'mt', 'ft', 'ave', 'blvd',
  'e.g', 'i.e', 'u.s', 'u.k', 'u.n', 'a.m', 'p.m',
  // Titles of US local copy and of clergy written short (ROLE_WORDS; `the Rt. Rev. Ana Kral`, `Fr. Ivo Peskar`).
  'ald', 'cpl', 'det', 'supt', 'insp', 'ofc', 'pfc', 'spc', 'pvt', 'cdr', 'atty', 'asst', 'amb', 'rt', 'revd', 'ven', 'fr', 'msgr', 'coun',
]);
/** Titles of several people and British titles, written short: abbreviations only in capitals (`Sens. Ana Kral`, not `20 reps.`). */
export const CAPITALISED_TITLES: ReadonlySet<string> = new Set(['govs', 'sens', 'reps', 'drs', 'profs', 'gens', 'messrs', 'mmes', 'cllr', 'cllrs']);

/**
 * Words that carry grammar rather than content: articles, pronouns and their contractions, auxiliaries,
 * prepositions, conjunctions, and the light verbs, nouns and adverbs of everyday speech (`going to`, `a lot`,
 * `the way`). Quoted words that are only these say nothing about who spoke them. Lower case, straight apostrophe.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'some', 'any', 'no', 'not', 'all', 'every', 'each', 'both', 'such',
  'i', 'me', 'my', 'mine', 'we', 'us', 'our', 'ours', 'you', 'your', 'yours', 'he', 'him', 'his', 'she', 'her', 'hers',
  'it', 'its', 'they', 'them', 'their', 'theirs', 'one', 'ones', 'myself', 'yourself', 'himself', 'herself', 'itself',
  'ourselves', 'themselves', 'who', 'whom', 'whose', 'which', 'what', 'where', 'when', 'why', 'how', 'there', 'here',
  "i'm", "i've", "i'll", "i'd", "we're", "we've", "we'll", "we'd", "you're", "you've", "you'll", "you'd", "he's", "he'll",
  "he'd", "she's", "she'll", "she'd", "it's", "it'll", "they're", "they've", "they'll", "they'd", "that's", "there's",
  "what's", "who's", "let's", "here's", "don't", "doesn't", "didn't", "won't", "wouldn't", "can't", "couldn't",
  "shouldn't", "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't", "ain't", "mustn't",
  'be', 'is', 'am', 'are', 'was', 'were', 'been', 'being', 'have', 'has', 'had', 'having', 'do', 'does', 'did', 'doing',
  'done', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'ought',
  'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'into', 'onto', 'about', 'over', 'under', 'up', 'down',
  'out', 'off', 'as', 'than', 'like', 'through', 'after', 'before', 'between', 'against', 'without', 'within', 'upon',
  'and', 'or', 'but', 'nor', 'so', 'if', 'then', 'because', 'while', 'though', 'although', 'whether', 'yet', 'also',
  'just', 'only', 'even', 'still', 'very', 'really', 'too', 'much', 'many', 'more', 'most', 'less', 'least', 'lot',
  'lots', 'well', 'now', 'again', 'ever', 'never', 'always', 'often', 'already', 'quite', 'rather', 'pretty', 'sure',
  'yes', 'yeah', 'oh', 'ok', 'okay', 'go', 'goes', 'going', 'gone', 'went', 'gonna', 'get', 'gets', 'got', 'getting',
  'make', 'makes', 'made', 'making', 'take', 'takes', 'took', 'taken', 'come', 'comes', 'came', 'give', 'gives', 'gave',
  'say', 'says', 'said', 'tell', 'told', 'think', 'thinks', 'thought', 'know', 'knows', 'knew', 'see', 'look', 'put',
  'keep', 'let', 'thing', 'things', 'way', 'ways', 'something',
  'anything', 'nothing', 'everything', 'someone', 'anyone', 'everyone', 'people', 'time', 'times', 'back', 'other',
  'others', 'another', 'same', 'own', 'right', 'good', 'new', 'big', 'great', 'little', 'just', 'first', 'last', 'next',
]);

/**
 * `son of`, `daughter of` inside Arabic and Malay names (`Abdulaziz bin Salman`, `Amirul Feisal bin Wan Zahir`): the
 * person is called by the names before it (`Prince Abdulaziz`, `Amirul Feisal`), the words after are the father's.
 */
export const PATRONYMIC_PARTICLES: ReadonlySet<string> = new Set(['bin', 'ibn', 'binti', 'bint']);

/** Lower-case words inside a name (`el Sayed`, `de la Cruz`, `van der Berg`, `bin Salman`, `ap Dafydd`, `dela Cruz`). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['de', 'la', 'del', 'della', 'van', 'von', 'der', 'den', 'ten', 'ter', 'al', 'el', 'bin', 'ibn', 'da', 'di', 'du', 'le', 'dos', 'das', 'ap', 'dela', 'delos']);

/**
 * What a minister's or secretary's title is of when it names a portfolio, not a place (`Secretary of State`,
 * `Minister of Defence`): a single capitalised word after it is then the holder's surname (`Secretary of State
 * Kral`), where after a place's name it may be the place's own last word (`Mayor of Port Aldis`). Lower case.
 */
export const PORTFOLIOS: ReadonlySet<string> = new Set([
  'state', 'defense', 'defence', 'finance', 'health', 'education', 'energy', 'commerce', 'labor', 'labour',
  'agriculture', 'transportation', 'transport', 'treasury', 'justice', 'interior', 'culture', 'trade', 'economy',
]);

/** Words that open a phrase before a sentence's subject (`In Kyiv, …`, `Asked about it, …`): never the subject. */
export const SUBJECT_INTRO_WORDS: ReadonlySet<string> = new Set([
  'in', 'on', 'at', 'during', 'after', 'before', 'while', 'when', 'since', 'although', 'though', 'as', 'amid', 'despite',
  'following', 'according', 'asked', 'speaking', 'earlier', 'later', 'with', 'without', 'under', 'for', 'from', 'by',
  'if', 'unless', 'because', 'once', 'last', 'over', 'among', 'like', 'unlike', 'addressing', 'writing', 'responding',
  // `Hours later, Trump returned...`, `Prior to the vote, ...`: a time before the subject, never the subject
  'prior', 'hours', 'days', 'weeks', 'months', 'years', 'minutes', 'moments', 'soon', 'shortly', 'ahead', 'given',
  // `Here in Columbia, Sanders said`: where the words were said
  'here', 'there',
  // `Outside the chamber, the Prime Minister, Ana Kral, defended ...`: a place the subject stands in, never the subject
  'outside', 'inside', 'across', 'around', 'near', 'beyond', 'behind', 'back', 'within', 'throughout',
  // `Beside her, a 60-year-old woman said`, `Along the route, ...`: the other prepositions of place a reporter opens
  // with; the subject had been missed and a later `she` went to the woman of the paragraph before
  'beside', 'alongside', 'along', 'beneath', 'below', 'underneath', 'between', 'opposite', 'aboard', 'toward', 'towards', 'through', 'upon',
]);
/** Connectives a sentence may open with before its subject (`But Kral said …`). */
export const SUBJECT_CONNECTIVES: ReadonlySet<string> = new Set(['and', 'but', 'then', 'so', 'also', 'yet', 'meanwhile', 'still', 'now', 'later', 'instead', 'however', 'moreover', 'nonetheless', 'nevertheless', 'indeed', 'separately']);
