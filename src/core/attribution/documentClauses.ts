// `Kral cited a study that warned the dam was "unsafe at any water level"`, `released a poll showing voters "deeply
// worried"`, `showed reporters a text from Peskar that read: "…"`: a study, report, poll or written message in the
// predicate, with a clause of its own that reports what the text found or says (`that found`, `which concluded`,
// `showing`, `that read`). The quote after it is the text's, not words of the sentence's subject, who only cites or
// shows it; who wrote it the sentence may not say, so no speaker is given. So is a motion's (`abstained on a
// resolution that condemned the "sham" votes`) that the subject only votes on.
import type { Token } from '../text/sentenceTokens';
import { isAdverb, isWord } from './tokenClasses';

/** Texts that find, conclude or show things of their own (not `a plan that would give`). */
const FINDING_TEXTS: ReadonlySet<string> = new Set([
  'study', 'studies', 'report', 'reports', 'poll', 'polls', 'survey', 'surveys', 'audit', 'review', 'analysis',
  'investigation', 'inquiry', 'assessment', 'memo', 'memorandum', 'paper', 'research',
]);
/**
 * Written words (`a text from Kral that read:`): another's only when the sentence says whose (`from`, `by`) or that the
 * subject only shows, receives or quotes them; `Kral sent a letter that said` is Kral's.
 */
const MESSAGES: ReadonlySet<string> = new Set(['text', 'letter', 'email', 'e-mail', 'message', 'note', 'post', 'tweet', 'leaflet', 'column', 'editorial', 'op-ed', 'article', 'blog']);
/**
 * Verbs by which a subject shows or receives someone else's written words (`showed a text`, `received a letter`).
 * Signs are inscribedTexts.ts's: one the subject carries stays the subject's.
 */
const SHOWING_VERBS = /^(?:showed|shows|show|received|receives|got|gets|cited|cites|quoted|quotes|shared|shares|forwarded|forwards|obtained|saw)$/;
/** Verbs by which a subject answers or disputes someone else's written words (`answered a column that`, `responded to a letter`). */
const ANSWERING_VERBS = /^(?:answered|answers|rebutted|rebuts|disputed|disputes|challenged|challenges|responded|responds|replied|replies|criticized|criticised|criticizes|criticises|denounced|denounces|rejected|rejects)$/;
/** Verbs by which such a text reports, after `that` or `which` (and an auxiliary) or as a participle. */
const FINDING_VERBS = /^(?:found|finds|find|concluded|concludes|conclude|showed|shows|show|shown|warned|warns|said|says|suggested|suggests|described|describes|called|calls|judged|judges|rated|rates|labelled|labeled|determined|estimated|predicted|read|reads|stated|states|showing|finding|concluding|warning|suggesting|describing|calling|saying|rating|estimating|predicting|reading|stating|accused|accuses|accusing|alleged|alleges|alleging|claimed|claims|claiming|charged|charges|argued|argues|arguing|asserted|asserts|referred|refers|referring)$/;
/**
 * A body's motions (`abstained on a draft resolution that condemned the "sham" votes`): the words are the text's, not
 * those of a subject that only votes on it; one the subject adopts or puts forward (ADOPTING_VERBS) stays the subject's.
 */
const MOTIONS: ReadonlySet<string> = new Set(['resolution', 'resolutions', 'motion', 'motions', 'amendment', 'amendments', 'declaration']);
/** Verbs by which a motion says things (`that condemned`, `which called for`, `that urged`), besides FINDING_VERBS. */
const MOTION_VERBS = /^(?:condemned|condemns|condemn|urged|urges|urge|demanded|demands|demand|declared|declares|declare|denounced|denounces|deplored|deplores|expressed|expresses|reaffirmed|reaffirms|branded|brands|termed|terms)$/;
/** Verbs by which the subject makes a motion its own (`adopted a resolution that condemned`, `voted 6-1 for the resolution`). */
const ADOPTING_VERBS = /^(?:adopted|adopts|adopt|passed|passes|pass|drafted|tabled|introduced|introduces|introduce|proposed|proposes|propose|issued|issues|approved|approves|sponsored|sponsors|moved|moves|put|puts|submitted|submits|unveiled|unveils|backed|backs|supported|supports|endorsed|endorses|signed|signs|for)$/;
/** Whether the motion noun at `d` is one the subject adopts or puts forward: such a verb a few words before it. */
function adoptedMotion(tokens: readonly Token[], d: number): boolean {
  for (let k = d - 1; k >= 0 && d - k <= 4; k--) if (isWord(tokens[k]) && ADOPTING_VERBS.test(tokens[k].lower)) return true;
  return false;
}

