// Words from sources, drafts and file names, shown on a terminal or in a CI log. A control character there is not
// text but an instruction to the terminal: an escape sequence recolours it, retitles its window, moves its cursor
// over earlier lines or (OSC 8) makes a link. Every C0 control but tab and line feed, DEL and every C1 control is
// shown as `\xHH` instead, so a hostile file can neither act on the reader's terminal nor pass for other output.

const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

export function shownControls(text: string): string {
  return text.replace(CONTROLS, (c) => `\\x${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
