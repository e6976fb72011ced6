// Press reviews and reaction round-ups quote papers and channels by their names (`The Northern Ledger says`, `Le
// Courrier du Nord noted`, `The Telegram channel Grey Zone wrote`): those words are the paper's, never a person's
// called `Ledger`, `Nord` or `Grey Zone` (issue 7). A person introduced with a given name keeps a surname that opens
// with an article.
import * as assert from 'assert';
import { analyzeText } from '../../src/core';

function speakerOf(text: string, start: string): { name: string; kind: string } | null {
  const quote = analyzeText(text).quotes.find((q) => q.text.startsWith(start));
  assert.ok(quote, `no quote opening "${start}"`);
  return quote.speaker ? { name: quote.speaker.name, kind: quote.speaker.kind } : null;
}

/** Whether no person is given the quote: a paper (an organisation), a description or no one. */
const noPerson = (text: string, start: string): boolean => speakerOf(text, start)?.kind !== 'person';

describe('a press review', () => {
  it('gives a paper named after `the` its own words, never a person of its last word', () => {
    const text = [
      'The papers were divided on Tuesday.',
      'The Northern Ledger says the advance is "the most important shift since spring".',
      'The Weekly Sentinel is more doubtful. In its leader, it argues that "maps on television are not control".',
      'The Sunday Mirror carried a single word on its front page, and said the retreat was "a rout".',
      'The Hindu wrote that the talks had "run aground".',
    ].join('\n\n');
    for (const start of ['the most important', 'maps on television', 'a rout', 'run aground']) assert.ok(noPerson(text, start), start);
  });

  it('gives a paper whose name opens with a foreign article its own words', () => {
    const text = [
      'The continent\'s papers reacted with alarm.',
      'Le Courrier du Nord noted that the offensive came "just as patience was wearing thin".',
      'La Voz del Sur said the war was "far from over".',
      'El Diario de Marvella argued that sanctions had "failed to change anything".',
      'Die Morgenpost said it was "a dark day".',
    ].join('\n\n');
    for (const start of ['just as patience', 'far from over', 'failed to change', 'a dark day']) assert.ok(noPerson(text, start), start);
  });

  it('still gives a person a surname that opens with an article, and a style known as a name (`the Dalai Lama`)', () => {
    const text = 'Corinne Le Garrec spoke first. Le Garrec said the vote was "a warning to everyone".';
    const garrec = speakerOf(text, 'a warning');
    assert.ok(garrec?.kind === 'person' && garrec.name.endsWith('Le Garrec'), JSON.stringify(garrec));
    assert.strictEqual(speakerOf('Pilgrims gathered at dawn. The Dalai Lama said the gathering was "a gift".', 'a gift')?.kind, 'person');
    const family = 'Ana de la Fuente runs the farm. She said the harvest was "the worst in years".';
    assert.strictEqual(speakerOf(family, 'the worst')?.kind, 'person');
  });

  it('gives a channel named after its kind its words, though its name opens like a given name', () => {
    const text = 'The Telegram channel Grey Zone wrote that the retreat was "a disgrace that someone must answer for".';
    assert.ok(noPerson(text, 'a disgrace'));
    assert.strictEqual(speakerOf('The publisher Ana Brisk said the book was "overdue".', 'overdue')?.kind, 'person');
  });
});
