// `Sir Keir Starmer` is `Sir Keir` on later mentions, `Dame Judi Dench` is `Dame Judi`: British news keeps a knight's
// or a dame's style with the given name, never with the surname (`Mr Starmer`, `Lord Cameron` go with the surname).
// The registry files such a person under the style and the given name too, and the index's change tokens mark it so.

const STYLED_GIVEN_NAME = /^(?:sir|dame) [^ ]+$/;

/** The normalised given names of a person (`sir keir`), when they are a knight's or dame's style and one given name. */
export function isStyledGivenName(first: string | null): first is string {
  return first !== null && STYLED_GIVEN_NAME.test(first);
}

/** The style and given name that open a person's normalised key of three or more words (`sir keir starmer`), or null. */
export function styledGivenNameOfKey(key: string): string | null {
  const cut = key.lastIndexOf(' ');
  const first = cut > 0 ? key.slice(0, cut) : null;
  return isStyledGivenName(first) ? first : null;
}
