// Names of the world's traditions as the sources write them, shown in full wherever the engine shows a speaker: a
// given name with its patronymic (`Faisal bin Tarek`) in an index, as in one article read alone.
import * as assert from 'assert';
import * as path from 'path';
import { buildCorpusIndex, checkDraft, loadSourceFolders, openCorpusIndex, type CorpusIndex } from '../../src/core';
import { indexOf } from '../support/memoryCorpus';
import { folderCacheStore } from '../../src/node/folderCacheStore';
import { nodeFileSystem } from '../../src/node/nodeFileSystem';
import { speakers } from '../support/quoteSpeakers';
import { rewrite, tempFolder } from '../support/tempFolders';

const quoted = (index: CorpusIndex) => index.articles.map((a) => a.quotes.map((q) => q.speaker?.name ?? '-').join(', '));

describe('names of the world as the sources write them', function () {
  this.timeout(60_000);

  it('shows a prince named with his patronymic in full in an index, fresh and after another article changes', async () => {
    const dir = tempFolder('patronymic-index');
    const cache = tempFolder('patronymic-cache');
    const write = (file: string, text: string) => rewrite(path.join(dir, file), text);
    write('a-port.txt', 'Port deal signed\n\nRIYADH - Crown Prince Faisal bin Tarek opened the new port on Sunday.\n\nPrince Faisal spoke at the quay. "The ships will come," he said.\n');
    write('b-quay.txt', 'Quay news\n\nThe quay opened on Monday.\n');
    const open = () => openCorpusIndex(nodeFileSystem, [dir], { cache: { store: folderCacheStore(cache), engine: 'test-engine' } });
    const fresh = async () => buildCorpusIndex((await loadSourceFolders(nodeFileSystem, [dir])).articles, {});
    assert.deepStrictEqual(quoted(await fresh()), ['Faisal bin Tarek', '']);
    assert.deepStrictEqual(quoted((await open()).index), ['Faisal bin Tarek', '']);
    write('b-quay.txt', 'Quay news\n\n"The quay is open," said Ana Kral, the harbour master.\n');
    const after = await open();
    assert.strictEqual(after.cache, 'partial');
    assert.deepStrictEqual(quoted(after.index), ['Faisal bin Tarek', 'Ana Kral']);
  });

  it('reads initials set after a short form of a name (`Peskar Vidal, known as TIPV,`) as the person named in full before', () => {
    const article = (rest: string) => `Bridge opens\n\nPORT ALDIS - Governor Tomás Ivo Peskar Vidal opened the bridge on Friday, and Mayor Luis Ruiz joined by video.\n\nPeskar Vidal, known as TIPV, spoke first.\n\nRuiz welcomed the deal. "We will use it every day," he said.\n\n${rest}`;
    // The pronoun after the initials' sentence means the governor, never the man named before.
    assert.deepStrictEqual(speakers(article('Asked about the cost, TIPV was dismissive. "They said the same in 1990," he said.')), ['Luis Ruiz', 'Tomás Ivo Peskar Vidal']);
    assert.deepStrictEqual(speakers(article('"We will not wait," TIPV said.')), ['Luis Ruiz', 'Tomás Ivo Peskar Vidal']);
    // Initials the full name does not spell stay a body's.
    assert.deepStrictEqual(speakers(article('"We will not wait," TIPX said.')), ['Luis Ruiz', 'TIPX']);
  });

  it('reads a surname written with the Arabic article otherwise, or without it (`el-Kadri`, `Kadri`), as the person named `al-Kadri` in full', () => {
    const named = 'Talks open\n\nCAIRO - Prime Minister Omar Fahad al-Kadri hosted the talks on Sunday, and Tomas Berg came from Oslo.\n\n';
    assert.deepStrictEqual(speakers(`${named}"The crossing stays open," el-Kadri said.`), ['Omar Fahad al-Kadri']);
    assert.deepStrictEqual(speakers(`${named}"The crossing stays open," Kadri said.`), ['Omar Fahad al-Kadri']);
    assert.deepStrictEqual(speakers(`${named}Kadri told the meeting that the crossing would stay open. "No convoy will be turned back," he said.`), ['Omar Fahad al-Kadri']);
    // A group's name of that shape, with no one of the name in the text, stays no one's.
    assert.deepStrictEqual(speakers(`${named}"We will fight on," el-Harakat said in a statement.`), [null]);
  });

  it('gives a draft no warning for another outlet\'s spelling of a source\'s speaker, and still warns for another person', () => {
    const index = indexOf({
      kyiv: 'Kyiv talks\n\nKYIV - President Volodymyr Zelenskyy met the defence chiefs on Tuesday. "We will return every village to its people," Zelenskyy said.',
      cairo: 'Cairo talks\n\nCAIRO - Prime Minister Omar Fahad al-Kadri spoke on Sunday. "The crossing will stay open for every convoy," al-Kadri said.',
    });
    const misattributed = (draft: string) => checkDraft(draft, index).findings.filter((f) => f.code === 'misattributed-quote').map((f) => `${f.claimedSpeaker} / ${f.sourceSpeaker}`);
    for (const name of ['Volodymyr Zelensky', 'Zelenskiy', 'Zelensky']) assert.deepStrictEqual(misattributed(`"We will return every village to its people," ${name} said.`), [], name);
    for (const name of ['el-Kadri', 'Kadri', 'Omar Fahad el-Kadri']) assert.deepStrictEqual(misattributed(`"The crossing will stay open for every convoy," ${name} said.`), [], name);
    assert.deepStrictEqual(misattributed('"The crossing will stay open for every convoy," Zelensky said.'), ['Volodymyr Zelenskyy / Omar Fahad al-Kadri']);
  });

  it('reads a name with its particles in full (`Ilse von der Kamp`), whom the surname with or without them means after', () => {
    const named = 'Summit opens\n\nBRUSSELS - Commission President Ilse von der Kamp met the Dutch envoy Pieter van Hoorn on Friday.\n\n';
    assert.deepStrictEqual(speakers(`${named}"Europe is ready," von der Kamp said.\n\n"We came to listen," Hoorn said.`), ['Ilse von der Kamp', 'Pieter van Hoorn']);
    assert.deepStrictEqual(speakers(`${named}"We came to listen," van Hoorn said.`), ['Pieter van Hoorn']);
  });

  it('shows a name with a Portuguese particle in full, and looks it up by the name before the particle, as Brazilian news does', () => {
    const named = 'Floods\n\nPresident Ana Beatriz Mota da Rocha promised on Friday to rebuild the flooded towns, and Finance Minister Paulo Rocha set aside the money.\n\n';
    assert.deepStrictEqual(speakers(`${named}"No family will be left without a roof," Mota said.\n\n"The fund is ready," Rocha said.`), ['Ana Beatriz Mota da Rocha', 'Paulo Rocha']);
  });

  it('reads the last words of a longer name (`Peskar Vidal`, `Thida Aye`) as the person named in full, shown so', () => {
    const named = 'Port news\n\nPORT ALDIS - Governor Ana Lucía Peskar Vidal opened the bridge on Friday, and Daw Khin Thida Aye came from the capital.\n\n';
    assert.deepStrictEqual(speakers(`${named}"The bridge is ours," Peskar Vidal said.\n\n"We paid for half," Thida Aye said.`), ['Ana Lucía Peskar Vidal', 'Daw Khin Thida Aye']);
    // A given name and a surname are someone's own name, not the end of a longer one (`Political Affairs Wendy Kral`
    // had been read as a name from the title before it, and taken a later `Wendy Kral`).
    assert.deepStrictEqual(speakers('Port news\n\nUnder Secretary for Harbour Affairs Wendy Kral came on Friday.\n\n"We paid for half," Wendy Kral said.'), ['Wendy Kral']);
  });

  it('reads the one word a person is said to be known as (`Tomas Widarto, known as Towi,`) as that person', () => {
    const named = 'Unity call\n\nJAKARTA - President Tomas Widarto, known as Towi, called for unity on Monday, and Defence Minister Ivo Kral spoke after him.\n\n';
    assert.deepStrictEqual(speakers(`${named}"We cannot be divided by one crisis," Towi said.`), ['Tomas Widarto']);
    assert.deepStrictEqual(speakers(`${named}Towi was blunt. "We cannot be divided by one crisis," he said.`), ['Tomas Widarto']);
    // A word a place is known as stays no one's; a phrase after `known as` is no nickname.
    assert.deepStrictEqual(speakers('Unity call\n\nThe Harbour District, known as Hardi, voted on Monday. "We voted," Hardi said.'), ['Hardi']);
  });

  it('learns the role set before a name that ends with a patronymic (`Aldia\'s emir, Sheikh Faisal bin Tarek Al Kadri,`)', () => {
    const text = 'Talks\n\nCAIRO - Egypt hosted Aldia\'s emir, Sheikh Faisal bin Tarek Al Kadri, on Sunday, and Ivo Kral.\n\n"We will keep the door open," the emir said.';
    assert.deepStrictEqual(speakers(text), ['Faisal bin Tarek Al Kadri']);
  });

  it('shows a surname said alone with the particles written before it (`dos Vales said`), where the text never names the person in full', () => {
    assert.deepStrictEqual(speakers('Port news\n\n"We will pay every family," dos Vales said on Monday.\n\n"Europe is ready," van der Kamp said.'), ['dos Vales', 'van der Kamp']);
    // A surname said alone after its holder was named in full is still that person.
    assert.deepStrictEqual(speakers('Port news\n\nPresident Ilse van der Kamp spoke. "Europe is ready," van der Kamp said.'), ['Ilse van der Kamp']);
  });
});
