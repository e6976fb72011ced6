// The persisted index: a run from a warm or partly-warm cache answers exactly as a fresh build of the same files
// (findings, speakers, find, complete), after a file changed, was added or removed (damaged files:
// damagedIndexFiles.test.ts).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { openCorpusIndex, type CorpusIndex } from '../../src/core';
import { prepareCompletionSteps } from '../../src/core/index/corpusIndex';
import { runSteps, type Steps } from '../../src/core/index/stepwise';
import { folderCacheStore } from '../../src/node/folderCacheStore';
import { nodeFileSystem } from '../../src/node/nodeFileSystem';
import { createGenerator } from '../support/generateCorpus';
import { BUNDLED_CORPUS } from '../support/memoryCorpus';
import { answers, assertSameAsFresh, baseFile, ENGINE, fresh, generatedSources, open, probesOf, writeGenerated } from '../support/persistedIndexChecks';
import { rewrite, tempFolder } from '../support/tempFolders';

describe('the persisted index', function () {
  this.timeout(120_000);

  it('answers from a warm cache exactly as a fresh build of the bundled corpus, without analysing again', async () => {
    const cache = tempFolder('index-cache');
    const cold = await assertSameAsFresh([BUNDLED_CORPUS], cache, 'cold');
    assert.strictEqual(cold.reused, 0);
    const warm = await assertSameAsFresh([BUNDLED_CORPUS], cache, 'warm');
    assert.strictEqual(warm.reused, warm.index.articles.length);
  });

  it('reads a warm cache back a part at a time (a language server answers between the parts), answering as a fresh build', async () => {
    const { dir, cache } = generatedSources(300, 5);
    await assertSameAsFresh([dir], cache, 'cold');
    let pauses = 0;
    const inSteps = async <T>(steps: Steps<T>): Promise<T> => {
      for (;;) {
        const step = steps.next();
        if (step.done) return step.value;
        pauses++;
        await new Promise((resolve) => setImmediate(resolve));
      }
    };
    const opened = await openCorpusIndex(nodeFileSystem, [dir], { cache: { store: folderCacheStore(cache), engine: ENGINE }, runSteps: inSteps });
    assert.strictEqual(opened.cache, 'warm');
    // Before, the file was read, checked and made an index in one go: no pause at all.
    const megabytes = fs.statSync(path.join(cache, fs.readdirSync(cache)[0])).size / 2 ** 20;
    assert.ok(pauses >= Math.max(2, Math.floor(megabytes)), `${pauses} pauses reading a ${megabytes.toFixed(1)} MB index`);
    const reference = await fresh([dir]);
    const { probes, draft } = probesOf(reference);
    assert.deepStrictEqual(answers(opened.index, probes, draft), answers(reference, probes, draft));
  });

  it('gives every article read back (decoded on first use) exactly as a fresh build does, in any order of use and as a copy, and completes as it once made ready', async () => {
    const { dir, cache } = generatedSources(60, 11);
    await open([dir], cache);
    const warm = await open([dir], cache);
    assert.strictEqual(warm.cache, 'warm');
    const reference = await fresh([dir]);
    assert.strictEqual(warm.index.articles.length, reference.articles.length);
    // Last first: an article is decoded from its own block, whichever was used before it.
    for (let i = reference.articles.length - 1; i >= 0; i--) {
      const read = warm.index.articles[i];
      assert.deepStrictEqual({ ...read }, { ...reference.articles[i] }, `article ${i}`);
      assert.deepStrictEqual(JSON.parse(JSON.stringify(read)), JSON.parse(JSON.stringify(reference.articles[i])), `article ${i} as JSON`);
      assert.strictEqual(warm.index.article(read.id), read);
    }
    runSteps(prepareCompletionSteps(warm.index));
    const { probes, draft } = probesOf(reference);
    assert.deepStrictEqual(answers(warm.index, probes, draft), answers(reference, probes, draft));
  });

  it('after one file changed, one added and one removed, answers as a fresh build, analysing again only what changed', async () => {
    const { dir, cache } = generatedSources(60, 11);
    await assertSameAsFresh([dir], cache, 'cold');

    // A person introduced with a new full name and title in a changed article: others that name them bare may now resolve.
    const files = fs.readdirSync(dir).sort();
    const changed = path.join(dir, files[7]);
    const person = fs.readFileSync(path.join(dir, files[3]), 'utf8').match(/([A-Z][a-z]+ [A-Z][a-z]+) (said|told)/)?.[1] ?? 'Ann Lee';
    rewrite(changed, `${fs.readFileSync(changed, 'utf8')}\n"We will rebuild the harbour wall," said ${person}, the harbour minister.\n`);
    const base = baseFile(cache);
    let opened = await assertSameAsFresh([dir], cache, 'partial');
    assert.strictEqual(opened.reused, files.length - 1);
    assert.ok(opened.index.passes.analysed < opened.index.passes.taken, `analysed ${opened.index.passes.analysed}, taken ${opened.index.passes.taken}`);

    writeGenerated(dir, 60, 1, 11);
    opened = await assertSameAsFresh([dir], cache, 'partial');
    assert.strictEqual(opened.reused, files.length);

    fs.rmSync(path.join(dir, files[3]));
    opened = await assertSameAsFresh([dir], cache, 'partial');
    assert.strictEqual(opened.reused, files.length);

    // Changes pile up in the delta: the changed article again, and one that names nobody new.
    rewrite(changed, `${fs.readFileSync(changed, 'utf8')}\n"The wall is done," the harbour minister said.\n`);
    rewrite(path.join(dir, files[20]), `${fs.readFileSync(path.join(dir, files[20]), 'utf8')}\nThe meeting ended late.\n`);
    await assertSameAsFresh([dir], cache, 'partial');
    await assertSameAsFresh([dir], cache, 'warm');
    // The persisted index itself was never written again: every change is in the small file beside it.
    assert.deepStrictEqual(baseFile(cache), base);
    const delta = fs.readdirSync(cache).find((f) => f.endsWith('.delta'));
    assert.ok(delta && fs.statSync(path.join(cache, delta)).size < base.size / 4, `${delta}: a delta a fraction of the index`);
  });

  it('takes a changed article that asks of the names what it asked before without analysing the others again, answering as a fresh build', async () => {
    const { dir, cache } = generatedSources(60, 17);
    await assertSameAsFresh([dir], cache, 'cold');
    const files = fs.readdirSync(dir).sort();
    // A sentence of narration that names no one and quotes nothing: every name the article registers is as it was.
    const changed = path.join(dir, files[9]);
    rewrite(changed, `${fs.readFileSync(changed, 'utf8')}\nThe meeting ended late, and the vote was put off until the spring.\n`);
    const opened = await assertSameAsFresh([dir], cache, 'partial');
    assert.deepStrictEqual(opened.index.passes, { taken: 0, analysed: 1 }, 'the changed article analysed, no other replayed');
    assert.ok(opened.index.articles.find((a) => a.path === changed)?.text.includes('the vote was put off'), 'the new text is indexed');
    await assertSameAsFresh([dir], cache, 'warm');
  });

  it('analyses every article again in order when a changed article names someone anew, giving another article\'s quote its new speaker as a fresh build does', async () => {
    const dir = tempFolder('named-anew');
    fs.writeFileSync(path.join(dir, 'a-harbour.txt'), 'Harbour report\n\nThe council met on Monday.\n\n"The wall will hold through the winter storms," Lee said.\n\n"Nobody should sail out before the repairs are finished," the harbour master Ivo Brandt told reporters.\n');
    fs.writeFileSync(path.join(dir, 'b-budget.txt'), 'Budget news\n\nThe budget passed on Tuesday.\n\n"We have money for the schools and the roads," Mayor Tom Reyes said.\n\n"The council has cut every line that it could cut this year," said Councillor Nora Fitz.\n\n"We will watch how the money is spent in every district," Reyes added.\n');
    fs.writeFileSync(path.join(dir, 'c-ports.txt'), 'Port news\n\nThe ports reopened on Wednesday after the storm.\n');
    const cache = tempFolder('index-cache');
    const speakerOfWall = (index: CorpusIndex) => index.articles.find((a) => a.id.includes('harbour'))!.quotes[0].speaker?.name;
    const before = await assertSameAsFresh([dir], cache, 'cold');
    assert.strictEqual(speakerOfWall(before.index), 'Lee');
    const ports = path.join(dir, 'c-ports.txt');
    rewrite(ports, `${fs.readFileSync(ports, 'utf8')}\n"The cranes will be repaired before spring," said Ann Lee, the harbour minister.\n`);
    const after = await assertSameAsFresh([dir], cache, 'partial');
    assert.strictEqual(speakerOfWall(after.index), 'Ann Lee', 'the other article\'s bare surname now names the minister');
    assert.ok(after.index.passes.taken > 0, 'the other articles were made again from their traces');
    await assertSameAsFresh([dir], cache, 'warm');
  });

  it('gives the people an added, renamed or removed article names to the later articles that name them bare (surname, spelling variant, acronym, role), as a fresh build does', async () => {
    const dir = tempFolder('added-names');
    const write = (name: string, text: string) => rewrite(path.join(dir, name), text);
    write('b-wall.txt', 'Harbour report\n\nThe council met on Monday.\n\n"The wall will hold through the winter storms," Kovac said.\n');
    write('c-board.txt', 'Board news\n\nThe board met on Tuesday.\n\n"Inspections start next week and run until the spring," the CSB said in a statement.\n');
    write('d-master.txt', 'Port news\n\nThe ports reopened.\n\n"Nobody sails before the repairs are finished," the port director said.\n');
    write('g-quay.txt', 'Quay news\n\n"The quay stays shut for a week," the harbour master said.\n');
    write('e-budget.txt', 'Budget news\n\n"We have money for the schools and the roads," Mayor Tom Reyes said.\n');
    write('f-pier.txt', 'Pier news\n\n"The pier opens in May if the weather holds," Lindqvist said.\n');
    const cache = tempFolder('index-cache');
    const speakers = (index: CorpusIndex) => index.articles.map((a) => `${path.basename(a.path)}: ${a.quotes.map((q) => q.speaker?.name ?? '-').join(', ')}`);
    const alone = await assertSameAsFresh([dir], cache, 'cold');
    assert.deepStrictEqual(speakers(alone.index).slice(0, 3), ['b-wall.txt: Kovac', 'c-board.txt: CSB', 'd-master.txt: the port director']);
    // Added first, it names them before every other article: each later look-up of the surname, a variant of it, the
    // acronym and the role now finds them, though those articles did not change.
    write('a-news.txt', 'Harbour news\n\n"We will rebuild the wall before the winter," said Ana Kovac, the harbour master.\n\n"Every pier will be checked by spring," said a spokesman for the Coastal Safety Board.\n\n"The money is there," said Eva Lindquist, the chief port director.\n');
    const added = await assertSameAsFresh([dir], cache, 'partial');
    assert.deepStrictEqual(speakers(added.index), [
      'a-news.txt: Ana Kovac, a spokesman, Eva Lindquist', 'b-wall.txt: Ana Kovac', 'c-board.txt: Coastal Safety Board', 'd-master.txt: Eva Lindquist', 'e-budget.txt: Tom Reyes', 'f-pier.txt: Eva Lindquist', 'g-quay.txt: Ana Kovac',
    ]);
    write('a-news.txt', 'Harbour news\n\n"We will rebuild the wall before the winter," said Ivo Kovac, the harbour engineer.\n');
    await assertSameAsFresh([dir], cache, 'partial');
    fs.rmSync(path.join(dir, 'a-news.txt'));
    const removed = await assertSameAsFresh([dir], cache, 'partial');
    assert.deepStrictEqual(speakers(removed.index), speakers(alone.index));
  });

  it('writes the index whole again once the changes outgrow a small share of it, answering as a fresh build throughout', async () => {
    const { dir, cache } = generatedSources(80, 13);
    await assertSameAsFresh([dir], cache, 'cold');
    const base = baseFile(cache);
    const files = fs.readdirSync(dir).sort();
    for (const f of files.slice(0, 40)) rewrite(path.join(dir, f), `${fs.readFileSync(path.join(dir, f), 'utf8')}\nThe council will meet again.\n`);
    await assertSameAsFresh([dir], cache, 'partial');
    assert.notDeepStrictEqual(baseFile(cache), base, 'forty of eighty articles changed: the index is written whole');
    const compacted = baseFile(cache);
    rewrite(path.join(dir, files[50]), `${fs.readFileSync(path.join(dir, files[50]), 'utf8')}\nThe council adjourned.\n`);
    await assertSameAsFresh([dir], cache, 'partial');
    assert.deepStrictEqual(baseFile(cache), compacted, 'one more change goes in the delta of the new index');
    await assertSameAsFresh([dir], cache, 'warm');
  });

  it('keeps every kind of attribution and speaker the engine makes (a quote without a speech verb, a label, joint speakers, an organisation)', async () => {
    const dir = tempFolder('attribution-forms');
    fs.writeFileSync(path.join(dir, 'senate.txt'), [
      'Senate fight over the gun law',
      'Senator Ted Cruz blamed the law on "knuckleheaded politicians" in Washington.',
      '"We will not give in," Cruz said on Tuesday. "Not now, not ever."',
      'According to the White House, the bill is "dead on arrival" in its present form.',
      '"This is a sad day for the country," said Mayor Ann Lee and Governor Ben Okafor in a joint statement.',
      'The Justice Department said the law was "unenforceable as written".',
    ].join('\n\n') + '\n');
    fs.writeFileSync(path.join(dir, 'hearing.md'), '# Hearing transcript\n\n**Reyes**: "We have no record of that meeting."\n\n**Cruz**: "Then find one."\n\nThe ports are \'open for business\' - Ann Lee\n');
    const cache = tempFolder('index-cache');
    await assertSameAsFresh([dir], cache, 'cold');
    await assertSameAsFresh([dir], cache, 'warm');
  });

  it('takes an article again only while its sources.json entry is as it was: an entry given, changed or removed reads it anew', async () => {
    const dir = tempFolder('index-metadata');
    const cache = tempFolder('index-metadata-cache');
    fs.writeFileSync(path.join(dir, 'pier.txt'), 'Pier news\n\n"The pier opens in May," Marek Novak said.\n');
    fs.writeFileSync(path.join(dir, 'quay.txt'), 'Quay news\n\n"The quay stays shut for a week," harbour master Lena Brandt said.\n\n"We will need every crane," Brandt said.\n');
    fs.writeFileSync(path.join(dir, 'dock.txt'), 'Dock news\n\n"The dock is closed until Friday," Novak said.\n');
    const metadata = (title: string | null) => {
      const file = path.join(dir, 'sources.json');
      if (title === null) fs.rmSync(file);
      else fs.writeFileSync(file, JSON.stringify({ sources: [{ id: 'quay', title, outlet: 'Harbour Weekly' }] }));
    };
    const title = (opened: Awaited<ReturnType<typeof assertSameAsFresh>>) => opened.index.article('quay')?.title;
    await assertSameAsFresh([dir], cache, 'cold');
    assert.strictEqual(title(await assertSameAsFresh([dir], cache, 'warm')), 'Quay news');
    metadata('The quay, a week shut');
    assert.strictEqual(title(await assertSameAsFresh([dir], cache, 'partial')), 'The quay, a week shut');
    assert.strictEqual(title(await assertSameAsFresh([dir], cache, 'warm')), 'The quay, a week shut');
    metadata('The quay reopens');
    assert.strictEqual(title(await assertSameAsFresh([dir], cache, 'partial')), 'The quay reopens');
    metadata(null);
    assert.strictEqual(title(await assertSameAsFresh([dir], cache, 'partial')), 'Quay news');
  });

  it('places words past the 65,536th character of a long article where a fresh build does', async () => {
    const dir = tempFolder('long-article');
    writeGenerated(dir, 0, 6, 3);
    const generator = createGenerator('the council met on monday to discuss the budget and the harbour plans', 3, 25);
    const body = Array.from({ length: 60 }, (_, i) => generator.article(100 + i).text).join('\n\n');
    const late = '"The sea wall will hold through the winter storms," said harbour engineer Petra Novak.';
    fs.writeFileSync(path.join(dir, 'long.txt'), `Harbour works\n\n${body}\n\n${late}\n`);
    assert.ok(body.length > 0x10000, `the article is ${body.length} characters long`);
    const cache = tempFolder('index-cache');
    await assertSameAsFresh([dir], cache, 'cold');
    const warm = await assertSameAsFresh([dir], cache, 'warm');
    const located = warm.index.locate('The sea wall will hold through the winter storms');
    assert.strictEqual(located.exact.length, 1);
    assert.ok(located.exact[0].location.start > 0x10000, `found at ${located.exact[0].location.start}`);
    assert.strictEqual(located.exact[0].speaker?.name, 'Petra Novak');

    // The long article changed: the patched index reads its words (starts past 65,535) from the delta's own arrays,
    // and the other articles' from the persisted index's, in place.
    const later = '"The harbour cranes will be moved before spring," said harbour engineer Petra Novak.';
    rewrite(path.join(dir, 'long.txt'), `${fs.readFileSync(path.join(dir, 'long.txt'), 'utf8')}\n${later}\n`);
    const patched = await assertSameAsFresh([dir], cache, 'partial');
    const reference = await fresh([dir]);
    for (const index of [patched.index, await assertSameAsFresh([dir], cache, 'warm').then((o) => o.index)]) {
      const moved = index.locate('The harbour cranes will be moved before spring');
      assert.strictEqual(moved.exact.length, 1);
      assert.ok(moved.exact[0].location.start > 0x10000, `found at ${moved.exact[0].location.start}`);
      // An altered quote is aligned word by word within the changed article, as in a fresh build.
      const altered = 'The harbour cranes will surely be moved before the spring';
      assert.deepStrictEqual(JSON.stringify(index.locate(altered)), JSON.stringify(reference.locate(altered)));
      assert.ok(index.locate(altered).closest, 'the altered quote is found close to its source');
    }
  });
});
