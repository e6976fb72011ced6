// `the Queen`, `the King`, `the president`: roles that news lets stand for a country's leader, read across one
// another only where they could be the same person. Invented names throughout.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('monarchs and elected leaders', function () {
  this.timeout(60_000);

  it('never gives a queen the words of the king the text named, nor a king a queen\'s', () => {
    // `the Queen` had been read as another of the text's leaders' heads and so meant King Osric.
    const text = 'King Osric, who is recovering from surgery, has cut back his duties.\n\n"He is a very determined man," the Queen said of her husband.';
    assert.notDeepStrictEqual(speakers(text), ['Osric']);
    const other = 'Queen Maren opened the session on Monday.\n\n"We will build the bridge," the King said later.';
    assert.notDeepStrictEqual(speakers(other), ['Maren']);
  });

  it('never gives a king the words of an elected president, nor the reverse', () => {
    const text = 'President Ana Kral met the delegation in the capital.\n\n"Our peoples are brothers," the king said at the banquet.';
    assert.notDeepStrictEqual(speakers(text), ['Ana Kral']);
  });

  it('still reads a country\'s leader as its king or its president', () => {
    assert.deepStrictEqual(speakers('King Osric of Varnia opened the talks. "We want peace," the Varnian leader said.'), ['Osric']);
    assert.deepStrictEqual(speakers('President Ana Kral of Varnia opened the talks. "We want peace," the Varnian leader said.'), ['Ana Kral']);
    assert.deepStrictEqual(speakers('King Osric opened the talks on Monday.\n\n"We want peace," the monarch said.'), ['Osric']);
  });

  it('reads a regnal number past the third as part of a person\'s name, so the title after it means them', () => {
    // `Leo XIV` had ended in an acronym and so been an organisation; `the pontiff` then found no one.
    assert.deepStrictEqual(speakers('Pope Leo XIV called for peace.\n\nAddressing pilgrims, the pontiff said: "Let us not grow used to war."'), ['Leo XIV']);
    assert.deepStrictEqual(speakers('King Osric XIV called for peace. "Let us pray," he said.'), ['Osric XIV']);
  });

  it('reads a role as someone the text named before it, never one it names only later', () => {
    // `the Prime Minister` had been the other country's prime minister, named two paragraphs on.
    const text = 'Defence Secretary Ivo Peskar said the Prime Minister had told him the troops would "stay as long as it takes".\n\nVarnia\'s prime minister, Ana Kral, said her country was "grateful".';
    assert.deepStrictEqual(speakers(text), ['the Prime Minister', 'Ana Kral']);
    // Named before, the role is theirs as ever.
    assert.deepStrictEqual(speakers('Varnia\'s prime minister, Ana Kral, spoke first.\n\n"We keep our word," the prime minister said.'), ['Ana Kral']);
  });
});
