// `Abdel Fattah al-Sisi`, `el-Sisi`, `Sisi`: outlets write the Arabic article of a surname in one of its
// transliterations (`al-`, `el-`, and the forms it takes before some letters: `ad-Din`, `ash-Sharaa`, `as-Sadr`),
// or leave it out. Compared with it, `Sisi said` was a new person and `el-Sisi said` no one; without it, they are
// the man the text named in full. Matching folds the article; the name is still shown as the text writes it.

/** The transliterations of the article, with their hyphen: `al-`, `el-`, `ad-`, `ash-`, `as-`. */
const ARTICLE = /^(?:al|el|ad|ash|as)-(?=\p{L}{3})/u;

/** A normalised name word without its Arabic article (`al-sisi` -> `sisi`); any other word as it is. */
export function withoutArabicArticle(word: string): string {
  // Most words have no hyphen third or fourth: tested before the pattern (names are compared by the thousand).
  return (word.charCodeAt(2) === 45 || word.charCodeAt(3) === 45) && ARTICLE.test(word) ? word.slice(word.indexOf('-') + 1) : word;
}

/** A lower-case surname with any transliteration of the article written `al-` (`el-sisi` -> `al-sisi`): one key for its lone uses. */
export function withArticleAsAl(word: string): string {
  const bare = withoutArabicArticle(word);
  return bare === word ? word : `al-${bare}`;
}
