import * as assert from 'assert';
import { addToIgnoreList, checkDraft, isIgnored, parseAliasFile, parseIgnoreFile, serializeIgnoreFile } from '../../src/core';
import { indexOf } from '../support/memoryCorpus';
import { buildCorpusIndex } from '../../src/core';
import { article } from '../support/memoryCorpus';

describe('the ignore file', () => {
  it('round-trips, adds each quote once and matches typography-blind', () => {
    let list = parseIgnoreFile('').list;
    list = addToIgnoreList(list, { quote: '“all available means”', speaker: 'Jon Sato' });
    list = addToIgnoreList(list, { quote: '"ALL available   means"', speaker: 'jon sato' });
    assert.strictEqual(list.entries.length, 1);
    const reread = parseIgnoreFile(serializeIgnoreFile(list)).list;
    assert.ok(isIgnored(reread, 'all available means', 'Jon Sato'));
    assert.ok(!isIgnored(reread, 'all available means', 'Ada Kim'));
  });

  it('reports malformed files and bad entries instead of throwing', () => {
    assert.match(parseIgnoreFile('{oops').problems[0], /not valid JSON/);
    const { list, problems } = parseIgnoreFile(JSON.stringify({ ignore: [{ quote: 'ok' }, { note: 'no quote' }] }));
    assert.strictEqual(list.entries.length, 1);
    assert.match(problems[0], /entry 2/);
  });
});

describe('the alias file', () => {
  it('joins names the sources cannot join by themselves', () => {
    const { table, problems } = parseAliasFile(JSON.stringify({ 'Tobias Renn': ['the mayor of Port Aldis', 'Toby'], bad: 'not a list' }));
    assert.match(problems[0], /bad/);
    const plain = indexOf({ a: '"The market stays open," Toby said.', b: 'Mayor Tobias Renn spoke.' });
    assert.notStrictEqual(plain.resolveSpeaker('Toby')?.key, plain.resolveSpeaker('Tobias Renn')?.key);
    const aliased = buildCorpusIndex([article('a', '"The market stays open," Toby said.'), article('b', 'Mayor Tobias Renn spoke.')], { aliases: table });
    assert.strictEqual(aliased.articles[0].quotes[0].speaker?.name, 'Tobias Renn');
    assert.strictEqual(aliased.resolveSpeaker('the mayor of Port Aldis')?.name, 'Tobias Renn');
  });

  it('holds an alias written with a style or title before the name as the name a text reads there', () => {
    // `Comrade` is a style the reader leaves out of the name (`Comrade Vova said` speaks as `Vova`): the writer's alias
    // `Comrade Vova` had matched nothing, and the draft's quote stayed another person's.
    const { table } = parseAliasFile(JSON.stringify({ 'Tobias Renn': ['Comrade Toby'] }));
    const sources = [article('a', '"The market stays open until the storm has passed," Mayor Tobias Renn said.'), article('b', 'The port reopened.')];
    const aliased = buildCorpusIndex(sources, { aliases: table });
    const draft = 'Comrade Toby said "the market stays open until the storm has passed".\n';
    assert.deepStrictEqual(checkDraft(draft, aliased).findings.filter((f) => f.code === 'misattributed-quote'), []);
    assert.strictEqual(checkDraft(draft, buildCorpusIndex(sources)).findings.filter((f) => f.code === 'misattributed-quote').length, 1, 'without the alias, another person');
  });
});
