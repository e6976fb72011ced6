// Interviews told in prose: the reporter's first-person question (`I asked her whether ...`) hands the floor to the one
// asked; a question printed alone between two answers (`*Did it wear you down?*`) breaks no voice; and a quote whose
// own `she said` cannot be the last speaker's is never given to that speaker.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('interviews told in prose', () => {
  const intro = 'Rosa Vidal, 58, has run the harbour board for eleven years. She steps down next month. We met in her office.';

  it('gives the quotation after `I asked her whether ...` to the one asked, over the paragraphs it runs on', () => {
    const text = `${intro}\n\nI asked her whether she had any regrets.\n\n"Of course. I regret the ferry. Not building it, but how long it took.\n\n"But I don't regret the decision. Go and stand on the quay at eight and tell me it was a mistake."`;
    assert.deepStrictEqual(speakers(text), ['Rosa Vidal', 'Rosa Vidal']);
    const named = 'Ivo Peskar met us at the quay.\n\nI put it to Ivo Peskar that the voters would never believe the report.\n\n"They don\'t have to. I\'m not standing for anything."';
    assert.deepStrictEqual(speakers(named), ['Ivo Peskar']);
  });

  it('gives a quotation left open after a gesture in answer (`He shrugged.`) to the one who made it', () => {
    const text = 'Ivo Peskar was splitting logs when I arrived.\n\n"I read the report three times," Peskar said.\n\nI put it to him that the voters would never believe the report. He shrugged.\n\n"They don\'t have to. I am not standing for anything.\n\n"People think disgrace is loud. It is not."';
    assert.deepStrictEqual(speakers(text), ['Ivo Peskar', 'Ivo Peskar', 'Ivo Peskar']);
  });

  it('gives nothing to the reporter who asks for something, or a quote after a question about no one', () => {
    assert.deepStrictEqual(speakers(`${intro}\n\nI asked for the minutes of the meeting.\n\n"The board never voted on the sale of the old terminal."`), [null]);
  });

  it('reads an answer after a question printed alone in italics as the answer before it was', () => {
    const text = `${intro}\n\nI asked her whether she had any regrets.\n\n"Of course. I regret the ferry and how long it took."\n\n*Did the arguments wear you down?*\n\n"Yes. There were months when I went home and spoke to no one."`;
    assert.deepStrictEqual(speakers(text), ['Rosa Vidal', 'Rosa Vidal']);
  });

  it('never goes on with a speaker of one sex into a quote whose own `she said` finds no one', () => {
    const text = `${intro}\n\nHer husband sat in the corner. "She will tell you she is retiring," Tom Peskar said. "She isn't."\n\n**What comes next?**\n\n"Sleep," she said, laughing. "Then we will see."`;
    assert.notStrictEqual(speakers(text)[2], "Tom Peskar");
  });
});
