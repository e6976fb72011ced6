// Draft forms against the bundled corpus: every quote the engine gives a person (or group), rendered in many
// forms, once rightly attributed and once swapped to another person of the corpus. Counts false warnings on the
// right ones and misattributions caught on the swapped ones, by form.
// The people are the bundled articles' speakers, with titles and the governments their words may be credited to.
// A measure for the notes, never an assertion (the unit tests hold invented forms: draftForms.test.ts).
//   npm run eval:forms                  the table by form
//   npm run eval:forms -- --show FORM   the misses and false warnings of one form, to read
import * as path from 'node:path';
import * as core from '../../src/core';
import { nodeFileSystem } from '../../src/node/nodeFileSystem';
import { isDistinctive } from '../../src/core/draft/quoteEvidence';
import { quoteWords } from '../../src/core/index/wordIndex';
const ROOT = path.join(__dirname, '..', '..');

interface Person {
  name: string;
  surname: string;
  he: 'he' | 'she';
  title: string; // a right title
  role?: string; // the role after the name
  country: string[]; // country / government words compatible
}

const PEOPLE: Record<string, Person> = {
  'Vladimir Putin': { name: 'Vladimir Putin', surname: 'Putin', he: 'he', title: 'Russian President', country: ['Russia', 'The Kremlin', 'Moscow', 'The Russian government'] },
  'Volodymyr Zelenskyy': { name: 'Volodymyr Zelenskyy', surname: 'Zelenskyy', he: 'he', title: 'Ukrainian President', country: ['Ukraine', 'Kyiv', 'The Ukrainian government'] },
  'Dmitry Peskov': { name: 'Dmitry Peskov', surname: 'Peskov', he: 'he', title: 'Kremlin spokesman', country: ['The Kremlin', 'Russia', 'Moscow'] },
  'Andrii Yermak': { name: 'Andrii Yermak', surname: 'Yermak', he: 'he', title: 'Ukrainian presidential aide', role: 'head of the presidential office', country: ['Ukraine', 'Kyiv'] },
  'Antonio Guterres': { name: 'Antonio Guterres', surname: 'Guterres', he: 'he', title: 'UN Secretary-General', country: ['The UN', 'The United Nations'] },
  'Joe Biden': { name: 'Joe Biden', surname: 'Biden', he: 'he', title: 'US President', country: ['The United States', 'Washington', 'The US government', 'The White House'] },
  'Annalena Baerbock': { name: 'Annalena Baerbock', surname: 'Baerbock', he: 'she', title: 'German Foreign Minister', country: ['Germany', 'Berlin', 'The German government'] },
};
const NAMES = Object.keys(PEOPLE);

type Render = (p: Person, q: string, extra: { rest: string; first: string }) => string | null;

