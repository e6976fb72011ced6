// After a change, the persisted index replays only the articles whose recorded calls touch a part of the names the
// change made different (traceTouches): what a call touches is worked out from its own words and answer, so a later
// article that names the changed article's new person bare is replayed, and one that names someone else is not.
import * as assert from 'assert';
import * as path from 'path';
import { buildCorpusIndex, loadSourceFolders, openCorpusIndex, type AliasTable, type CorpusIndex } from '../../src/core';
import { SEP, TraceOp } from '../../src/core/index/analysisTrace';
import { repeatedCall } from '../../src/core/index/analyzeSources';
import { CallTokens } from '../../src/core/index/traceTouches';
import { folderCacheStore } from '../../src/node/folderCacheStore';
import { nodeFileSystem } from '../../src/node/nodeFileSystem';
import { rewrite, tempFolder } from '../support/tempFolders';

/** Each article's quotes' speakers, by file. */
function speakers(index: CorpusIndex): string[] {
  return index.articles.map((a) => `${path.basename(a.path)}: ${a.quotes.map((q) => q.speaker?.name ?? '-').join(', ')}`);
}

/**
 * A source folder with its own index cache, holding `files`: `write` changes a file, `open` reads the index through
 * the persisted index, `fresh` builds it afresh with nothing persisted.
 */
function sourceFolder(name: string, files: Record<string, string>) {
  const dir = tempFolder(name);
  const cache = tempFolder('index-cache');
  const write = (file: string, text: string) => rewrite(path.join(dir, file), text);
  for (const [file, text] of Object.entries(files)) write(file, text);
  return {
    write,
    open: (aliases?: AliasTable) => openCorpusIndex(nodeFileSystem, [dir], { cache: { store: folderCacheStore(cache), engine: 'test-engine' }, aliases }),
    fresh: async (aliases?: AliasTable) => buildCorpusIndex((await loadSourceFolders(nodeFileSystem, [dir])).articles, { aliases }),
  };
}

/**
 * All a check can read of an index's names: each article's speakers, everyone quoted in order with their display
 * names, and the registry of names itself (every record in the order it was made, its spellings and roles in the
 * order they came, each role's and head's holders in order, the aliases).
 */
function names(index: CorpusIndex) {
  return { speakers: speakers(index), quoted: index.speakers.map((s) => `${s.key}: ${s.name}`), registry: index.registry.snapshot() };
}

