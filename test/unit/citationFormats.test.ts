import * as assert from 'assert';
import { planCitation, toCslJson, type SourceArticle } from '../../src/core';

const source: SourceArticle = { id: 'harbour-01', path: '/s/harbour-01.txt', text: '', title: 'Port Aldis reopens its harbour after a week of storms.', outlet: 'Port Gazette', url: null, date: '2024-03-02', doubts: [] };
const other: SourceArticle = { ...source, id: 'budget-07', title: 'Budget day', outlet: null, url: 'https://example.org/budget' };

describe('citation formats', () => {
  it('numbers footnotes, defines each source once and reuses the definition', () => {
    const first = planCitation('footnote', source, 'Draft text.');
    assert.strictEqual(first.insertText, '[^1]');
    assert.strictEqual(first.appendText, '\n\n[^1]: “Port Aldis reopens its harbour after a week of storms”. Port Gazette. 2024-03-02.\n', 'the footnote names the source by its title, never its file id');
    const doc = `Draft text.${first.insertText}${first.appendText}`;
    const again = planCitation('footnote', source, doc);
    assert.deepStrictEqual([again.insertText, again.appendText], ['[^1]', null]);
    const second = planCitation('footnote', other, doc);
    assert.strictEqual(second.insertText, '[^2]');
    assert.match(second.appendText!, /^\[\^2\]: .*<https:\/\/example.org\/budget>\n$/);
  });

  it('reuses a footnote written with the source id before footnotes named titles', () => {
    assert.deepStrictEqual(planCitation('footnote', source, 'Text.[^3]\n\n[^3]: “Old title”. Port Gazette. source harbour-01\n').insertText, '[^3]');
    assert.deepStrictEqual(planCitation('footnote', source, 'Text.[^3]\n\n[^3]: “Old title”. source harbour-011\n').insertText, '[^4]', 'another id that begins the same is another source');
  });

  it('numbers after the highest footnote already in the document', () => {
    assert.strictEqual(planCitation('footnote', source, 'See [^4] and [^note].\n\n[^4]: Something else.\n').insertText, '[^5]');
  });

  it('writes inline citations with the outlet, or a link where the URL is known', () => {
    assert.strictEqual(planCitation('inline', source, '').insertText, '(Port Gazette)');
    assert.strictEqual(planCitation('inline', other, '').insertText, '([Budget day](https://example.org/budget))');
  });

  it('writes Pandoc citations and a CSL-JSON bibliography', () => {
    assert.strictEqual(planCitation('pandoc', source, '').insertText, '[@harbour-01]');
    assert.strictEqual(planCitation('pandoc', source, '', { sourceId: 'harbour-01', start: 0, end: 1, line: 4, column: 0 }).insertText, '[@harbour-01, line 5]');
    assert.deepStrictEqual(toCslJson([source])[0], { id: 'harbour-01', type: 'article-newspaper', title: source.title, 'container-title': 'Port Gazette', issued: { 'date-parts': [[2024, 3, 2]] } });
  });
});
