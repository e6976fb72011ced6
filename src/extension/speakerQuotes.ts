import * as vscode from 'vscode';
import type { InsertQuoteArgs } from './citations';
import type { Log } from './log';
import { isServed } from './served';
import type { OpenSourceArgs } from './sourceDocuments';
import type { SourceLibrary } from './sources';
import { preview } from './textHelpers';

const OPEN_BUTTON: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('go-to-file'), tooltip: 'Open the source at this quotation' };

/** "Show Quotes of a Speaker": a quick pick of the speakers, then of their quotes (insert with citation, or open the source). */
export function registerSpeakerQuotes(library: SourceLibrary, log: Log): vscode.Disposable {
  return vscode.commands.registerCommand('attributor.showSpeakerQuotes', (speakerKey?: string) =>
    log.guardAsync('Showing the quotes of a speaker', () => show(library, typeof speakerKey === 'string' ? speakerKey : undefined), undefined),
  );
}

async function show(library: SourceLibrary, speakerKey: string | undefined): Promise<void> {
  const index = await library.ready();
  if (!speakerKey) {
    const picked = await vscode.window.showQuickPick(
      index.speakers.map((s) => ({
        label: `$(person) ${s.name}`,
        description: `${index.quotesBy(s.key).length} quotation(s)`,
        detail: s.kind === 'person' ? undefined : s.kind,
        key: s.key,
      })),
      { title: 'Attributor: Show Quotes of a Speaker', placeHolder: 'Choose a speaker', matchOnDescription: true },
    );
    if (!picked) return;
    speakerKey = picked.key;
  }
  const speaker = index.speakers.find((s) => s.key === speakerKey);
  const quotes = index.quotesBy(speakerKey);
  if (!quotes.length) {
    void vscode.window.showInformationMessage(`Attributor: the sources quote nobody as ${speakerKey}.`);
    return;
  }
  const pick = vscode.window.createQuickPick<vscode.QuickPickItem & { args: InsertQuoteArgs }>();
  pick.title = `Attributor: Quotes of ${speaker?.name ?? speakerKey}`;
  pick.placeholder = 'Enter inserts the quotation with its citation; the button opens the source';
  pick.matchOnDetail = true;
  pick.items = quotes.map(({ article, quote }) => ({
    label: `$(quote) ${preview(quote.text, 140)}`,
    description: article.outlet ?? undefined,
    detail: preview(article.title, 120),
    buttons: [OPEN_BUTTON],
    args: { sourceId: article.id, start: quote.textStart, end: quote.textEnd, text: quote.text },
  }));
  pick.onDidTriggerItemButton((e) => {
    const a = e.item.args;
    const args: OpenSourceArgs = { sourceId: a.sourceId, start: a.start, end: a.end };
    void vscode.commands.executeCommand('attributor.openSource', args);
  });
  pick.onDidAccept(() => {
    const chosen = pick.selectedItems[0] ?? pick.activeItems[0];
    pick.hide();
    if (!chosen) return;
    const a = chosen.args;
    const editor = vscode.window.activeTextEditor;
    if (editor && isServed(editor.document)) void vscode.commands.executeCommand('attributor.insertQuote', a);
    else void vscode.commands.executeCommand('attributor.openSource', { sourceId: a.sourceId, start: a.start, end: a.end } satisfies OpenSourceArgs);
  });
  pick.onDidHide(() => pick.dispose());
  pick.show();
}