describe('a change replayed on the persisted index', function () {
  this.timeout(60_000);

  it('gives the later articles that name the changed article\'s new person by surname or by role that person, while one naming someone else keeps its speaker', async () => {
    const { write, open, fresh } = sourceFolder('change-replay', {
      'a-pier.txt': 'Pier news\n\n"The pier opens in May," Marek Novak said.\n',
      'b-council.txt': 'Council news\n\nThe council met on Monday.\n',
      'c-budget.txt': 'Budget news\n\n"The budget is final," Novak said.\n',
      'd-quay.txt': 'Quay news\n\n"The quay stays shut for a week," Brandt said.\n',
      'e-dock.txt': 'Dock news\n\n"The dock is closed until Friday," the harbour master said.\n',
    });
    const before = await open();
    assert.strictEqual(before.cache, 'cold');
    assert.deepStrictEqual(speakers(before.index), ['a-pier.txt: Marek Novak', 'b-council.txt: ', 'c-budget.txt: Marek Novak', 'd-quay.txt: Brandt', 'e-dock.txt: the harbour master']);

    // The council article now names Lena Brandt, the harbour master: the quay article, whose `Brandt` the change
    // answers otherwise, and the dock article, whose look-up of the role it answers otherwise, must be replayed; the
    // budget article's look-up of `Novak` is answered as before.
    write('b-council.txt', 'Council news\n\n"We will rebuild the wall," said Lena Brandt, the harbour master.\n');
    const after = await open();
    assert.strictEqual(after.cache, 'partial');
    assert.deepStrictEqual(speakers(after.index), [
      'a-pier.txt: Marek Novak', 'b-council.txt: Lena Brandt', 'c-budget.txt: Marek Novak', 'd-quay.txt: Lena Brandt', 'e-dock.txt: Lena Brandt',
    ]);
    assert.deepStrictEqual(speakers(after.index), speakers(await fresh()));
    // The pier article (before the change) and the budget article are taken from their records, not analysed again.
    assert.ok(after.index.passes.taken >= 2, `taken ${after.index.passes.taken}, analysed ${after.index.passes.analysed}`);
  });

  it('answers as a fresh build after changes made one after another on the stored touches and names: a change that asks what it asked before, then one that renames a person an untouched article names bare', async () => {
    const { write, open, fresh } = sourceFolder('change-sequence', {
      'a-pier.txt': 'Pier news\n\n"The pier opens in May," Marek Novak said.\n',
      'b-council.txt': 'Council news\n\nThe council met on Monday.\n',
      'c-budget.txt': 'Budget news\n\n"The budget is final," Novak said.\n',
      'd-dock.txt': 'Dock news\n\n"The dock is closed until Friday," the harbour master said.\n',
    });
    /** What a check reads of the index: each article's speakers, everyone quoted, and who a bare surname is. */
    const answers = (index: CorpusIndex) => ({
      speakers: speakers(index),
      quoted: index.speakers.map((s) => s.name),
      brandt: index.resolveSpeaker('Brandt')?.name ?? null,
      novak: index.resolveSpeaker('Novak')?.name ?? null,
    });
    assert.strictEqual((await open()).cache, 'cold');

    // A new person and role: the dock article's look-up of the role is answered otherwise, and the names go in the delta.
    write('b-council.txt', 'Council news\n\n"We will rebuild the wall," said Lena Brandt, the harbour master.\n');
    const first = await open();
    assert.strictEqual(first.cache, 'partial');
    assert.strictEqual(answers(first.index).brandt, 'Lena Brandt');
    assert.deepStrictEqual(answers(first.index), answers(await fresh()));

    // Narration only: the budget article asks the names what it asked before, so the names it stands on are the
    // delta's (with Lena Brandt), not the base file's.
    write('c-budget.txt', 'Budget news\n\nThe vote was close.\n\n"The budget is final," Novak said.\n');
    const second = await open();
    assert.strictEqual(second.cache, 'partial');
    assert.deepStrictEqual(answers(second.index), answers(first.index));
    assert.deepStrictEqual(answers(second.index), answers(await fresh()));

    // The pier article now names another Novak first: the budget article, which only looks the surname up (its
    // stored touches read the name, write nothing of it), must be asked again and give the quote to him.
    write('a-pier.txt', 'Pier news\n\n"The pier opens in May," Jan Novak said. "We are ready," Jan Novak added.\n');
    const third = await open();
    assert.strictEqual(third.cache, 'partial');
    assert.deepStrictEqual(answers(third.index), answers(await fresh()));
    assert.match(speakers(third.index)[2], /^c-budget\.txt: Jan Novak$/);
  });

  it('holds the names a fresh build makes, record for record and in order, after changes that add a second person of a surname, change how a person is written, add an acronym and remove a person, and after the alias file changes', async () => {
    const { write, open, fresh } = sourceFolder('change-names', {
      'a-pier.txt': 'Pier news\n\n"The pier opens in May," Marek Novak said.\n',
      'b-council.txt': 'Council news\n\nThe council met on Monday.\n',
      'c-budget.txt': 'Budget news\n\n"The budget is final," Novak said. "We need cranes," the harbour master said.\n',
      'd-union.txt': 'Union news\n\nThe union met on Friday.\n',
      'e-strike.txt': 'Strike news\n\n"We stop at noon," the DWU said.\n',
    });
    const aliases: AliasTable = { entries: [{ name: 'Marek Novak', aliases: ['the pier boss'] }] };
    assert.strictEqual((await open(aliases)).cache, 'cold');
    const step = async (change: () => void) => {
      change();
      const opened = await open(aliases);
      assert.strictEqual(opened.cache, 'partial');
      assert.deepStrictEqual(names(opened.index), names(await fresh(aliases)));
      return opened.index;
    };

    // A second Novak, the harbour master, named before the budget article's bare `Novak`.
    const second = await step(() => write('b-council.txt', 'Council news\n\n"We will rebuild the wall," said Ana Novak, the harbour master.\n'));
    assert.ok(second.registry.snapshot().records.filter((r) => r.last === 'novak').length >= 2);
    // How she is written, fuller in a later article: her display name changes.
    const fuller = await step(() => write('d-union.txt', 'Union news\n\n"The union backs the plan," said Ana Maria Novak. "It is fair," Ana Maria Novak added.\n'));
    assert.notDeepStrictEqual(names(fuller).quoted, names(second).quoted);
    // An organisation with an acronym, which the strike article's `DWU` then names.
    const acronym = await step(() => write('d-union.txt', 'Union news\n\n"We back the plan," the Dock Workers Union said. "It is fair," Ana Maria Novak added.\n'));
    assert.notDeepStrictEqual(names(acronym).speakers, names(fuller).speakers);
    // The first Novak, who the alias table names, no longer in the sources.
    const removed = await step(() => write('a-pier.txt', 'Pier news\n\nThe pier opens in May.\n'));
    assert.notDeepStrictEqual(names(removed).registry, names(acronym).registry);

    // Another alias table: the index is the one a fresh build with it makes.
    const other: AliasTable = { entries: [{ name: 'Ana Novak', aliases: ['the harbour chief'] }] };
    const realiased = await open(other);
    assert.notStrictEqual(realiased.cache, 'warm');
    assert.deepStrictEqual(names(realiased.index), names(await fresh(other)));
  });

  it('takes a quote added at the end by someone the article names already without analysing any other article, answering as a fresh build', async () => {
    const { write, open, fresh } = sourceFolder('change-repeat', {
      'a-pier.txt': 'Pier news\n\n"The pier opens in May," Marek Novak said.\n',
      'b-budget.txt': 'Budget news\n\n"The budget is final," Novak said.\n',
      'c-quay.txt': 'Quay news\n\n"The quay stays shut," Novak said.\n',
    });
    assert.strictEqual((await open()).cache, 'cold');
    write('b-budget.txt', 'Budget news\n\n"The budget is final," Novak said.\n\n"The vote was close," Novak said.\n');
    const after = await open();
    assert.strictEqual(after.cache, 'partial');
    assert.deepStrictEqual(names(after.index), names(await fresh()));
    assert.match(speakers(after.index)[1], /^b-budget\.txt: Marek Novak, Marek Novak$/);
    // Its one pass analysed, on the answers it had: nothing taken again from the other articles' records.
    assert.deepStrictEqual(after.index.passes, { taken: 0, analysed: 1 });
  });

});

