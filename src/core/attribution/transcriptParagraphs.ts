// Transcripts: a paragraph opened by a speaker's label and their unquoted words is theirs to its end, and so are the
// unlabelled paragraphs after it that go on speaking as `I` or `we`, until the next label: official transcripts
// (`President of Russia Vladimir Putin: Colleagues, ...`) print one answer over many paragraphs. A quote there that no
// rule gives to anyone is the label's; never one after a speech verb of someone else's (`They say, "..."`) or a
// second colon, which the speaker is quoting.
import type { Token } from '../text/sentenceTokens';
import { LabelSpeakers, selfBefore } from './labelSpeakers';
import { opensLine } from './lineOpenings';
import type { Resolved } from './resolvedSpeakers';
import { phraseAfter } from './speakerPhrases';
import { readNamePhrase } from './namePhrases';
import { isSpeechVerbAt, isWord } from './tokenClasses';

/** How many sentences of a paragraph after its label (or of a paragraph that carries a turn on) the label speaks for. */
const LABELLED_SENTENCES = 12;
/** How many unlabelled paragraphs a turn may run on after its label's. */
const CARRIED_PARAGRAPHS = 8;
/** Words by which a turn speaks as its speaker (narration speaks of people, not as them). */
const FIRST_PERSON: ReadonlySet<string> = new Set(['i', 'we', 'our', 'us', 'my', "i'm", "we're", "we've", "i've", "we'll", "i'll"]);

interface ParagraphLabel {
  /** The paragraph's first sentence, and its colon's token there (-1: none). */
  readonly s: number;
  readonly colon: number;
  /** A person the label names, or null (`Question:`, `NEW DELHI:`, no label). */
  readonly speaker: Resolved | null;
  /** Whether the paragraph opens with a label of any kind, which ends the turn before it. */
  readonly labelled: boolean;
}

export abstract class TranscriptParagraphs extends LabelSpeakers {
  private paragraphLabels: Map<number, ParagraphLabel> | null = null;
  private firstPerson: Map<number, boolean> | null = null;
  private paragraphStarts: Map<number, number> | null = null;

  /**
   * `Vladimir Putin: Good afternoon, colleagues. ... I would call it "a deliberate provocation."`, `MR PRICE: We have
   * said we would impose "swift and severe costs."`, and the paragraphs of the same answer after it. Only a label of
   * two or more words naming a person (`D. Peskov`, `Sergei Lavrov`) counts: a dateline or a lone capital (`NEW DELHI:`,
   * `UPDATE:`) is no speaker.
   */
  protected paragraphLabel(tokens: readonly Token[], qi: number, s: number): Resolved | null {
    const first = this.paragraphStart(s);
    let label = this.labelOf(first);
    if (!label.labelled) label = this.carriedTurn(first) ?? label;
    if (!label.speaker || s - first > LABELLED_SENTENCES) return null;
    const from = s === label.s ? label.colon + 1 : this.factsOf(s).firstContent;
    // Read back to the quote before, which ends the search: a sentence of many quotes costs each only its own stretch.
    for (let k = qi - 1; k >= from; k--) {
      if (tokens[k].text === ':' || tokens[k].kind === 'quote') return null;
      if (isSpeechVerbAt(tokens, k) && !selfBefore(tokens, Math.max(from, k - 3), k)) return null;
    }
    return label.speaker;
  }

  /** The first sentence of sentence `s`'s paragraph, found once a paragraph (a paragraph of thousands of quotes stays linear). */
  private paragraphStart(s: number): number {
    const { sentences } = this.p;
    const starts = (this.paragraphStarts ??= new Map());
    const paragraph = sentences[s].paragraph;
    let first = starts.get(paragraph);
    if (first === undefined) {
      first = s;
      while (first > 0 && sentences[first - 1].paragraph === paragraph) first--;
      starts.set(paragraph, first);
    }
    return first;
  }

  /** The label opening the paragraph whose first sentence is `first`, read once a paragraph. */
  private labelOf(first: number): ParagraphLabel {
    const labels = (this.paragraphLabels ??= new Map());
    const paragraph = this.p.sentences[first].paragraph;
    let label = labels.get(paragraph);
    if (label) return label;
    const own = this.factsOf(first).tokens;
    const start = this.factsOf(first).firstContent;
    const phrase = opensLine(this.p.masked, own[start]?.start ?? 0) ? phraseAfter(own, start, false) : null;
    const colon = phrase ? phrase.to : -1;
    // The label's words run on unquoted: a quote right after the colon is the label rule's. Its title may run through
    // what it is of (`President of Russia Vladimir Putin:`).
    const labelled = phrase !== null && own[colon]?.text === ':' && isWord(own[colon + 1]);
    const capitals = labelled && own.slice(phrase.from, phrase.to).every((t, i, words) => t.cap || (t.lower === 'of' && i > 0 && words[i - 1].cap && words[i + 1]?.cap === true));
    label = { s: first, colon, speaker: null, labelled };
    if (capitals && readNamePhrase(own, phrase).name.length >= 2) {
      const resolved = this.resolve(own, phrase, first);
      if (resolved && resolved !== 'agency' && resolved.speaker.kind === 'person') label = { s: first, colon, speaker: resolved, labelled };
    }
    labels.set(paragraph, label);
    return label;
  }

  /**
   * The label whose turn runs on into the unlabelled paragraph opening at sentence `first`: each paragraph back to it
   * unlabelled and speaking in the first person, at most CARRIED_PARAGRAPHS of them; null at any other paragraph.
   */
  private carriedTurn(first: number): ParagraphLabel | null {
    let k = first;
    for (let n = 0; n <= CARRIED_PARAGRAPHS && k > 0; n++) {
      if (!this.speaksAsSelf(k)) return null;
      const before = this.paragraphStart(k - 1);
      const label = this.labelOf(before);
      if (label.labelled) return label.speaker ? label : null;
      k = before;
    }
    return null;
  }

  /** Whether the paragraph opening at sentence `first` speaks as `I` or `we` in its first sentences. */
  private speaksAsSelf(first: number): boolean {
    const memo = (this.firstPerson ??= new Map());
    let self = memo.get(first);
    if (self !== undefined) return self;
    self = false;
    const { sentences } = this.p;
    for (let s = first; s < sentences.length && s - first < LABELLED_SENTENCES && sentences[s].paragraph === sentences[first].paragraph && !self; s++) {
      self = this.factsOf(s).tokens.some((t) => isWord(t) && FIRST_PERSON.has(t.lower));
    }
    memo.set(first, self);
    return self;
  }
}
