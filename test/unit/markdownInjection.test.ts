// Text from files rendered by the editor: whatever a source, sources.json, aliases.json, a file name or the draft
// holds, it shows as the text it is: no link, image, HTML or `$(icon)` forms from it. Markdown is rendered with
// marked, the library VS Code renders hovers and tooltips with.
import * as assert from 'assert';
import fc from 'fast-check';
import type { CompletionItem, MarkupContent } from 'vscode-languageserver-types';
import { commandUri, escapeIcons, escapeMarkdown } from '../../src/service/markdown';
import { draft, memoryService, type TestService } from '../support/memoryWorkspace';
import { decode, injectedMarkup, render } from '../support/renderedMarkdown';
import { FAKE_VERDICT, HOSTILE_ALIASES, HOSTILE_ARTICLE, HOSTILE_ID, HOSTILE_METADATA, HOSTILE_QUOTE, INJECTIONS, renderedIcons } from '../support/hostileWorkspace';

describe('file text rendered by the editor', () => {
  it('escapeMarkdown: any text renders as exactly that text (white space as one space)', () => {
    const samples = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.constantFrom(...INJECTIONS), fc.array(fc.constantFrom(...'[]()!<>`*_~$&#:/@\\|-+.=\n "\'{}^'), { maxLength: 30 }).map((a) => a.join('')));
    fc.assert(
      fc.property(samples, (text) => {
        const clean = text.replace(/\0/g, '');
        const html = render(escapeMarkdown(clean));
        assert.deepStrictEqual(html.match(/<\/?(?!p>)[a-z]+/g), null, html);
        assert.strictEqual(decode(html).trim(), clean.replace(/\s+/g, ' ').trim());
        assert.deepStrictEqual(renderedIcons(escapeMarkdown(clean)), []);
      }),
      { seed: 8, numRuns: 2000 },
    );
  });

  it('escapeIcons: no icon renders from a label text, and the text reads as it was', () => {
    assert.deepStrictEqual(renderedIcons(escapeIcons(`${FAKE_VERDICT} $(alert~spin) \\$(x)`)), []);
    assert.strictEqual(escapeIcons(FAKE_VERDICT).replace(/\\\$\(/g, '$('), FAKE_VERDICT);
  });

  it('commandUri: the arguments survive a Markdown link whatever they hold', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.integer(), (id, start) => {
        const args = [{ sourceId: id, start }];
        const uri = commandUri('attributor.openSource', args);
        assert.doesNotMatch(uri, /[()!*'~ ]/);
        const href = /<a href="([^"]*)"/.exec(render(`[Open source](${uri} "Open")`))?.[1];
        assert.ok(href, uri);
        const query = decode(href).slice('command:attributor.openSource?'.length);
        assert.deepStrictEqual(JSON.parse(decodeURIComponent(query)), args);
      }),
      { seed: 8, numRuns: 1000 },
    );
  });

  describe('a hostile workspace', () => {
    let t: TestService;
    const quoting = `The mayor said "${HOSTILE_QUOTE}".\n\nAnother said "${HOSTILE_QUOTE.slice(0, 24)}`;

    before(async () => {
      t = await memoryService(
        { [`sources/${HOSTILE_ID}.txt`]: HOSTILE_ARTICLE, 'sources/sources.json': HOSTILE_METADATA, '.attributor/aliases.json': HOSTILE_ALIASES },
        {},
        { commandLinks: true },
      );
      assert.strictEqual(t.service.library.current?.articles.length, 1, t.logged.join('\n'));
    });

    it('hover: the source title, outlet, id and speaker show as text; the only links are Attributor’s own', async () => {
      const doc = draft(quoting);
      const hover = await t.service.hover(doc, { line: 0, character: 20 });
      const value = (hover?.contents as MarkupContent).value;
      assert.match(value, /Matches the source/);
      assert.deepStrictEqual(injectedMarkup(value), []);
      const text = decode(render(value));
      assert.ok(text.includes(FAKE_VERDICT), 'the fake verdict shows as the literal text it is');
      assert.ok(text.includes('![pixel](http://attacker.example/pixel.png)'), text);
      const links = [...render(value).matchAll(/<a href="([^"]*)"/g)].map((m) => decode(m[1]));
      assert.strictEqual(links.length, 2, value);
      const open = JSON.parse(decodeURIComponent(links[0].slice(links[0].indexOf('?') + 1))) as Array<{ sourceId: string }>;
      assert.strictEqual(open[0].sourceId, HOSTILE_ID, 'the link opens the hostile source by its own id');
    });

    it('hover without command links: the source id as text', async () => {
      const plain = await memoryService({ [`sources/${HOSTILE_ID}.txt`]: HOSTILE_ARTICLE, 'sources/sources.json': HOSTILE_METADATA });
      const value = ((await plain.service.hover(draft(quoting), { line: 0, character: 20 }))?.contents as MarkupContent).value;
      assert.deepStrictEqual(injectedMarkup(value), []);
      assert.ok(decode(render(value)).includes(HOSTILE_ID));
    });

    it('completion documentation', async () => {
      const doc = draft(quoting);
      const list = await t.service.completion(doc, { line: 2, character: doc.getText().split('\n')[2].length });
      const item = list?.items.find((i: CompletionItem) => i.label === HOSTILE_QUOTE);
      assert.ok(item, JSON.stringify(list?.items.map((i) => i.label)));
      const documentation = (item.documentation as MarkupContent).value;
      assert.deepStrictEqual(injectedMarkup(documentation), []);
      assert.ok(decode(render(documentation)).includes(FAKE_VERDICT));
    });

    it('sources view: labels are plain text, tooltips escaped Markdown', async () => {
      const nodes = [...(await t.service.sourceTree())];
      for (let i = 0; i < nodes.length; i++) if (nodes[i].collapsible) nodes.push(...(await t.service.sourceTree(nodes[i].id)));
      assert.ok(nodes.some((n) => n.kind === 'quote'), 'down to the quotes');
      for (const node of nodes) if (node.tooltip) assert.deepStrictEqual(injectedMarkup(node.tooltip), [], node.tooltip);
      const article = nodes.find((n) => n.kind === 'article')!;
      assert.ok(decode(render(article.tooltip!)).includes('http://attacker.example/article) ![u](http://attacker.example/u.png)'), 'the URL shows as text');
    });

    it('pickers: no icon but Attributor’s own leads a label, none in a description or detail', async () => {
      const items = [
        ...(await t.service.searchSources('rebuild the harbour wall')),
        ...(await t.service.speakers()),
        ...(await t.service.articles()),
        ...(await t.service.quoteCandidates(draft('"We will rebuild the harb'), { start: 25, end: 25 })).items,
      ];
      for (const key of (await t.service.speakers()).map((s) => s.key)) items.push(...(await t.service.speakerQuotes(key)).quotes);
      assert.ok(items.length >= 5, `${items.length} items`);
      for (const item of items) {
        assert.ok(renderedIcons(item.label).length <= 1 && ['quote', 'note', 'person'].includes(renderedIcons(item.label)[0] ?? 'quote'), item.label);
        assert.ok(!renderedIcons(item.label).length || /^\$\(/.test(item.label), item.label);
        for (const text of [item.description ?? '', item.detail ?? '']) assert.deepStrictEqual(renderedIcons(text), [], text);
      }
    });
  });
});
