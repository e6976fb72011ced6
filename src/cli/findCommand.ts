// `attributor find TEXT`: the source passages that best match TEXT.
import { UsageError, type Options } from './cliOptions';
import { oneLine, openSources } from './openSources';
import { print, printData } from './output';

export async function runFind(o: Options): Promise<number> {
  const text = o.args.join(' ');
  if (!text.trim()) throw new UsageError('find needs the TEXT to look for');
  const index = await openSources(o);
  try {
    const rows = (await index.find(text, o.limit)).map((m) => ({
      source: m.location.sourceId, line: m.location.line + 1, column: m.location.column + 1, text: m.text, speaker: m.speaker?.name ?? null, score: m.score,
    }));
    if (o.json) printData(JSON.stringify(rows, null, 2));
    else print(rows.map((r) => `${r.source}:${r.line}:${r.column}: ${r.speaker ? `${r.speaker}: ` : ''}${oneLine(r.text)}\n`).join(''));
    return 0;
  } finally {
    await index.close();
  }
}
