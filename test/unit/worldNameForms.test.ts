// Drafts that name a source's people as world news does: a particle's name without its given name (`De Wever`), a
// title with a given name (`Sir Hugh`, `Prince Rashid`), a compound surname the source's reading cut at its particle (`Mota da Rocha`).
// A right attribution in any of these forms gets no warning; the same quote in another person's mouth still does.
import * as assert from 'assert';
import { checkDraft, type CorpusIndex } from '../../src/core';
import { nameWithin } from '../../src/core/attribution/nameMatching';
import { nameBeforeParticle, namesItsSpeaker } from '../../src/core/draft/quoteEvidence';
import { indexOf } from '../support/memoryCorpus';

const P = (...paragraphs: string[]) => paragraphs.join('\n\n');
const SOURCES = {
  match: P(
    'Joost De Wever scored twice as Antwerp beat Ghent 3-1 on Sunday.',
    '"We played with courage from the first minute until the last whistle," De Wever said.',
    'Ghent coach Marco Bellini was furious. "The referee decided this game with two terrible calls," Bellini said.',
  ),
  honours: P(
    'Sir Hugh Calloway, the Liberal leader, toured the flooded valley on Tuesday.',
    '"Thousands of families have been left waiting for help that never came," Sir Hugh said.',
    'The transport secretary, Nadia Okonjo, said: "Every damaged bridge will be rebuilt within a year."',
  ),
  floods: P(
    'President Ana Beatriz Mota da Rocha promised on Friday to rebuild the flooded towns of the south.',
    '"No family will be left without a roof before the winter comes," Mota said in Porto Alegre.',
    'Finance Minister Paulo Rocha said the money was already set aside. "The reconstruction fund is ready to pay out from Monday," Rocha said.',
  ),
  port: P(
    'Crown Prince Rashid opened the new port in Dammam on Sunday.',
    '"This port will carry half of the kingdom\'s trade within five years," Prince Rashid said at the ceremony.',
    'The trade minister, Prince Tariq, said the port would create jobs. "Twenty thousand young people will find work on these docks," Prince Tariq told reporters.',
  ),
  vote: P(
    'LISBON - Speaking as he cast his vote, President Henrique Lobo de Castro said: "Every citizen who stays at home hands the decision to somebody else."',
    'Prime Minister Duarte Almeida voted in Porto. "A strong turnout is the best answer to those who doubt our democracy," Almeida told reporters.',
  ),
  council: P(
    'Mayor Dana Wolfe opened the new library on Saturday.',
    '"Every child in this city deserves a quiet place to read after school," Wolfe said.',
  ),
};

function misattributed(draft: string, index: CorpusIndex): string[] {
  return checkDraft(draft, index)
    .findings.filter((f) => f.code === 'misattributed-quote')
    .map((f) => `${f.claimedSpeaker} / ${f.sourceSpeaker}`);
}

