// What may stand between a subject and its speech verb, or between a participle and the subject it goes on from,
// without taking the words: a day's time (`on Tuesday night`, `late Tuesday`), a setting of the subject's own (`in
// his opening speech`), and a thing named by a participle (`a class called "…"`). Invented sentences.
import * as assert from 'assert';
import { analyzeText } from '../../src/core';

function speakerOf(text: string, quote: string): string | null {
  return analyzeText(text).quotes.find((q) => q.text.replace(/[,.]$/, '') === quote)?.speaker?.name ?? null;
}

describe('subjects past what stands between them and the verb', () => {
  it('reads a day and its part, opened by on, late or early, over to the subject', () => {
    assert.strictEqual(speakerOf('A fundraising email sent out by Dara Fenn on Tuesday night warned: "Fourteen votes lie ahead."', 'Fourteen votes lie ahead'), 'Dara Fenn');
    assert.strictEqual(speakerOf('Ivo Peskar early on Monday said the pact was "dead on arrival."', 'dead on arrival'), 'Ivo Peskar');
    assert.strictEqual(speakerOf('Mayor Ana Kral late Friday called the plan "a bad joke."', 'a bad joke'), 'Ana Kral');
  });

  it('reads a setting of the subject\'s own over to the subject, not to the speech', () => {
    assert.strictEqual(speakerOf('The break was complete when Peskar in his opening speech called the traders "thieves" and left.', 'thieves'), 'Peskar');
    assert.strictEqual(speakerOf('Ana Kral during her visit told reporters the port was "open for business."', 'open for business'), 'Ana Kral');
    // A setting that is not the subject's own keeps the phrase it is: no person is made of `A friend`.
    assert.strictEqual(speakerOf('A friend in her speech said the town was "home."', 'home'), 'A friend');
  });

  it('goes on from the subject past a thing named by a participle', () => {
    const text = 'Later on Sunday, Ivo Peskar shared a syllabus for a 2002 history class called "Borders" on his website, writing "Allow me to help the reporter."';
    assert.strictEqual(speakerOf(text, 'Allow me to help the reporter'), 'Ivo Peskar');
    assert.strictEqual(speakerOf(text, 'Borders'), null);
    assert.strictEqual(speakerOf('Ana Kral unveiled a scheme nicknamed "Sunrise" at the port, saying "We start at dawn."', 'We start at dawn'), 'Ana Kral');
    // A person's verb still speaks: `what Kral called "…"` is Kral's.
    assert.strictEqual(speakerOf('What Ana Kral called "a swindle" was signed anyway.', 'a swindle'), 'Ana Kral');
  });
});
