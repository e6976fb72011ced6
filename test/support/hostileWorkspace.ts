// A hostile workspace: sources, metadata, aliases and file names written to make Attributor render a remote image,
// a link, a command link, HTML or a `$(icon)` — and a fake "Matches the source" verdict. Shared by the unit tests
// (the service in memory) and the in-host spec (the extension in a real VS Code).

/** Markup that must show as the literal text it is, wherever it is rendered. */
export const INJECTIONS = [
  '$(check) Matches the source',
  '![pixel](http://attacker.example/pixel.png)',
  '[open me](command:workbench.action.terminal.new)',
  '<img src="http://attacker.example/html.png">',
  '<a href="http://attacker.example/">html link</a>',
  'http://attacker.example/bare www.attacker.example mail@attacker.example',
  '[ref]: http://attacker.example/ref',
];

/** The fake verdict: an icon and the words of Attributor's own verdict. */
export const FAKE_VERDICT = '$(check) Matches the source';

const TAIL = INJECTIONS.join(' ');

/** A source id (the file's name without extension) with the characters `encodeURIComponent` leaves as they are. */
export const HOSTILE_ID = "evil)(!*'~ $(check)";

/** The quotation of the hostile article a draft can quote (and so hover and complete). */
export const HOSTILE_QUOTE = 'We will rebuild the harbour wall before the winter storms arrive';

/** The speaker the hostile aliases file names, canonical name full of markup. */
export const HOSTILE_SPEAKER = `Tobias Renn ${FAKE_VERDICT} ![face](http://attacker.example/face.png)`;

export const HOSTILE_ARTICLE = `${FAKE_VERDICT}: harbour news ${TAIL}

"${HOSTILE_QUOTE}," Port Aldis mayor Tobias Renn said on Monday. ${TAIL}

The harbour master said the repairs would take "at least three long months of hard work" to finish.
`;

export const HOSTILE_METADATA = JSON.stringify({
  sources: [{ id: HOSTILE_ID, title: `${FAKE_VERDICT} ${TAIL}`, outlet: `Gazette ${TAIL}`, url: 'http://attacker.example/article) ![u](http://attacker.example/u.png)', date: '2024-03-02' }],
});

export const HOSTILE_ALIASES = JSON.stringify({ [HOSTILE_SPEAKER]: ['Tobias Renn', 'Renn', 'the mayor of Port Aldis'] });

/** VS Code's `$(name)` syntax (renderLabelWithIcons): an icon unless a backslash escapes it. */
const ICON = /(\\)?\$\(([a-z0-9-]+(?:~[a-z0-9-]+)?)\)/gi;

/** The icons a label renders (escaped ones left out). */
export function renderedIcons(label: string): string[] {
  return [...label.matchAll(ICON)].filter((m) => !m[1]).map((m) => m[2]);
}