/** Forms and their variants. Each renders the draft for a person and quote words (no closing punctuation). */
const FORMS: Record<string, Render[]> = {
  'list item': [
    (p, q) => `- **${p.surname}**: "${q}."`,
    (p, q) => `* ${p.name}: “${q}.”`,
    (p, q) => `1. ${p.name} said: "${q}."`,
    (p, q) => `- "${q}," ${p.surname} said.`,
    (p, q) => `- *${p.name}*: “${q}”`,
    (p, q) => `+ ${cap(p.title)} ${p.name}: "${q}."`,
  ],
  heading: [
    (p, q) => `## ${p.surname}: "${q}"`,
    (p, q) => `### ${p.name}: “${q}”`,
    (p, q) => `# "${q}" — ${p.surname}`,
    (p, q) => `## ${p.surname} says "${q}"`,
  ],
  'label': [
    (p, q) => `${p.name}: "${q}."`,
    (p, q) => `${p.surname}: “${q}.”`,
    (p, q) => `**${p.name}:** "${q}."`,
    (p, q) => `${cap(p.title)} ${p.name}: "${q}."`,
    (p, q) => `${p.name}, ${p.role ?? p.title}: "${q}."`,
  ],
  dash: [
    (p, q) => `"${q}." — ${p.name}`,
    (p, q) => `“${q}.” – ${p.surname}`,
    (p, q) => `> "${q}." — ${p.name}`,
    (p, q) => `"${q}" -- ${p.surname}`,
    (p, q) => `“${q}” —${p.name}, ${p.role ?? p.title}`,
    (p, q) => `"${q}." – ${p.surname} said.`,
  ],
  verbs: [
    (p, q) => `"${q}," ${p.surname} interjected.`,
    (p, q) => `${p.surname} mocked the West: "${q}."`,
    (p, q) => `${p.surname} read out a statement: "${q}."`,
    (p, q) => `"${q}," ${p.name} quipped.`,
    (p, q) => `"${q}," thundered ${p.surname}.`,
    (p, q) => `${p.name} insisted that "${q}."`,
    (p, q) => `${p.surname} declared: “${q}.”`,
    (p, q) => `"${q}," ${p.surname} scoffed.`,
    (p, q) => `${p.name} retorted, "${q}."`,
    (p, q) => `"${q}," ${p.surname} wrote on Telegram.`,
    (p, q) => `${p.surname} went on: "${q}."`,
    (p, q) => `"${q}," ${p.surname} stressed.`,
    (p, q) => `${p.name} tweeted: "${q}."`,
    (p, q) => `"${q}," ${p.surname} snapped.`,
    (p, q) => `"${q}," ${p.surname} recalled.`,
  ],
  'title': [
    (p, q) => `Secretary of State ${p.name} said: "${q}."`,
    (p, q) => `${cap(p.title)} ${p.name} said "${q}."`,
    (p, q) => `"${q}," said ${p.title} ${p.name}.`,
    (p, q) => `"${q}," said ${p.name}, ${p.role ?? 'the ' + p.title.toLowerCase()}.`,
    (p, q) => `${p.name}, ${p.role ?? 'the ' + p.title.toLowerCase()}, said: "${q}."`,
    (p, q) => `Mr. ${p.surname} said "${q}."`,
    (p, q) => `U.S. Secretary of State ${p.name} told reporters: "${q}."`,
    (p, q) => `Secretary of State ${p.surname} said: "${q}."`,
    (p, q) => `"${q}," said Minister of Defence ${p.surname}.`,
  ],
  'name order': [
    (p, q) => `${p.surname} said "${q}."`,
    (p, q) => `"${q}," said ${p.surname}.`,
    (p, q) => `"${q}," ${p.name} said.`,
    (p, q) => `According to ${p.surname}, "${q}."`,
    (p, q) => `In a speech, ${p.name} said: '${q}.'`,
  ],
  'multi-paragraph': [
    (p, _q, x) => (x.rest ? `${p.name} said: "${x.first}\n\n"${x.rest}."` : null),
    (p, _q, x) => (x.rest ? `"${x.first}\n\n"${x.rest}," ${p.surname} said.` : null),
    (p, q) => `${p.name} spoke in Moscow on Friday.\n\n"${q}."`,
    (p, q) => `${p.surname} continued:\n\n"${q}."`,
  ],
  partial: [
    (p, q) => cut(q, 0.6, 'start', (c) => `${p.surname} said that "${c}".`),
    (p, q) => cut(q, 0.6, 'end', (c) => `${p.surname} said "${c}."`),
    (p, q) => cut(q, 0.7, 'start', (c) => `"${c}...," ${p.name} said.`),
    (p, q) => (q.split(' ').length >= 10 ? `${p.surname} said "${ellipsed(q)}."` : null),
    (p, q) => cut(q, 0.6, 'start', (c) => `${p.surname} warned that ${lower(c)}, saying the West "${q.split(' ').slice(-4).join(' ')}".`),
  ],
  'evaluative partial': [
    (p, q) => `${p.surname} slammed the annexation as "${q}".`,
    (p, q) => `${p.name} called the vote "${q}".`,
    (p, q) => `${p.surname} described the move as “${q}.”`,
    (p, q) => `${p.surname} vowed "${q}".`,
    (p, q) => `${p.surname} accused the West of "${q}".`,
  ],
  'split by attribution': [
    (p, q) => splitAtComma(q, (a, b) => `"${a}," ${p.surname} said, "${b}."`),
    (p, q) => splitAtComma(q, (a, b) => `“${a},” said ${p.name}. “${b}.”`),
    (p, _q, x) => (x.rest ? `"${x.first}" ${p.surname} said. "${x.rest}"` : null),
  ],
  'possessive and other openers': [
    (p, q) => `In ${p.surname}'s words, "${q}."`,
    (p, q) => `${p.name}'s statement read: "${q}."`,
    (p, q) => `As ${p.surname} put it: "${q}."`,
    (p, q) => `"${q}," ${p.surname} said in a televised address, according to Reuters.`,
    (p, q) => `## "${q}," says ${p.surname}`,
    (p, q) => `**${p.surname}** (on Friday): "${q}."`,
  ],
  'more wrappers': [
    (p, q) => `${p.surname}, in a speech, said: "${q}."`,
    (p, q) => `"${q}" ${p.surname} said.`,
    (p, q) => `${p.surname}: '${q}.'`,
    (p, q) => `> ${p.surname} said: "${q}."`,
    (p, q) => `Said ${p.surname}: "${q}."`,
    (p, q) => `"${q}," according to ${p.surname}.`,
    (p, q) => `"${q}" (${p.surname})`,
    (p, q) => `"${q}." — ${p.surname}, in a speech on Friday`,
    (p, q) => `${p.surname} added, "${q}."`,
    (p, q) => `"${q}," ${p.title} ${p.name} said.`,
    (p, q) => `${p.name} (${p.title}): "${q}."`,
    (p, q) => `| ${p.surname} | "${q}" |`,
    (p, q) => `"${q}" ${p.surname} told the crowd.`,
    (p, q) => `- "${q}" (${p.surname}, Friday)`,
    (p, q) => `1. **${p.surname}:** "${q}."`,
    (p, q) => `_${p.name}_ — “${q}”`,
    (p, q) => `${p.surname} — "${q}."`,
  ],
  table: [
    (p, q) => `| Speaker | Quote |\n|---|---|\n| ${p.surname} | "${q}" |`,
    (p, q) => `| Who | Said | When |\n|:--|:--|--:|\n| ${p.name}, ${p.role ?? p.title} | “${q}.” | Friday |`,
    (p, q) => `| Quote | Speaker |\n|---|---|\n| "${q}." | **${p.name}** |`,
    (p, q) => `| Speaker | Quote |\n| --- | --- |\n| Someone Else | - |\n| ${p.surname} | "${q}." |`,
  ],
  pronoun: [
    (p, q) => `${p.name} spoke on Friday.\n\n"${q}," ${p.he} said.`,
    (p, q) => `${p.title} ${p.name} addressed the crowd. "${q}," ${p.he} said.`,
    (p, q) => `${p.surname} did not hold back. ${cap(p.he)} said: “${q}.”`,
    (p, q) => `Asked about the regions, ${p.surname} was blunt.\n\n"${q}," ${p.he} told reporters.`,
  ],
  'role only': [], // filled per quote below (role phrases tied to speakers)
  'country': [], // right side only: a country or government credited with its official's words
  'translation': [
    (p, q) => translated(q, (t) => `${p.surname} said "${t}."`),
    (p, q) => translated(q, (t) => `"${t}," ${p.name} said.`),
  ],
  'short': [], // one- or two-word quotes, filled per quote below
};

