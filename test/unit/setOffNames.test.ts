// Names set off after a description that opens the sentence (`Her husband, Ivo Kral, a retired captain, sat ...`):
// the name is the sentence's subject, so a pronoun after it means that person, never someone named further back.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('a name set off after an opening description', () => {
  it('reads past a second aside after the name (`, a retired ferry captain,`, `, who ...,`) to the verb', () => {
    const captain = 'Marta Olsen, 58, is stepping down.\n\nHer husband, Ivo Kral, a retired ferry captain, sat in the corner. "She will never retire," he said.';
    assert.deepStrictEqual(speakers(captain), ['Ivo Kral']);
    // Had gone to the woman named a paragraph before, the one the relative is of.
    const cousin = 'Ana Doyle met her sister at the airport. "I knew her at once," Ana Doyle said.\n\nTheir cousin, Rosa Doyle, who traced the family tree, was there too. "I only did the paperwork," she said.';
    assert.deepStrictEqual(speakers(cousin), ['Ana Doyle', 'Rosa Doyle']);
    // `on` in the aside is its preposition, not a day's `on` between a subject and its verb: had gone to "Tom Brun's sister".
    const sister = 'The ferry was skippered by Tom Brun.\n\nBrun was rescued. His sister, Lise Brun, a nurse on the lifeboat, was the first to reach him. "He was blue with cold," she said.';
    assert.deepStrictEqual(speakers(sister), ['Lise Brun']);
  });

  it('reads a name with an age set off after a description whose noun no word list has', () => {
    const text = 'Ivo Peskar runs the bakery. "We close in May," he said.\n\nA regular, Tomas Berg, 69, was philosophical. "Then I go next door," he said.';
    assert.deepStrictEqual(speakers(text), ['Ivo Peskar', 'Tomas Berg']);
  });

  it('reads a name set off after a customer, a commuter or a cousin at a place, as after any noun for a person', () => {
    const text = 'Ivo Peskar runs the bakery. "We close in May," he said.\n\nA customer at the harbour branch, Tomas Berg, shrugged. "Then I go next door," he said.';
    assert.deepStrictEqual(speakers(text), ['Ivo Peskar', 'Tomas Berg']);
  });

  it('reads a name set off after one member of a group of people (`One of the firefighters, Ana Kral, said`)', () => {
    // A number word opening the sentence had left it with no subject: the quotes had been no one's.
    assert.deepStrictEqual(speakers('One of the firefighters, Ana Kral, said: "We could not get near the stairs."'), ['Ana Kral']);
    assert.deepStrictEqual(speakers('Another of his lawyers, Ivo Peskar, 51, told the court: "My client was at home."'), ['Ivo Peskar']);
    assert.deepStrictEqual(speakers('Ana Kral spoke first.\n\nOne of the victims, Tom Berg, was taken to hospital. "I thought I would die," he said.'), ['Tom Berg']);
    // Not a group of things, nor a name the clause does something to.
    assert.deepStrictEqual(speakers('One of the boats, the Marta, sank. "We lost everything," he said.'), [null]);
  });

  it('reads a name set off after `One of them`, the people just named', () => {
    // `them` was no group of people: the `she` had gone past Solberg to the speaker before.
    const text = 'Ana Kral and nine other pupils wrote to the council. "We want a crossing," Kral said.\n\nOne of them, Mira Solberg, 14, said she had joined because of the lorries. "My street is dangerous," she said.';
    assert.deepStrictEqual(speakers(text), ['Ana Kral', 'Mira Solberg']);
    // Not a name the clause does something to, nor one left without a comma after it.
    assert.deepStrictEqual(speakers('Ana Kral and Ivo Peskar spoke.\n\n"We want a crossing," Kral said.\n\nOne of them, the letter said, was not a pupil. "I am a parent," she said.'), ['Ana Kral', null]);
    // The `she` is the one of them who was not a pupil: the last guess stops at that unnamed subject (unnamedSayers.ts) rather than reach Kral, a pupil.
  });

  it('reads the name after a group that a place phrase follows (`One of the first nurses on the ward of the old hospital, X,`)', () => {
    // `first` and `on` read as words between a subject and its verb had ended the group: `he` went to the speaker before.
    const text = '"The budget is fixed," Mayor Ivo Peskar said.\n\nOne of the first nurses on the ward of the old hospital, Tom Berg, spoke against it. "We waited four hours for help," he said.';
    assert.deepStrictEqual(speakers(text), ['Ivo Peskar', 'Tom Berg']);
  });

  it('reads the name set off after a role at a body and the city it sits in (`ambassador to the UN in Geneva, X,`)', () => {
    // The city had ended the role's place unread: the subject was `Norway's ambassador`, and `he` no one named.
    const text = 'Officials met in Vienna on Monday.\n\nNorway\'s ambassador to the OSCE in Vienna, Ivo Peskar, said the talks had stalled. "Our patience is not unlimited," he said.';
    assert.deepStrictEqual(speakers(text), ['Ivo Peskar']);
  });

  it('reads a character\'s given name set off after a part in a story (`the narrator, Halvard, tells us`)', () => {
    const review = '"Nobody in the village ever learned to read," the narrator, Halvard, tells us on the first page.';
    assert.deepStrictEqual(speakers(review), ['Halvard']);
    // The part alone is no one named before it: an advert's narrator is not the person the advert shows.
    const advert = 'A new advert shows Ivo Peskar at a rally. "Vote for the future," the narrator says.';
    assert.notStrictEqual(speakers(advert)[0], 'Ivo Peskar');
  });

  it('reads the name set off after `Another <person>` as the subject (`Another parent, Tom Berg, said`)', () => {
    const text = '"The budget is fixed," Mayor Ivo Peskar said.\n\nAnother parent, Tom Berg, said the buses were late. "We waited four hours," he said.';
    assert.deepStrictEqual(speakers(text), ['Ivo Peskar', 'Tom Berg']);
    // Not a thing set off with a capital, which says nothing.
    assert.deepStrictEqual(speakers('"The budget is fixed," Mayor Ivo Peskar said.\n\nAnother bridge, the Kestrel Span, closed. "It is a disgrace," he said.'), ['Ivo Peskar', 'Ivo Peskar']);
  });

  it('still reads a place set off after a description as no one', () => {
    const text = 'Ivo Peskar spoke first. Her hometown, Port Aldis, voted for him. "We won," he said.';
    assert.deepStrictEqual(speakers(text), ['Ivo Peskar']);
  });
});

