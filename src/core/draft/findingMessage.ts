// What a finding says: its code from a quote's verdict, and its message naming the source by title and outlet.
import type { DraftQuoteReport, FindingCode, QuoteVerdict, SourceMatch } from '../types';
import { describeMeaningChange } from './quoteDiff';

/** How messages name a source. */
export type Describe = (sourceId: string) => string;

function where(match: SourceMatch, describe: Describe): string {
  return `${describe(match.location.sourceId)}, line ${match.location.line + 1}`;
}

/** `“Title” (Outlet)`: how a message names a source, never by its file id alone. */
export function sourceName(article: { readonly id: string; readonly title: string; readonly outlet: string | null } | undefined, sourceId: string): string {
  if (!article) return sourceId;
  const title = article.title.replace(/\s+/g, ' ').trim();
  const short = title.length > 140 ? `${title.slice(0, 139).replace(/\s+\S*$/, '')}…` : title;
  return `“${short || article.id}”${article.outlet ? ` (${article.outlet})` : ''}`;
}

const CODES: Partial<Record<QuoteVerdict, FindingCode>> = {
  misattributed: 'misattributed-quote',
  altered: 'altered-quote',
  unsourced: 'unsourced-quote',
  unquoted: 'unsourced-quote',
  variant: 'variant-quote',
};

/** A quote the sources carry only in narration is worth a word when it is this long: shorter, it is a phrase anyone may quote. */
const UNQUOTED_FINDING_WORDS = 5;

/** The finding's code: an altered quote whose change of words changes what was said is `distorted-quote`. */
export function codeOf(report: DraftQuoteReport): FindingCode | undefined {
  if (report.verdict === 'altered' && report.difference?.meaning.length) return 'distorted-quote';
  if (report.verdict === 'unquoted' && report.text.split(/\s+/).filter(Boolean).length < UNQUOTED_FINDING_WORDS) return undefined;
  return CODES[report.verdict];
}

export function message(report: DraftQuoteReport, describe: Describe): string {
  const match = report.match;
  const at = match ? where(match, describe) : 'the sources';
  const by = match?.speaker ? `, ${match.speaker.name}` : '';
  switch (report.verdict) {
    case 'misattributed': {
      const altered = match && match.similarity < 1 ? ` (and the source's wording differs: “${match.sourceText}”)` : '';
      // A speaker the sources only describe is one whose name they withhold (see withheldSources.ts).
      const speaker = match?.speaker;
      // Words the draft's speaker tells as another's inside their own quote (see recalledWords.ts).
      if (report.recalled) return `In the sources ${speaker?.name} only recalls these words as someone else's, inside ${speaker?.name}'s own quote: ${at}.`;
      if (speaker?.kind === 'description') return `The sources give this quote to someone they do not name (${speaker.name.replace(/^(?:A|An|The)\b/, (c) => c.toLowerCase())}), not ${report.claimedSpeaker?.name}: ${at}${altered}.`;
      // A draft may name nobody and still say who spoke by its pronoun (`," he said` for a woman's words: see pronounTags.ts).
      if (!report.claimedSpeaker) return `The sources attribute this quote to ${speaker?.name}, whom the draft's pronoun for its speaker does not fit: ${at}${altered}.`;
      return `The sources attribute this quote to ${speaker?.name}, not ${report.claimedSpeaker.name}: ${at}${altered}.`;
    }
    case 'altered': {
      const meaning = report.difference?.meaning ?? [];
      if (meaning.length && report.shortened) return `The ellipsis cuts words that change the source's meaning: ${meaning.map(describeMeaningChange).join('; ')}. The source says “${match?.sourceText}”: ${at}${by}.`;
      if (meaning.length) return `The quote changes the source's meaning: ${meaning.map(describeMeaningChange).join('; ')}. The source says “${match?.sourceText}”: ${at}${by}.`;
      return `The quote differs from the source's wording: “${match?.sourceText}”: ${at}${by}.`;
    }
    case 'variant':
      return `The sources word this quote differently: “${match?.sourceText}”: ${at}${by}. Another translation or version of the same words is fine; otherwise use the source's wording.`;
    case 'unquoted':
      return `No source quotes these words: ${match ? describe(match.location.sourceId) : 'a source'} has them in its own narration, not as anyone's quotation (a paraphrase made direct speech?).`;
    case 'unsourced':
      return 'No source contains these quoted words.';
    default:
      return '';
  }
}
