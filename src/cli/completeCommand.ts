// `attributor complete PREFIX`: the source quotes that complete the start of a quote.
import { UsageError, type Options } from './cliOptions';
import { oneLine, openSources } from './openSources';
import { print, printData } from './output';

export async function runComplete(o: Options): Promise<number> {
  const prefix = o.args.join(' ');
  if (!prefix.trim()) throw new UsageError('complete needs the PREFIX of a quote');
  const index = await openSources(o);
  try {
    const rows = (await index.complete(prefix, o.limit)).map((c) => ({ quote: c.quote, speaker: c.speaker?.name ?? null, source: c.location.sourceId }));
    if (o.json) printData(JSON.stringify(rows, null, 2));
    else print(rows.map((r) => `“${oneLine(r.quote)}” (${r.speaker ?? 'no speaker'}, ${r.source})\n`).join(''));
    return 0;
  } finally {
    await index.close();
  }
}
