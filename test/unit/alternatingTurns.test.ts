// An interview told in prose: after a question and its answer, each attributed, paragraphs of bare quotation go on
// alternating, a question in the questioner's voice and the words after it in the answerer's. Invented text.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

const P = (...paragraphs: string[]) => paragraphs.join('\n\n');
const PEOPLE = 'Ana Kral and Ivo Peskar spoke at the port.';

describe('an interview told in prose', () => {
  it('alternates question and answer after the first attributed pair', () => {
    // The two bare questions had been Kral's, the answerer's.
    assert.deepStrictEqual(speakers(P(PEOPLE, '"Is the ferry safe?" Peskar asked.', '"It passed its inspection," Kral said.', '"And the pier?"', '"The pier needs work."', '"How much work?"', '"A winter of it."')),
      ['Ivo Peskar', 'Ana Kral', 'Ivo Peskar', 'Ana Kral', 'Ivo Peskar', 'Ana Kral']);
  });

  it('leaves a speaker who asks and answers herself her own voice', () => {
    assert.deepStrictEqual(speakers(P(PEOPLE, '"The ferry is late again," Peskar said.', '"Why is it late?" Kral said.', '"Because nobody mends the engines."')),
      ['Ivo Peskar', 'Ana Kral', 'Ana Kral']);
  });

  it('gives the answerer no question after her answer, though no one was named asking the question before', () => {
    // The second bare question had been Kral's, carried on from her answer.
    assert.deepStrictEqual(speakers(P(PEOPLE, 'The questions came fast after the judge ruled.', '"Any photos of the pier?"', '"No," Kral said quietly.', '"Any video of the pier?"')),
      [null, 'Ana Kral', null]);
  });
});
