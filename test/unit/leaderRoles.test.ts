// A bare leader's role (`the leader`) read under every leader's head: it names the article's one leader however many
// the corpus holds, even one filed under two heads (past the look-up's first few, where its set of records found
// takes over from its list).
import * as assert from 'assert';
import { SpeakerRegistry } from '../../src/core/attribution/speakerRegistry';

describe('a leader’s role among many', () => {
  it('names the article’s one leader, filed under two heads, after forty others', () => {
    const registry = new SpeakerRegistry();
    const surnames = ['Abbott', 'Barlow', 'Carver', 'Dempsey', 'Ellison', 'Fletcher', 'Granger', 'Hawkins', 'Ingram', 'Jarvis', 'Kendall', 'Lowell', 'Mercer', 'Norris', 'Oakley', 'Pruitt', 'Quincy', 'Rowland', 'Sutton', 'Tolbert', 'Upton', 'Vance', 'Whitley', 'Yates', 'Zeller', 'Ashford', 'Bramwell', 'Crowley', 'Dunmore', 'Everly', 'Fairbanks', 'Gilmore', 'Holloway', 'Iverson', 'Jennings', 'Kingsley', 'Langford', 'Mansfield', 'Northcott', 'Osgood'];
    surnames.forEach((surname, n) => registry.addRole(registry.addPerson(['Dana', surname], `article-${n}`), ['the', 'president']));
    const kral = registry.addPerson(['Ana', 'Kral'], 'kral');
    registry.addRole(kral, ['the', 'president']);
    registry.addRole(kral, ['the', 'prime', 'minister']);
    assert.strictEqual(registry.lookupRole(['the', 'leader'], 'kral'), kral);
    assert.strictEqual(registry.lookupRole(['the', 'leader'], 'article-3')?.key, 'dana dempsey');
    assert.strictEqual(registry.lookupRole(['the', 'leader'], 'nobody'), null);
  });
});