describe('a name set off after a description that a clause or a place goes on with', () => {
  it('reads `said the man who had been driving the truck, Ali Demir` and `said a firefighter at the scene, X` as the name', () => {
    assert.deepStrictEqual(speakers('"I felt the truck drop," said the man who had been driving the first truck, Tomas Berg, 44.'), ['Tomas Berg']);
    assert.deepStrictEqual(speakers('"We cut two people out," said a firefighter at the scene, Ana Kral.'), ['Ana Kral']);
  });

  it('leaves the name after `of` or after another name in the clause to no one, whose name it may be', () => {
    assert.deepStrictEqual(speakers('"She was kind," said the mother of the victim, Ana Kral.'), ['the mother']);
    assert.deepStrictEqual(speakers('"She was kind," said the man who found Ana Kral, Ivo Peskar.'), ['the man']);
  });

  it('reads `The official in charge of the bridge, X, said` as X, whom a later pronoun means', () => {
    const text = 'Rosa Vidal spoke first. The official in charge of the bridge, Tomas Berg, said it had been inspected. "It passed in March," he said.';
    assert.deepStrictEqual(speakers(text), ['Tomas Berg']);
  });
});

describe('a given name set off after a named person\'s relative', () => {
  it('reads `Lloyd\'s wife, Menna,` as the person a later she means, as `his wife, Menna,` is', () => {
    const text = 'Gareth Lloyd and Owen Pritchard have not spoken for two years.\n\nLloyd\'s wife, Menna, has stopped taking sides. "I bake for both of them," she said.';
    assert.deepStrictEqual(speakers(text), ['Menna']);
  });

  it('still reads a place set off after a country\'s possessive as no one', () => {
    const text = 'Ana Kral spoke. "Yes," she said.\n\nBritain\'s ally, Poland, wants more. "We will sell," she said.';
    assert.notStrictEqual(speakers(text)[1], 'Poland');
  });
});
