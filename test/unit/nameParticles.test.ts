// Names with lower-case particles (`Ursula von der Leyen`, `Karel van Oosterom`, `Ana da Silva`) read backwards from
// their verb and set off by commas, as wire copy of European diplomacy writes them. Invented sentences.
import * as assert from 'assert';
import { analyzeText } from '../../src/core';

function speakerOf(text: string, quote: string): string | null {
  return analyzeText(text).quotes.find((q) => q.text.replace(/[,.]$/, '') === quote)?.speaker?.name ?? null;
}

describe('names with particles', () => {
  it('reads the whole name before its verb, given name and particles kept', () => {
    assert.strictEqual(speakerOf('Commission President Ursula von der Leyen said the vote was "illegal."', 'illegal'), 'Ursula von der Leyen');
    assert.strictEqual(speakerOf('Nicolas de Riviere said: "The veto changes nothing."', 'The veto changes nothing'), 'Nicolas de Riviere');
  });

  it('reads a name with particles set off after a role, instead of giving the role to someone named before', () => {
    const text = [
      'Britain\'s envoy, Barbara Woods, called the veto "a cynical abuse."',
      'The Dutch envoy, Karel van Oosterom, said the vote was "clear."',
      'Her lawyer, Ana da Silva, said she was "innocent."',
    ].join('\n\n');
    assert.strictEqual(speakerOf(text, 'clear'), 'Karel van Oosterom');
    assert.strictEqual(speakerOf(text, 'innocent'), 'Ana da Silva');
  });

  it('reads the surname with its particle after an inverted verb as the person named in full', () => {
    const text = 'Port historian Hans von Stralen opened the exhibit.\n\n"The old quay deserves better," said von Stralen.';
    assert.strictEqual(speakerOf(text, 'The old quay deserves better'), 'Hans von Stralen');
  });

  it('reads a Flemish surname that opens with a capitalised particle, set off after a role, as the name described', () => {
    const text = 'The library\'s curator, Griet Van den Eynde, said the manuscript was not for sale. "It belongs to the town and it stays in the town," she said.';
    assert.strictEqual(speakerOf(text, 'It belongs to the town and it stays in the town'), 'Griet Van den Eynde');
    const second = 'A spokesman for the harbour, Jonas De la Rue, said the quay was safe. "Nobody was ever in danger," he said.';
    assert.strictEqual(speakerOf(second, 'Nobody was ever in danger'), 'Jonas De la Rue');
  });
});
