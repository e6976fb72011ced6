// Names as world news writes them, read on invented sentences: a knight's or dame's style kept with the given name
// (`Sir Keir` for Sir Keir Starmer), and a surname that is also a title before a generational suffix (`King Jr.`).
import * as assert from 'assert';
import * as path from 'path';
import { analyzeText, buildCorpusIndex, loadSourceFolders, openCorpusIndex, type CorpusIndex } from '../../src/core';
import { folderCacheStore } from '../../src/node/folderCacheStore';
import { nodeFileSystem } from '../../src/node/nodeFileSystem';
import { speakers } from '../support/quoteSpeakers';
import { rewrite, tempFolder } from '../support/tempFolders';

describe('names as world news writes them', function () {
  this.timeout(60_000);

  it('reads `Sir` or `Dame` with a given name as the knight or dame named in full before, not a new person', () => {
    assert.deepStrictEqual(speakers('Sir Ivo Peskar opened the pier on Monday.\n\n"It is ready at last," Sir Ivo said.'), ['Sir Ivo Peskar']);
    assert.deepStrictEqual(speakers('Dame Ana Kral sang at the gala. "I loved every minute," Dame Ana said.'), ['Dame Ana Kral']);
    // The surname still finds the person, with another style before it.
    assert.deepStrictEqual(speakers('Sir Ivo Peskar opened the pier. "It is ready," Mr Peskar said.'), ['Sir Ivo Peskar']);
  });

  it('keeps apart a knight of another given name, and a lord, whose style goes with the surname', () => {
    assert.deepStrictEqual(speakers('Sir Ivo Peskar opened the pier. "It is ready," Sir Tomas said.'), ['Sir Tomas']);
    assert.deepStrictEqual(speakers('Sir Ivo Peskar opened the pier. "We waited years," Lord Ivo said.'), ['Lord Ivo']);
    // `Mr Ivo` is no short form of anyone's: only a knight's and a dame's style goes with the given name.
    assert.deepStrictEqual(speakers('Ivo Peskar opened the pier. "It is ready," Sir Ivo said.'), ['Sir Ivo']);
  });

  it('reads a surname that is also a title before `Jr.` or `III` as the surname, with the whole name', () => {
    assert.deepStrictEqual(speakers('Marcus Aurel King Jr. said that "the river is rising."'), ['Marcus Aurel King Jr']);
    assert.deepStrictEqual(speakers('Tomas Bishop III said in a statement that the march was "a reminder to us all."'), ['Tomas Bishop III']);
    // A title before the given names stays a title.
    assert.deepStrictEqual(speakers('Mayor Ana Bishop Jr. said that "the river is rising."'), ['Ana Bishop Jr']);
    // Without a suffix the title words keep their reading.
    assert.deepStrictEqual(speakers('Ana Kral spoke first. "The river is rising," the King said.'), ['the King']);
  });

  it('reads a one-word name given an age (`Madonna, 65,`) as a person a later description can mean, never past it to an earlier speaker', () => {
    const before = 'Ronaldo said he watched every game. "I will always be a fan," Ronaldo said.\n\n';
    assert.deepStrictEqual(speakers(`${before}Selenka, 65, told fans in London that she was well. "I am still standing," the singer said.`), ['Ronaldo', 'Selenka']);
    // A number that is no age leaves the lone capital no one, and the description no one, not the earlier speaker.
    assert.deepStrictEqual(speakers(`${before}Harbor, 1898, agreed to the deal. "I am still standing," the singer said.`), ['Ronaldo', 'the singer']);
  });

  it('reads a given name set off after `his son` or `her wife of 60 years` as the speaker, as an obituary names the family', () => {
    assert.deepStrictEqual(speakers('Ivo Peskar died on Tuesday.\n\n"He fed the whole street," his son, Tomas, said.'), ['Tomas']);
    assert.deepStrictEqual(speakers('Ivo Peskar died on Tuesday.\n\nHis wife of 60 years, Marta, said: "He never missed a Sunday."'), ['Marta']);
    // The son's `he said` after his own sentence is never the man the obituary is about (the son, or no one named).
    const family = 'Ivo Peskar, who ran a bakery, died on Tuesday. He was 84.\n\n"He fed the whole street," his daughter, Ana Peskar, said.\n\nHis son, Tomas, said he was still baking at 80. "He was up at 3 a.m. every day," he said.';
    assert.notStrictEqual(speakers(family)[1], 'Ivo Peskar');
    // Not after a word for a thing or a place, nor without the possessive.
    assert.notDeepStrictEqual(speakers('Ivo Peskar died on Tuesday.\n\n"He fed the whole street," his hometown, Leeds, said.'), ['Leeds']);
  });

  it('reads the Chinese family name `He` after a title and before a given name as a name, not the pronoun', () => {
    assert.deepStrictEqual(speakers('Vice Premier He Lifeng met the delegation. He said the sides should "handle differences."\n\n"We both gain," He said.'), ['He Lifeng', 'He Lifeng']);
    assert.deepStrictEqual(speakers('Ana Kral spoke first. Then scientist He Jiankui said that "the twins are healthy."'), ['He Jiankui']);
    // The pronoun opening a sentence stays the pronoun.
    assert.deepStrictEqual(speakers('Ivo Kral arrived at the talks. He said that "the talks went well."'), ['Ivo Kral']);
  });

  it('reads a surname with its lower-case particle (`al-Kadri`) as the end of a full name, and alone as that person where the text names them in full', () => {
    assert.deepStrictEqual(speakers('Prime Minister Omar Fahad al-Kadri said water was discussed. "Water is life for us," al-Kadri said.'), ['Omar Fahad al-Kadri']);
    assert.deepStrictEqual(speakers('President Abdel Samir el-Baz spoke on Monday. "The border is safe," said el-Baz.'), ['Abdel Samir el-Baz']);
    // A group's name of that shape, with no one of the name in the text, stays no one.
    assert.deepStrictEqual(speakers('Ahmed Omar spoke first. "We will fight on," al-Harakat said in a statement.'), [null]);
  });

  it('reads a quote after `the book was` or `the film is` as said of the work, not as its title', () => {
    assert.deepStrictEqual(speakers('Ivo Kral told fans on his blog that the next book was "coming along."'), ['Ivo Kral']);
    assert.deepStrictEqual(speakers('Ana Kral said the show was "a total mess" and quit.'), ['Ana Kral']);
    // A title right after its marker, or named by one, stays no one's.
    assert.deepStrictEqual(speakers('Ana Kral wrote the book "Coming Along."'), [null]);
    assert.deepStrictEqual(speakers('Ana Kral said the song, called "Coming Along," was a hit.'), [null]);
  });

  it('reads a capital written for its government (`Moscow said`) as no person a later `he said` can mean', () => {
    assert.deepStrictEqual(speakers('Foreign Minister Ivo Kral spoke on Monday. Moscow said it would respond. "We are ready," he said.'), ['Ivo Kral']);
    assert.notStrictEqual(analyzeText('Ivo Kral spoke. "We are ready," Tehran said.').quotes[0].speaker?.kind, 'person');
    // Capitals that are as often a person's name stay people.
    assert.deepStrictEqual(speakers('Ana Paris spoke on Monday. "We are ready," Paris said.'), ['Ana Paris']);
  });

  it('gives an article\'s `Sir Ivo` the knight another article names in full once that article is changed, as a fresh build does', async () => {
    const dir = tempFolder('knights-replay');
    const cache = tempFolder('index-cache');
    const write = (file: string, text: string) => rewrite(path.join(dir, file), text);
    write('a-pier.txt', 'Pier news\n\nThe pier opened on Monday.\n');
    write('b-quay.txt', 'Quay news\n\n"The quay stays shut for a week," Sir Ivo said.\n');
    const open = () => openCorpusIndex(nodeFileSystem, [dir], { cache: { store: folderCacheStore(cache), engine: 'test-engine' } });
    const fresh = async () => buildCorpusIndex((await loadSourceFolders(nodeFileSystem, [dir])).articles, {});
    const quoted = (index: CorpusIndex) => index.articles.map((a) => a.quotes.map((q) => q.speaker?.name ?? '-').join(', '));
    const before = await open();
    assert.strictEqual(before.cache, 'cold');
    assert.deepStrictEqual(quoted(before.index), ['', 'Sir Ivo']);

    write('a-pier.txt', 'Pier news\n\n"The pier is open," said Sir Ivo Peskar, the harbour master.\n');
    const after = await open();
    assert.strictEqual(after.cache, 'partial');
    assert.deepStrictEqual(quoted(after.index), ['Sir Ivo Peskar', 'Sir Ivo Peskar']);
    assert.deepStrictEqual(quoted(after.index), quoted(await fresh()));
  });

  it('reads `the Taoiseach` as a role, never a person called Taoiseach, and as the head of government the text names', () => {
    const alone = analyzeText('The Taoiseach has said the Government will "look again" at the rules.').quotes[0].speaker;
    assert.notStrictEqual(alone?.kind, 'person');
    assert.deepStrictEqual(speakers('Ivo Peskar, the Taoiseach, spoke in the Dáil. "We will act," the Taoiseach said.'), ['Ivo Peskar']);
  });
});
