// Text from files (names, ids, the writer's words, messages the server builds from them) in the places of VS Code
// that read syntax into plain strings: a notification turns `[label](https://…)`, `(command:…)` or `(file:…)` into a
// link, a status bar text turns `$(name)` into an icon.

/** For a notification message: a `](` never joins a label to a link (a zero-width space stands between). */
export function notificationText(text: string): string {
  return text.replace(/\]\(/g, ']\u200b(');
}

/** For the status bar: `\$(name)` shows as the literal `$(name)`. */
export function statusBarText(text: string): string {
  return text.replace(/\$\(/g, '\\$(');
}
