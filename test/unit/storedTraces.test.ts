// The traces of the articles' analyses as the persisted index and its delta keep them: an update reads the one
// changed article's calls straight from where they begin, and must get exactly the calls written, whichever article it
// asks for first, and wherever the section's bytes stand in memory.
import * as assert from 'assert';
import { TraceOp, type AnalysisTrace } from '../../src/core/index/analysisTrace';
import type { ArticleAnalysis } from '../../src/core/index/analyzeSources';
import { ByteWriter, CorruptData } from '../../src/core/index/binaryCodec';
import { readTraces, traceReader, writeTraces } from '../../src/core/index/persistedArticles';
import { joinedBytes } from '../../src/core/index/sectionedFile';

/** Article n's calls: some strings shared with other articles (a surname), some its own (its id), one past ASCII. */
function passOf(n: number, calls: number): AnalysisTrace {
  return Array.from({ length: calls }, (_, c) => ({
    op: [TraceOp.LookupName, TraceOp.AddPerson, TraceOp.ToSpeaker][c % 3],
    args: c % 2 ? `article-${n}\u0001ana\u0001kral` : `Burtón ${c}`,
    answer: c % 4 === 0 ? '\u0000' : `kral\u0001Ana Kral\u0001person ${n % 3}`,
  }));
}

const analyses = Array.from({ length: 40 }, (_, n) => ({
  firstPass: passOf(n, n % 7),
  secondPass: n % 3 === 0 ? passOf(n + 100, 1 + (n % 5)) : null,
})) as unknown as ArticleAnalysis[];

function written(): Uint8Array {
  const out = new ByteWriter(16);
  writeTraces(out, analyses);
  return joinedBytes(out.written());
}

const expected = analyses.map((a) => ({ firstPass: a.firstPass, secondPass: a.secondPass }));

describe('the stored traces of the articles’ analyses', () => {
  it('reads back every article’s two passes as written', () => {
    assert.deepStrictEqual(readTraces(written(), analyses.length), expected);
  });

  it('reads any one article first, and then any other, out of order', () => {
    const traces = traceReader(written(), analyses.length);
    for (const i of [33, 0, 39, 12, 12, 1, 27]) assert.deepStrictEqual(traces.of(i), expected[i], `article ${i}`);
  });

  it('reads the same from bytes that do not start at a multiple of four', () => {
    const bytes = written();
    for (const shift of [1, 2, 3]) {
      const moved = new Uint8Array(bytes.length + shift);
      moved.set(bytes, shift);
      assert.deepStrictEqual(readTraces(moved.subarray(shift), analyses.length), expected, `shifted by ${shift}`);
    }
  });

  it('refuses traces written for another number of articles, and an article that is not there', () => {
    assert.throws(() => traceReader(written(), analyses.length + 1), CorruptData);
    assert.throws(() => traceReader(written(), analyses.length).of(analyses.length), RangeError);
  });
});
