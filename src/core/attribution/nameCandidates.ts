// The registered names a looked-up name may stand for (speakerRegistry.ts's look-up by name), gathered from the
// registry's tables. One object a look-up, not three closures: a draft's check looks up thousands of names.
import { isSpellingVariant } from '../text/normalizeText';
import { onlyParticles } from './nameMatching';
import { sexOfGivenName } from './givenNameSexes';
import { DistinctRecords } from './distinctRecords';
import type { SpeakerKind } from '../types';

// How many records of one bucket a look-up reads. Real texts never come near it; it keeps a text that names
// thousands of people of one surname (`Smith1` … `Smith5000`) linear, at the cost of not joining such variants.
const BUCKET_SCAN = 32;

interface NamedRecord {
  readonly kind: SpeakerKind;
  readonly first: string | null;
  readonly last: string;
}

export class NameCandidates<R extends NamedRecord> {
  readonly found = new DistinctRecords<R>();
  private readonly last: string;
  /** The given names looked up, or null when the name is one word. */
  private readonly first: string | null;

  /** `norm`: the name's normalised words; `phrase`: the words joined by spaces. */
  constructor(norm: readonly string[], first: string | null, private readonly phrase: string) {
    this.last = norm[norm.length - 1];
    this.first = first;
  }

  /** Adds `r` when its name may be the one looked up. */
  consider(r: R): void {
    if (r.kind === 'organisation' || r.kind === 'description') {
      if (r.last === this.phrase) this.found.add(r);
      return;
    }
    const { last, first } = this;
    if (!isSpellingVariant(r.last, last)) return;
    // A surname known alone matches a full name only when spelt the same (`Jan Brewer` is not `Breyer`); a name's last
    // words opening with no given name are the name (`Suu Kyi`, `López Obrador`; `Von der Leyen`, see onlyParticles).
    if (first === null || (r.first === null ? r.last === last : isSpellingVariant(r.first, first) || r.first.split(' ')[0] === first.split(' ')[0] || (r.first.endsWith(` ${first}`) && (sexOfGivenName(first) === null || onlyParticles(first))))) this.found.add(r);
  }

  /** Considers the first records of a bucket. */
  scan(list: readonly R[] | undefined): void {
    for (let i = 0; list && i < list.length && i < BUCKET_SCAN; i++) this.consider(list[i]);
  }
}
