import * as assert from 'assert';
import { deriveMetadata } from '../../src/core/sources/articleMetadata';

// The outlet line is looked for only where a colon follows `source`, `sources` or `via`: every form the line's
// pattern accepts must still be found, and a colon after those letters elsewhere must not make one.
describe('the outlet an article names on a line of its own', () => {
  const outlet = (text: string) => deriveMetadata(text).outlet;

  it('reads Source, Sources and Via in any case, with white space around the colon', () => {
    assert.strictEqual(outlet('Harbour cranes idle.\nSource: Harbour Weekly'), 'Harbour Weekly');
    assert.strictEqual(outlet('Harbour cranes idle.\n  SOURCES :  Port Gazette.\n'), 'Port Gazette');
    assert.strictEqual(outlet('Harbour cranes idle.\r\nvia\t:\tRiver Post\r\nMore text.'), 'River Post');
  });

  it('reads the line after blank lines, and the outlet on the line after the colon', () => {
    assert.strictEqual(outlet('Harbour cranes idle.\n\n\n   Source:\nHarbour Weekly\n'), 'Harbour Weekly');
  });

  it('finds none where the word is not the first on its line, or no colon follows it', () => {
    assert.strictEqual(outlet('Harbour cranes idle.\nThe main resource: cranes.'), null);
    assert.strictEqual(outlet('Harbour cranes idle.\nA source said: the cranes stay.'), null);
    assert.strictEqual(outlet('Harbour cranes idle.\nSource Harbour Weekly\nTime: noon'), null);
    assert.strictEqual(outlet('No colon here at all. Source and via are words.'), null);
  });

  it('finds the line after many colons that name no outlet', () => {
    const text = `${'Time: noon. '.repeat(2000)}\nVia: Canal Courier`;
    assert.strictEqual(outlet(text), 'Canal Courier');
  });
});