/** Auxiliaries between the relative pronoun and its verb (`that had found`). */
const AUXILIARIES = /^(?:has|have|had|was|were|is|also|later|recently)$/;
/** The most tokens between the text's noun and its relative pronoun or participle (`by the state's auditors in 2019`). */
const NOUN_REACH = 7;

/** Whether a text's finding clause stands between token `from` (the subject's verb) and the quote at `qi`. */
export function textFindingBefore(tokens: readonly Token[], from: number, qi: number): boolean {
  for (let d = from; d < qi; d++) {
    const motion = isWord(tokens[d]) && MOTIONS.has(tokens[d].lower) && !adoptedMotion(tokens, d);
    if (!isWord(tokens[d]) || tokens[d].cap || !(FINDING_TEXTS.has(tokens[d].lower) || motion || (MESSAGES.has(tokens[d].lower) && anothersMessage(tokens, d, qi)))) continue;
    for (let k = d + 1; k < qi && k - d <= NOUN_REACH; k++) {
      const t = tokens[k];
      const aside = t.text === ',' ? participleAsideEnd(tokens, k, qi) : -1; // `the post, made on Snapchat, referred to "…"`
      if (aside > 0) {
        k = aside;
        const v = tokens[k + 1];
        if (isWord(v) && FINDING_VERBS.test(v.lower) && !/ing$/.test(v.lower) && tokens.slice(d + 1, tokens.indexOf(t, d)).every(isAuthorWord)) return true;
        break;
      }
      if (!isWord(t)) break;
      if (FINDING_VERBS.test(t.lower) && /ing$/.test(t.lower) && k === d + 1) return true; // `a poll showing`
      // `a survey by the Helmstad Institute found households "…"`: the text is the subject of its own finding verb.
      if (FINDING_VERBS.test(t.lower) && !/ing$/.test(t.lower) && tokens.slice(d + 1, k).every(isAuthorWord)) return true;
      if (t.lower !== 'that' && t.lower !== 'which') continue;
      let v = k + 1;
      while (v < qi && isWord(tokens[v]) && (AUXILIARIES.test(tokens[v].lower) || isAdverb(tokens[v]))) v++;
      if (isWord(tokens[v]) && (FINDING_VERBS.test(tokens[v].lower) || (motion && MOTION_VERBS.test(tokens[v].lower))) && !/ing$/.test(tokens[v].lower)) return true;
      break;
    }
  }
  return false;
}

/** Whether the message noun at `d` is someone else's: `from`/`by` after it, or a verb of showing or receiving a few words before. */
function anothersMessage(tokens: readonly Token[], d: number, qi: number): boolean {
  for (let k = d + 1; k < qi && k - d <= 2; k++) if (isWord(tokens[k]) && (tokens[k].lower === 'from' || tokens[k].lower === 'by')) return true;
  for (let k = d - 1; k >= 0 && d - k <= 3; k--) if (isWord(tokens[k]) && SHOWING_VERBS.test(tokens[k].lower)) return true;
  for (let k = d - 1; k >= 0 && d - k <= 4; k--) if (isWord(tokens[k]) && ANSWERING_VERBS.test(tokens[k].lower)) return true;
  // `Osei said the post referred to "…"`: a message brought in as the subject of someone's reported words.
  const before = tokens[d - 1], verb = tokens[d - 2]?.lower === 'that' ? tokens[d - 3] : tokens[d - 2];
  return isWord(before) && before.lower === 'the' && isWord(verb) && /^(?:said|says|told|tells|added|adds|noted|notes)$/.test(verb.lower);
}

/** Participles an aside may open with that end in neither `-ed` nor `-en`. */
const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set(['made', 'sent', 'put', 'read', 'left', 'set', 'sold', 'shot', 'told', 'found', 'held', 'kept', 'brought', 'bought', 'caught', 'taught', 'spread', 'cut']);

/** Where an aside set off by commas from token `c` ends (its closing comma), when it is a participle's or a date's
 * (`, made on Snapchat,`, `, posted late Wednesday,`), within a few words and before the quote at `qi`; else -1. */
function participleAsideEnd(tokens: readonly Token[], c: number, qi: number): number {
  const first = tokens[c + 1];
  if (!isWord(first) || first.cap || !(/(?:ed|en)$/.test(first.lower) || IRREGULAR_PARTICIPLES.has(first.lower))) return -1;
  for (let k = c + 2; k < qi && k - c <= 8; k++) {
    if (tokens[k].text === ',') return k;
    if (!isWord(tokens[k])) return -1;
  }
  return -1;
}

/** A word of the author or date named after a text's noun (`by the Helmstad Institute`, `of 2019`). */
function isAuthorWord(t: Token): boolean {
  return isWord(t) && (t.cap || /^(?:by|of|from|the|a|an)$/.test(t.lower) || /^\d+$/.test(t.text));
}