const ROLES: Record<string, string[]> = {
  'Dmitry Peskov': ['the Kremlin spokesman', "Putin's spokesman", 'Kremlin spokesman Dmitry Peskov'],
  'Vladimir Putin': ['the Russian president', 'the Russian leader', 'the Kremlin leader'],
  'Volodymyr Zelenskyy': ['the Ukrainian president', "Ukraine's president"],
  'Joe Biden': ['the US president', 'the American president'],
  'Antonio Guterres': ['the UN secretary-general', 'the UN chief'],
  'Annalena Baerbock': ['the German foreign minister', "Germany's foreign minister"],
};

const SYNONYMS: Record<string, string> = {
  people: 'residents', citizens: 'nationals', forever: 'for ever', trust: 'believe in', help: 'support', protect: 'defend',
  negotiations: 'talks', negotiate: 'hold talks', decisive: 'crucial', already: 'now', opposite: 'contrary', legitimacy: 'legal basis',
  battlefield: 'field of battle', grand: 'great', working: 'fighting', united: 'one', attention: 'heed', homes: 'houses', jobs: 'workplaces',
  cast: 'put', proven: 'shown', accelerated: 'fast-track', regime: 'government', masters: 'bosses', mistake: 'error', fight: 'struggle',
};

function translated(q: string, f: (t: string) => string): string | null {
  let changed = 0;
  const t = q.replace(/\b[\p{L}]+\b/gu, (w) => {
    const s = /^\p{Ll}/u.test(w) ? SYNONYMS[w] : undefined;
    if (s && changed < 2) {
      changed++;
      return s;
    }
    return w;
  });
  return changed ? f(t) : null;
}
function cap(s: string): string {
  return s[0].toUpperCase() + s.slice(1);
}
function lower(s: string): string {
  return s;
}
function cut(q: string, share: number, from: 'start' | 'end', f: (c: string) => string): string | null {
  const words = q.split(' ');
  if (words.length < 6) return null;
  const n = Math.max(5, Math.round(words.length * share));
  const c = from === 'start' ? words.slice(0, n).join(' ') : words.slice(-n).join(' ');
  return f(c.replace(/[,.:;—–-]+$/, ''));
}
function ellipsed(q: string): string {
  const w = q.split(' ');
  const a = Math.floor(w.length / 3);
  return `${w.slice(0, a).join(' ')} ... ${w.slice(2 * a).join(' ')}`;
}

