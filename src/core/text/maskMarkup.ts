// Hides markup that is not prose (code, URLs, HTML tags, link targets, front matter) behind spaces,
// keeping every offset where it was, so quotes inside code or attributes are never taken for speech.

export type TextFormat = 'markdown' | 'plain';

function blank(text: string): string {
  return text.replace(/[^\r\n]/g, ' ');
}

export function maskMarkup(text: string, format: TextFormat): string {
  let masked = text;
  if (format === 'markdown') {
    masked = masked
      // YAML front matter at the very start
      .replace(/^---\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)\r?\n/, blank)
      // fenced code blocks
      .replace(/^(```|~~~)[^\n]*\n[\s\S]*?(?:^\1[^\n]*$|(?![\s\S]))/gm, blank)
      // inline code
      .replace(/(`+)[^`\n][\s\S]*?\1/g, blank)
      // link and image targets: keep the text in brackets, hide (url "title")
      .replace(/(\]\()([^)\n]*)(\))/g, (_m, a: string, b: string, c: string) => a + blank(b) + c)
      // reference definitions and footnote definitions
      .replace(/^ {0,3}\[[^\]\n]+\]:[^\n]*$/gm, blank)
      // footnote references [^1]
      .replace(/\[\^[^\]\s]+\]/g, blank)
      // HTML comments
      .replace(/<!--[\s\S]*?-->/g, blank);
  }
  return masked
    .replace(/<\/?[A-Za-z][^<>\n]{0,500}>/g, blank)
    .replace(/\b(?:https?|ftp):\/\/[^\s<>()"]+/g, blank);
}