describe('a call added at the end of an article, answered by the same call made before it', () => {
  const call = (op: TraceOp, args: string[], answer = '') => ({ op, args: args.join(SEP), answer });
  const novak = `marek novak${SEP}person${SEP}marek${SEP}novak${SEP}`;
  const lookup = call(TraceOp.LookupName, ['b', 'Novak'], novak);
  const shown = call(TraceOp.ToSpeaker, ['marek novak'], `marek novak${SEP}Marek Novak${SEP}person`);

  it('is answered so when nothing after it changed what it reads, a display name held in between included', () => {
    assert.strictEqual(repeatedCall(new CallTokens(), [lookup, shown], TraceOp.LookupName, lookup.args), 0);
    assert.strictEqual(repeatedCall(new CallTokens(), [lookup, shown, lookup], TraceOp.ToSpeaker, shown.args), 1);
  });

  it('is asked again when a call after it registered a name it reads, or when it registers or adds anything itself', () => {
    const jan = call(TraceOp.AddPerson, ['b', 'Jan', 'Novak'], `jan novak${SEP}person${SEP}jan${SEP}novak${SEP}`);
    assert.strictEqual(repeatedCall(new CallTokens(), [lookup, jan], TraceOp.LookupName, lookup.args), undefined);
    assert.strictEqual(repeatedCall(new CallTokens(), [lookup, call(TraceOp.AddGender, ['marek novak', 'male', '1'])], TraceOp.LookupName, lookup.args), undefined);
    assert.strictEqual(repeatedCall(new CallTokens(), [jan], TraceOp.AddPerson, jan.args), undefined);
    assert.strictEqual(repeatedCall(new CallTokens(), [lookup], TraceOp.LookupName, ['b', 'Brandt'].join(SEP)), undefined);
  });
});
