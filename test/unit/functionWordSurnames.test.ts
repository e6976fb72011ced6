// Surnames that are function words (`Al From`, `Ian Read`, `Theresa May`): the name reader stopped at the function
// word, so `said Al From, who...` learnt `Al`, and `"...," From said` later found no one. A text that names such a
// person in full makes the lone surname theirs. Invented sentences.
import * as assert from 'assert';
import * as path from 'path';
import { buildCorpusIndex, loadSourceFolders, openCorpusIndex, type CorpusIndex } from '../../src/core';
import { speakers } from '../support/quoteSpeakers';
import { folderCacheStore } from '../../src/node/folderCacheStore';
import { nodeFileSystem } from '../../src/node/nodeFileSystem';
import { rewrite, tempFolder } from '../support/tempFolders';

describe('surnames that are function words', () => {
  it('learns the full name after a given name and gives the lone surname its quotes', () => {
    const text = '"We won three elections in a row," said Ana From, who founded the council.\n\nVoters then saw the council as "the party of big plans," From said. "Our challenge was to change that."';
    assert.deepStrictEqual(speakers(text), ['Ana From', 'Ana From', 'Ana From']);
  });

  it('reads a titled full name before its verb and the surname after a quote', () => {
    const text = 'Harbour chief executive Ivo Read said the deal was sound.\n\n"We have assessed this deal under the present rules," Read said.';
    assert.deepStrictEqual(speakers(text), ['Ivo Read']);
  });

  it('reads the surname as a subject that opens its sentence before a verb', () => {
    const text = '"The rules are clear," said Ana From, a former adviser.\n\nFrom agreed that the port was late. "We need the crews back by spring," From said.';
    assert.deepStrictEqual(speakers(text), ['Ana From', 'Ana From']);
  });

  it('learns the surname after a courtesy title alone and gives it the quotes of its later uses', () => {
    const text = 'Ms From gave way to the harbour board. "We cannot wait for the bridge any longer, not for one more winter," Ms From replied.\n\nMs From continued: "The ferry must run every hour until the spring comes."';
    assert.deepStrictEqual(speakers(text), ['From', 'From']);
  });

  it('makes no name of the function word where the text names no one so', () => {
    const text = 'From the harbour to the hills, the crews worked late.\n\n"We will finish by spring," From said.';
    assert.deepStrictEqual(speakers(text), [null]);
  });

  it('does not take a day after a name for a surname', () => {
    const text = '"The port reopens next week," said Ana Kral Monday.\n\nThe crews disagreed.\n\n"It will be late," Monday said.';
    assert.deepStrictEqual(speakers(text), ['Ana Kral', null]);
  });

  it('does not read the function word opening a sentence before another name as the person', () => {
    const text = '"The rules are clear," said Ana From, a former adviser.\n\nFrom Reno, Ivo Kral wrote: "The harbour will never pay for itself."';
    assert.deepStrictEqual(speakers(text), ['Ana From', 'Ivo Kral']);
  });
});

describe('surnames that are function words, on a persisted index', function () {
  this.timeout(60_000);

  it('reads the lone surname as a fresh build does when a change has the article looked at again', async () => {
    const dir = tempFolder('function-word-surnames');
    const cache = tempFolder('index-cache');
    const write = (file: string, text: string) => rewrite(path.join(dir, file), text);
    // The pier article's last quote names a role no one holds yet, so the article takes a second look; the change
    // in the council article answers that role otherwise, and the pier article is analysed again from its second
    // pass, which learns no names.
    write('a-pier.txt', 'Pier news\n\n"We won three votes in a row," said Ana From, who chairs the pier board.\n\n"The pier opens in May," From said.\n\n"The dock is closed until Friday," the harbour master said.\n');
    write('b-council.txt', 'Council news\n\nThe council met on Monday.\n');
    const open = () => openCorpusIndex(nodeFileSystem, [dir], { cache: { store: folderCacheStore(cache), engine: 'test-engine' } });
    const fresh = async () => buildCorpusIndex((await loadSourceFolders(nodeFileSystem, [dir])).articles);
    const pier = (index: CorpusIndex) => index.articles.find((a) => a.path.endsWith('a-pier.txt'))!.quotes.map((q) => q.speaker?.name ?? null);
    assert.deepStrictEqual(pier((await open()).index), ['Ana From', 'Ana From', 'the harbour master']);
    write('b-council.txt', 'Council news\n\n"We will rebuild the wall," said Lena Brandt, the harbour master.\n');
    const after = await open();
    assert.deepStrictEqual(pier(after.index), pier(await fresh()));
    assert.deepStrictEqual(pier(after.index).slice(0, 2), ['Ana From', 'Ana From']);
  });
});
