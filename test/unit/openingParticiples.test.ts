// A sentence may open with a participle and its object (`Praising Vela, the mayor said ...`, `Quoting Lincoln, ...`):
// the capitalised participle is no given name, so the person named after it stays the one the sources know, and a
// quote the draft gives them later is theirs, not a `Praising Vela`'s. Invented sources.
import * as assert from 'assert';
import { checkDraft } from '../../src/core';
import { indexOf } from '../support/memoryCorpus';

const SOURCES = {
  port: 'Port director Ines Vela spoke on Monday.\n\n"We will run the night ferry until the bridge reopens," Vela said.',
  council: 'Mayor Lena Ortiz answered questions at the council.\n\n"The bridge will be open to lorries by the end of March," Ortiz said.',
};

describe('a participle opening the sentence', () => {
  const index = indexOf(SOURCES);

  it('names no one with the name after it: `Praising Vela, ...` then `Vela said` is Ines Vela', () => {
    const report = checkDraft('Praising Vela, Mayor Lena Ortiz said the ferry would keep running.\n\n"We will run the night ferry until the bridge reopens," Vela said.', index);
    assert.deepStrictEqual(report.quotes.map((q) => q.claimedSpeaker?.name), ['Ines Vela']);
    assert.deepStrictEqual(report.findings.map((f) => f.code), []);
  });

  it('reads the object closed by an adverb or a preposition, not only by the comma', () => {
    // Each had made a person `Addressing Vela` / `Thanking Vela`, whom the later `Vela said` then meant.
    for (const opening of ['Addressing Vela directly,', 'Thanking Vela at the council,']) {
      const report = checkDraft(`${opening} Mayor Lena Ortiz said the ferry would keep running.\n\n"We will run the night ferry until the bridge reopens," Vela said.`, index);
      assert.deepStrictEqual(report.quotes.map((q) => q.claimedSpeaker?.name), ['Ines Vela'], opening);
    }
  });

  it('reads a name in the possessive after it as the object\'s owner: `Quoting Vela\'s letter, ...` then `Vela said` is Ines Vela', () => {
    // It had made a person `Quoting Vela`, whom the later `Vela said` then meant.
    for (const opening of ['Quoting Vela\'s letter,', 'Echoing Ines Vela\'s words,']) {
      const report = checkDraft(`${opening} Mayor Lena Ortiz said the ferry would keep running.\n\n"We will run the night ferry until the bridge reopens," Vela said.`, index);
      assert.deepStrictEqual(report.quotes.map((q) => q.claimedSpeaker?.name), ['Ines Vela'], opening);
      assert.deepStrictEqual(report.findings.map((f) => f.code), [], opening);
    }
  });

  it('raises no alarm when a pronoun later gives the person their own words', () => {
    const sources = { ...SOURCES, talks: 'Foreign Minister Ilse Varga chaired the talks.\n\n"By midnight I had the statement of failure already written," Varga said.' };
    const report = checkDraft('Praising Varga, Ortiz said the talks went well.\n\nVarga admitted the talks had nearly failed. "By midnight I had the statement of failure already written," she said.', indexOf(sources));
    assert.deepStrictEqual(report.quotes.map((q) => q.claimedSpeaker?.name), ['Ilse Varga']);
    assert.deepStrictEqual(report.findings.map((f) => f.code), []);
  });

  it('and the quote given to the person after it, when it is another\'s, is caught', () => {
    const report = checkDraft('Citing Vela, Mayor Lena Ortiz said the ferry would keep running.\n\n"The bridge will be open to lorries by the end of March," Vela said.', index);
    assert.deepStrictEqual(report.findings.filter((f) => f.code === 'misattributed-quote').map((f) => [f.claimedSpeaker, f.sourceSpeaker]), [['Ines Vela', 'Lena Ortiz']]);
  });
});
