// A match report goes on from a player's name to their position (`"...," the hooker said`): the position is a noun for
// a person, who is the player the report introduced by it. Invented text.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

const P = (...paragraphs: string[]) => paragraphs.join('\n\n');

describe("a player's position standing for the player", () => {
  it('gives `the hooker said`, `the scrumhalf said` to the players the report named by those positions', () => {
    const text = P(
      'Captain Tane Rua lifted the cup after hooker Piet van Zyl and scrumhalf Aled Morgan bossed the breakdown.',
      '"We won the collisions," Rua said.',
      'Van Zyl, back from a shoulder injury, played down his own role.',
      '"It\'s a team game," the hooker said.',
      'Morgan was asked about his kicking. "I just hit it," the scrumhalf said.',
    );
    assert.deepStrictEqual(speakers(text), ['Tane Rua', 'Piet van Zyl', 'Aled Morgan']);
  });

  it('gives `the goaltender` and `the quarterback` to the players they describe', () => {
    const text = P(
      'Goaltender Mika Lahti made 41 saves.',
      '"The guys blocked a lot of shots," the goaltender said.',
      'Quarterback Deon Rallis threw for 300 yards. "We kept it simple," the quarterback said.',
    );
    assert.deepStrictEqual(speakers(text), ['Mika Lahti', 'Deon Rallis']);
  });
});
