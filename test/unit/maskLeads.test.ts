import * as assert from 'assert';
import { maskLeads } from '../../src/core/text/maskLeads';

// Datelines and capitalised headline leads are blanked where a line starts, wherever that line is in the text and
// whatever ends the lines before it; everything else, and every offset, stays.
describe('hiding datelines and headline leads', () => {
  const spaces = (s: string) => s.replace(/[^\r\n]/g, ' ');

  it('blanks a dateline on the first line and on later lines, and only there', () => {
    const lead = 'PORTVILLE (Harbour Wire) — ';
    const body = 'Ann Lee opened the quay. The cranes stay idle.';
    assert.strictEqual(maskLeads(lead + body), spaces(lead) + body);
    const text = `${body}\n\n${lead}${body}\nShe said PORTVILLE — is far.`;
    assert.strictEqual(maskLeads(text), `${body}\n\n${spaces(lead)}${body}\nShe said PORTVILLE — is far.`);
  });

  it("blanks a feature lede's place in ordinary case before a long dash, once, and only before a paragraph", () => {
    const lede = 'Portville — Every morning at eight, before the crews arrive, Ann Lee opens the gate of the quay.';
    const text = `The keeper of the quay\n\nBy Tom Reid\n\n${lede}\n\nHarbourside — Ann Lee walks the length of the quay again each evening.`;
    assert.strictEqual(maskLeads(text), text.replace('Portville — ', spaces('Portville — ')));
    assert.strictEqual(maskLeads('Ann Lee — Staff Writer\n\nThe quay opened.'), 'Ann Lee — Staff Writer\n\nThe quay opened.');
    assert.strictEqual(maskLeads('Portville — the quay opened again this morning after a long winter of repairs.'), 'Portville — the quay opened again this morning after a long winter of repairs.');
  });

  it("blanks a lede's place before a hyphen set between spaces, as wire and South African copy dates it", () => {
    const lede = 'Portville - Tom Reid stood on the quay at dawn and said simply that the cranes would move again.';
    const text = `Cranes move again\n\n${lede}`;
    assert.strictEqual(maskLeads(text), text.replace('Portville - ', spaces('Portville - ')));
    // A name and a hyphen before a short line is a byline, and a hyphen inside prose no dateline.
    assert.strictEqual(maskLeads('Ann Lee - Staff Writer\n\nThe quay opened.'), 'Ann Lee - Staff Writer\n\nThe quay opened.');
    assert.strictEqual(maskLeads('Intro.\n\nThe quay - long closed - opened again this morning after a long winter.'), 'Intro.\n\nThe quay - long closed - opened again this morning after a long winter.');
  });

  it('reads a line after a carriage return or a line separator as a line start too', () => {
    for (const end of ['\r\n', '\r', '\u2028']) {
      const text = `Harbour news${end}NORTHPORT, Eastland: Ann Lee spoke.`;
      assert.strictEqual(maskLeads(text), `Harbour news${end}${spaces('NORTHPORT, Eastland: ')}Ann Lee spoke.`);
    }
  });

  it('blanks a lead behind quote marks or indentation, and one whose dash is on the next line', () => {
    assert.strictEqual(maskLeads('Intro.\n> SOUTHBAY — Ann Lee spoke.'), `Intro.\n${spaces('> SOUTHBAY — ')}Ann Lee spoke.`);
    assert.strictEqual(maskLeads('Intro.\nSOUTHBAY\n— Ann Lee spoke.'), `Intro.\n${spaces('SOUTHBAY\n— ')}Ann Lee spoke.`);
  });

  it('blanks a headline in capitals run into the text, and keeps lines that open otherwise', () => {
    const text = 'QUAY CRANES IDLE AGAIN — Ann Lee told reporters.\nThe QUAY CRANES IDLE story.\n"QUAY CRANES IDLE," she said.\nÉcluse news.';
    assert.strictEqual(maskLeads(text), `${spaces('QUAY CRANES IDLE AGAIN — ')}Ann Lee told reporters.\nThe QUAY CRANES IDLE story.\n"QUAY CRANES IDLE," she said.\nÉcluse news.`);
    assert.strictEqual(maskLeads('Intro.\n2026 QUAY CRANES Ann Lee spoke.'), `Intro.\n${spaces('2026 QUAY CRANES ')}Ann Lee spoke.`);
  });

  it('blanks on lines ending in \\n just what the patterns blank on lines ending in \\r\\n', () => {
    // The \n lines are tried only where a line's first characters allow a match; the \r\n lines take the engine's replace.
    const lines = [
      'Advertisement', '  ADVERTISEMENT...', 'Share this article', 'Skip to main content', 'Story continues below advertisement', 'Read more:',
      'Image caption', 'Listen to this article', 'Continue reading the main story', '\u017Fhare this story', 'Readers wrote in.', 'Sharing is rare.',
      'QUAY CRANES IDLE AGAIN — Ann Lee spoke.', '2026 QUAY CRANES Ann Lee spoke.', 'Q.E.D. NOW HERE Ann Lee spoke.', 'ÉCLUSE QUAY IDLE — Ann Lee spoke.',
      '   QUAY CRANES IDLE — Ann Lee spoke.', '    QUAY CRANES IDLE — Ann Lee spoke.', 'Quay Cranes Idle — Ann Lee spoke.', '12:02 Ann Lee hits back.',
      'PORTVILLE (Harbour Wire) — Ann Lee spoke.', 'Ann Lee said the quay was shut.', '> SOUTHBAY — Ann Lee spoke.', '# ADVERTISEMENT',
    ];
    const unix = lines.join('\n');
    assert.strictEqual(maskLeads(unix), maskLeads(lines.join('\r\n')).replace(/\r\n/g, '\n'));
    assert.notStrictEqual(maskLeads(unix), unix);
  });

  it('blanks a lone city in capitals with a colon opening the lede (`PORTVILLE: Ann Lee ...`), never a transcript\'s labels', () => {
    const lead = 'PORTVILLE: ';
    const body = 'Ann Lee opened the quay on Monday.';
    assert.strictEqual(maskLeads(`Quay reopens\n\n${lead}${body}`), `Quay reopens\n\n${spaces(lead)}${body}`);
    const transcript = 'LEE: Thank you all for coming.\nORTIZ: Thank you for having me.';
    assert.strictEqual(maskLeads(transcript), transcript);
    const mixed = 'Ann Lee: Thank you all for coming.\nORTIZ: Thank you for having me.';
    assert.strictEqual(maskLeads(mixed), mixed);
  });
});
