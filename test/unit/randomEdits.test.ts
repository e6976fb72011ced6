// After a change, the persisted index asks again only the passes whose calls touch a token the change marked
// (traceTouches) and makes the others' changes from their answers: the result must be what a fresh build makes,
// record for record and in order, whatever the change. Random small corpora of people who share surnames, roles,
// organisations with acronyms and descriptions, and random edits of them (changed, added, removed articles), each
// compared with a fresh build.
import * as assert from 'assert';
import fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import { buildCorpusIndex, loadSourceFolders, openCorpusIndex, type CorpusIndex } from '../../src/core';
import { folderCacheStore } from '../../src/node/folderCacheStore';
import { nodeFileSystem } from '../../src/node/nodeFileSystem';
import { rewrite, tempFolder } from '../support/tempFolders';

const PEOPLE = ['Marek Novak', 'Ana Novak', 'Jan Brandt', 'Lena Brandt', 'Ivo Kral', 'Ana Kralova'];
const ROLES = ['the harbour master', 'the mayor', 'the union chief', 'the port minister'];
const GROUPS = ['the Dock Workers Union', 'the DWU', 'the city council', 'the Harbour Board'];
const DESCRIPTIONS = ['a port official', 'the union spokesman', 'a council aide'];

/** One paragraph: a quote given in one of the ways articles give them, or a sentence that names without quoting. */
const paragraph = fc.tuple(fc.integer({ min: 0, max: 6 }), fc.nat(), fc.nat()).map(([form, a, b]) => {
  const person = PEOPLE[a % PEOPLE.length];
  const surname = person.split(' ')[1];
  const role = ROLES[b % ROLES.length];
  const quote = `"We meet on day ${(a + b) % 9}," `;
  switch (form) {
    case 0: return `${quote}said ${person}, ${role}.`;
    case 1: return `${quote}${surname} said.`;
    case 2: return `${quote}${role} said.`;
    case 3: return `${quote}${GROUPS[b % GROUPS.length]} said.`;
    case 4: return `${quote}${DESCRIPTIONS[a % DESCRIPTIONS.length]} said.`;
    case 5: return `${person} met ${GROUPS[b % GROUPS.length]} on Monday.`;
    default: return `${quote}she said.`;
  }
});
const article = fc.array(paragraph, { minLength: 1, maxLength: 3 }).map((ps) => `Harbour news\n\n${ps.join('\n\n')}\n`);
const edit = fc.oneof(
  fc.record({ kind: fc.constant('change' as const), at: fc.nat(), text: article }),
  fc.record({ kind: fc.constant('add' as const), at: fc.nat(), text: article }),
  fc.record({ kind: fc.constant('remove' as const), at: fc.nat(), text: fc.constant('') }),
  // A paragraph added at the end: often a quote by someone the article names already (its calls made before).
  fc.record({ kind: fc.constant('append' as const), at: fc.nat(), text: paragraph }),
);

/** All a check reads of the names: each article's speakers, everyone quoted with their display names, the registry itself. */
function names(index: CorpusIndex) {
  return {
    speakers: index.articles.map((a) => `${path.basename(a.path)}: ${a.quotes.map((q) => q.speaker?.name ?? '-').join(', ')}`),
    quoted: index.speakers.map((s) => `${s.key}: ${s.name}`),
    registry: index.registry.snapshot(),
  };
}

describe('random edits of random small corpora on the persisted index', function () {
  this.timeout(240_000);

  it('gives the names a fresh build gives, updating the persisted index rather than building it anew', async () => {
    let updates = 0;
    // Paragraphs added at the end that were taken without analysing any other article (analysisOnTrace).
    let appendedInPlace = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(article, { minLength: 3, maxLength: 7 }), fc.array(edit, { minLength: 1, maxLength: 3 }), async (texts, edits) => {
        const dir = tempFolder('random-edits');
        const cache = tempFolder('random-edits-cache');
        let next = texts.length;
        texts.forEach((text, i) => fs.writeFileSync(path.join(dir, `a${String(i).padStart(2, '0')}.txt`), text));
        const open = () => openCorpusIndex(nodeFileSystem, [dir], { cache: { store: folderCacheStore(cache), engine: 'test-engine' } });
        await open();
        for (const e of edits) {
          const files = fs.readdirSync(dir).sort();
          if (e.kind === 'change') rewrite(path.join(dir, files[e.at % files.length]), e.text);
          else if (e.kind === 'append') fs.appendFileSync(path.join(dir, files[e.at % files.length]), `\n${e.text}\n`);
          else if (e.kind === 'add') fs.writeFileSync(path.join(dir, `a${String(next++).padStart(2, '0')}.txt`), e.text);
          else if (files.length > 1) fs.rmSync(path.join(dir, files[e.at % files.length]));
          const opened = await open();
          const fresh = buildCorpusIndex((await loadSourceFolders(nodeFileSystem, [dir])).articles);
          assert.deepStrictEqual(names(opened.index), names(fresh));
          if (opened.cache === 'partial') updates++;
          if (opened.cache === 'partial' && opened.index.passes.taken === 0 && e.kind === 'append') appendedInPlace++;
        }
      }),
      { numRuns: 150, seed: 7 },
    );
    assert.ok(updates > 0, 'some edits update the persisted index');
    assert.ok(appendedInPlace > 0, 'some added paragraphs are taken in place');
  });
});
