// Dialogue whose words name whom they address: the one addressed answers, and is no speaker of the words that name them.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

const OPENING = 'Osman Kader and Tobias Wendt opened a bakery last spring. "We argued about rye," Kader said.\n\n';

describe('replies to words that address someone by name', () => {
  it('gives the `he` of the reply to the man the words before addressed, and the next bare words back to her', () => {
    assert.deepStrictEqual(
      speakers(`${OPENING}Wendt's wife, Liesl, came by at noon. She looked at the loaves. "Tobias, these are burnt," she said.\n\n"They're rustic," he said.\n\n"They're burnt."`),
      ['Osman Kader', 'Liesl', 'Tobias Wendt', 'Liesl'],
    );
  });

  it('reads no name in a word set off at the head of the words that names no one (`Well,`)', () => {
    assert.deepStrictEqual(
      speakers(`${OPENING}Wendt's wife, Liesl, came by at noon. She looked at the loaves. "Well, these are burnt," she said.\n\n"They're rustic," he said.`),
      ['Osman Kader', 'Liesl', 'Osman Kader'],
    );
  });
});

describe('words that address someone by name', () => {
  it('are never given to the one they address', () => {
    assert.deepStrictEqual(
      speakers('Osman Kader runs the till. Tobias Wendt burnt a tray on Monday. "Tobias, you are fired," he said.'),
      [null],
    );
  });
});