function splitAtComma(q: string, f: (a: string, b: string) => string): string | null {
  const i = q.indexOf(', ');
  if (i < 12 || q.length - i < 15) return null;
  return f(q.slice(0, i), q.slice(i + 2));
}

function splitSentences(q: string): { first: string; rest: string } {
  const m = q.match(/^(.+?[.!?])\s+(\p{Lu}.*)$/u);
  return m ? { first: m[1], rest: m[2] } : { first: q, rest: '' };
}

interface Tally {
  right: number;
  falseWarnings: number;
  swapped: number;
  identifying: number;
  caught: number;
  shortWarned: number;
}
const tally = new Map<string, Tally>();
const shows: string[] = [];
const showForm = process.argv.includes('--show') ? process.argv[process.argv.indexOf('--show') + 1] : null;

function t(form: string): Tally {
  let x = tally.get(form);
  if (!x) tally.set(form, (x = { right: 0, falseWarnings: 0, swapped: 0, identifying: 0, caught: 0, shortWarned: 0 }));
  return x;
}

const WARN = new Set(['misattributed-quote', 'altered-quote', 'distorted-quote']);

async function main() {
  const { articles } = await core.loadCorpus(nodeFileSystem, path.join(ROOT, 'corpus'));
  const index = core.buildCorpusIndex(articles);
  const quotes: { text: string; speaker: string }[] = [];
  const seen = new Set<string>();
  for (const a of index.articles)
    for (const q of a.quotes) {
      if (!q.speaker || !PEOPLE[q.speaker.name]) continue;
      const text = q.text.replace(/[\s,.;:]+$/, '').replace(/\s+/g, ' ');
      const key = `${q.speaker.name}|${text.toLowerCase()}`;
      if (seen.has(key)) continue;
      seen.add(key);
      quotes.push({ text, speaker: q.speaker.name });
    }
  const check = (draft: string) => core.checkDraft(draft, index, { format: 'markdown' });
  const identifying = (text: string) => {
    const words = quoteWords(text).segments.flat();
    const located = index.locate(text);
    if (located.exact.length) return isDistinctive(words, located.exact, index.registry);
    const content = words.filter((w: string) => w.length > 3).length;
    return (words.length >= 5 && content >= 3) || (words.length >= 8 && content >= 2);
  };
  const quoteOfDraft = (draft: string) => (check(draft).quotes as any[]).map((r) => r.text);
  const run = (form: string, rightDraft: string | null, swappedDrafts: { draft: string; source: string; ident?: boolean }[], short = false) => {
    const x = t(form);
    if (rightDraft) {
      x.right++;
      const f = check(rightDraft).findings.filter((f: any) => WARN.has(f.code));
      if (f.length) {
        x.falseWarnings++;
        if (showForm === form || showForm === 'all') shows.push(`FALSE [${form}] ${rightDraft} -> ${f.map((y: any) => y.code + ': ' + y.message).join(' | ')}`);
      }
    }
    for (const s of swappedDrafts) {
      x.swapped++;
      const report = check(s.draft);
      const mis = report.findings.filter((f: any) => f.code === 'misattributed-quote');
      if (short) {
        if (mis.length) {
          x.shortWarned++;
          if (showForm === form || showForm === 'all') shows.push(`SHORT WARNED [${form}] ${s.draft}`);
        }
        continue;
      }
      const texts = report.quotes.map((r: any) => r.text).join(' ');
      const ident = s.ident ?? identifying(report.quotes.length ? report.quotes.reduce((a: any, b: any) => (b.text.length > a.text.length ? b : a)).text : texts);
      if (!ident) continue;
      x.identifying++;
      if (mis.some((f: any) => f.sourceSpeaker === s.source)) x.caught++;
      else if (showForm === form || showForm === 'all') shows.push(`MISSED [${form}] ${s.draft} -> ${report.quotes.map((r: any) => `${r.verdict}/${r.claimedSpeaker?.name ?? '-'}`).join(',')}`);
    }
  };
  void quoteOfDraft;
  for (const q of quotes) {
    const p = PEOPLE[q.speaker];
    const others = NAMES.filter((n) => n !== q.speaker).map((n) => PEOPLE[n]);
    const extra = splitSentences(q.text);
    const words = q.text.split(' ');
    if (words.length <= 2) {
      // one- or two-word quotes: never a misattribution warning
      const r = (o: Person) => `${o.surname} called it "${q.text}".`;
      run('short', r(p), [], true);
      run('short', `"${q.text}," ${p.surname} said.`, [], true);
      run('short', null, others.map((o) => ({ draft: r(o), source: q.speaker })), true);
      run('short', null, others.map((o) => ({ draft: `"${q.text}," ${o.name} said.`, source: q.speaker })), true);
      continue;
    }
    for (const [form, renders] of Object.entries(FORMS)) {
      for (const render of renders) {
        const right = render(p, q.text, extra);
        if (right === null) continue;
        const swapped = others.flatMap((o) => {
          const d = render(o, q.text, extra);
          return d ? [{ draft: d, source: q.speaker }] : [];
        });
        if (form === 'translation') {
          // Reworded: identifying when five content words of the source's quote stay (the engine's own bar for close wording).
          const kept = (t: string) => new Set(t.toLowerCase().match(/[\p{L}']+/gu)!.filter((w) => w.length > 3 && !/^(this|that|with|have|from|those|whose|were|will|their|they|each|other)$/.test(w)));
          const original = kept(q.text);
          const changed = translated(q.text, (t) => t)!;
          const shared = [...kept(changed)].filter((w) => original.has(w)).length;
          const sub = shared >= 5 ? 'translation (5+ content words kept)' : 'translation (fewer kept)';
          run(sub, right, swapped.map((x) => ({ ...x, ident: true })));
          continue;
        }
        run(form, right, swapped);
      }
    }
    // short cuts of longer quotes: their first two words
    const two = words.slice(0, 2).join(' ').replace(/[,.]$/, '');
    run('short', `${p.surname} said "${two}".`, others.map((o) => ({ draft: `${o.surname} said "${two}".`, source: q.speaker })), true);
    for (const role of ROLES[q.speaker] ?? []) {
      const swappedRoles = Object.entries(ROLES).filter(([n]) => n !== q.speaker).map(([, r]) => r[0]);
      run('role only', `${cap(role)} said: "${q.text}."`, swappedRoles.map((r) => ({ draft: `${cap(r)} said: "${q.text}."`, source: q.speaker })));
      run('role only', `"${q.text}," ${role} said.`, []);
    }
    for (const c of p.country) {
      run('country', `${c} said: "${q.text}."`, []);
      run('country', `"${q.text}," ${c.replace(/^The/, 'the')} said in a statement.`, []);
    }
  }
  const rows = [...tally.entries()];
  const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(0)}%` : '-');
  console.log(`quotes used: ${quotes.length}`);
  console.log('form | right | false warnings | swapped (identifying) | caught | short warned');
  let R = 0, F = 0, I = 0, C = 0, S = 0;
  for (const [form, x] of rows) {
    console.log(`${form} | ${x.right} | ${x.falseWarnings} | ${x.identifying} | ${x.caught} (${pct(x.caught, x.identifying)}) | ${x.shortWarned}${form === "short" ? ` of ${x.swapped}` : ""}`);
    R += x.right; F += x.falseWarnings; I += x.identifying; C += x.caught; S += x.shortWarned;
  }
  console.log(`all | ${R} | ${F} | ${I} | ${C} (${pct(C, I)}) | ${S}`);
  for (const s of shows.slice(0, Number(process.env.SHOWN ?? 60))) console.log(s);
}
main();
