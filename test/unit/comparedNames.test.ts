// A name set off by `unlike` after the subject (`Kral, unlike Peskar, who called it "…", described it as "…"`) is only
// held up against the subject: the relative clause after it is that name's, the verb after the clause the subject's.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('a name the subject is compared with', () => {
  it('says the words of its relative clause, and not those of the verb after the clause', () => {
    for (const [sentence, first, second] of [
      ['Mirela Kral, unlike Boris Peskar, who called the merger “a bargain”, described it as “a slow swindle”.', 'Boris Peskar', 'Mirela Kral'],
      ['Mirela Kral, unlike Boris Peskar, who called the merger “a bargain,” described it as “a slow swindle”.', 'Boris Peskar', 'Mirela Kral'],
      ['Odile Mora, unlike her deputy Sven Dunn, who said the budget was “bold and fair”, called it “reckless”.', 'Sven Dunn', 'Odile Mora'],
      ['Ansel Roe, unlike Vera Tisch, who said the dam was “perfectly safe”, warned of “cracks in every wall”.', 'Vera Tisch', 'Ansel Roe'],
      ['Lina Orban, like Teo Marsh, who had called the bill “a trap”, said it was “worse than useless”.', 'Teo Marsh', 'Lina Orban'],
    ]) assert.deepStrictEqual(speakers(sentence), [first, second], sentence);
  });

  it('leaves a group one of whose members is named as such to the group', () => {
    assert.notDeepStrictEqual(speakers('The mayor’s allies, like Teo Marsh, said the vote was “a farce from the start”.'), ['The mayor']);
  });
});