describe('drafts naming people as world news does', () => {
  const index = indexOf(SOURCES);

  it('meets a name within a longer one, two words at least', () => {
    assert.ok(nameWithin('de wever', 'joost de wever'));
    assert.ok(nameWithin('sir hugh calloway', 'sir hugh'));
    assert.ok(nameWithin('lopez obrador', 'andres manuel lopez obrador'));
    assert.ok(!nameWithin('wolfe', 'kira wolfe'), 'a lone surname is shared by other people');
    assert.ok(!nameWithin('kira wolfe', 'dana wolfe'));
    assert.ok(!nameWithin('de wever', 'de wever'), 'the same name is not a form of another');
  });

  it('gives no warning for a right attribution in another form of the source’s name', () => {
    assert.deepStrictEqual(misattributed('Joost De Wever said: "We played with courage from the first minute until the last whistle."', index), []);
    assert.deepStrictEqual(misattributed('"Thousands of families have been left waiting for help that never came," Calloway said.', index), []);
  });

  it('rests no warning on a shared surname the draft’s compound name was read as', () => {
    // The source reads `Mota` for the president; the draft's `Mota da Rocha` is read as `Rocha`, another person.
    assert.deepStrictEqual(misattributed('President Mota da Rocha said: "No family will be left without a roof before the winter comes."', index), []);
    assert.deepStrictEqual(misattributed('Ana Beatriz Mota da Rocha said: "No family will be left without a roof before the winter comes."', index), []);
    assert.deepStrictEqual(nameBeforeParticle('Rocha', 'Brazil\'s President Ana Mota da Rocha said'), ['ana', 'mota', 'rocha']);
    assert.strictEqual(nameBeforeParticle('Rocha', 'Finance Minister Rocha said'), null);
    const rocha = { key: 'paulo rocha', name: 'Paulo Rocha', kind: 'person' as const };
    assert.ok(!namesItsSpeaker('Rocha', rocha, 'President Mota da Rocha said: '));
    assert.ok(namesItsSpeaker('Rocha', rocha, 'Finance Minister Rocha said: '));
    assert.ok(namesItsSpeaker('Paulo Rocha', rocha, 'Paulo Rocha said: '));
    assert.ok(namesItsSpeaker('the minister', rocha, 'the minister said: '), 'words that end in no name say nothing');
  });

  it('still warns when the quote is put in another person’s mouth, whatever the form', () => {
    assert.deepStrictEqual(misattributed('Bellini said: "We played with courage from the first minute until the last whistle."', index), ['Marco Bellini / Joost De Wever']);
    assert.deepStrictEqual(misattributed('Joost De Wever said: "The referee decided this game with two terrible calls."', index), ['Joost De Wever / Marco Bellini']);
    assert.deepStrictEqual(misattributed('Calloway said: "Every damaged bridge will be rebuilt within a year."', index), ['Sir Hugh Calloway / Nadia Okonjo']);
    assert.deepStrictEqual(misattributed('Paulo Rocha said: "No family will be left without a roof before the winter comes."', index), ['Paulo Rocha / Ana Beatriz Mota da Rocha']);
  });

  it('tells a speaker named in full across a particle from a source speaker sharing no word of the name', () => {
    // The draft's reading keeps `Henrique Lobo de Castro` whole, as the sources' reading does with its particle.
    const almeida = 'A strong turnout is the best answer to those who doubt our democracy';
    const castro = 'Every citizen who stays at home hands the decision to somebody else';
    assert.deepStrictEqual(misattributed(`President Henrique Lobo de Castro said: "${almeida}."`, index), ['Henrique Lobo de Castro / Duarte Almeida']);
    assert.deepStrictEqual(misattributed(`President Henrique Lobo de Castro said: "${castro}."`, index), []);
    // Read whole (`Lobo de Castro`), the name meets the person the sources name in full, and still tells.
    assert.deepStrictEqual(misattributed(`"${almeida}," said Lobo de Castro.`, index), ['Henrique Lobo de Castro / Duarte Almeida']);
    assert.deepStrictEqual(misattributed(`"${castro}," said Lobo de Castro.`, index), []);
  });

  it('ties a title to the name it is given: another prince’s words are not this prince’s', () => {
    const rashid = 'This port will carry half of the kingdom\'s trade within five years';
    const tariq = 'Twenty thousand young people will find work on these docks';
    assert.deepStrictEqual(misattributed(`Prince Tariq said: "${rashid}."`, index), ['Tariq / Rashid']);
    assert.deepStrictEqual(misattributed(`Prince Rashid said: "${tariq}."`, index), ['Rashid / Tariq']);
    assert.deepStrictEqual(misattributed(`Prince Rashid said: "${rashid}."`, index), []);
    assert.deepStrictEqual(misattributed(`"${tariq}," the trade minister, Prince Tariq, said.`, index), []);
    // The title alone names nobody the draft could contradict.
    assert.deepStrictEqual(misattributed(`The prince said: "${rashid}."`, index), []);
  });

  it('never merges two people who share a surname', () => {
    assert.deepStrictEqual(misattributed('Kira Wolfe said: "Every child in this city deserves a quiet place to read after school."', index), ['Kira Wolfe / Dana Wolfe']);
  });
});
