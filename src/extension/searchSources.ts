import * as vscode from 'vscode';
import type { PassageMatch } from '../core';
import type { InsertQuoteArgs } from './citations';
import type { Log } from './log';
import type { OpenSourceArgs } from './sourceDocuments';
import type { SourceLibrary } from './sources';
import { preview } from './textHelpers';

interface PassageItem extends vscode.QuickPickItem {
  readonly match: PassageMatch;
}

const OPEN_BUTTON: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('go-to-file'), tooltip: 'Open the source at this passage' };

/**
 * "Search the Sources": a quick pick with live results across quotes and sentences (index.find) as the writer types.
 * Choosing one inserts it in quotation marks with its citation; the item's button opens the source there.
 */
export function registerSearchSources(library: SourceLibrary, log: Log): vscode.Disposable {
  return vscode.commands.registerCommand('attributor.searchSources', (initial?: string) => log.guardAsync('Searching the sources', () => search(library, typeof initial === 'string' ? initial : ''), undefined));
}

async function search(library: SourceLibrary, initial: string): Promise<void> {
  const pick = vscode.window.createQuickPick<PassageItem>();
  pick.title = 'Attributor: Search the Sources';
  pick.placeholder = 'Words, a quotation or a claim; Enter inserts it with its citation';
  pick.matchOnDescription = true;
  pick.matchOnDetail = true;
  pick.busy = !library.current;
  const update = () => {
    const index = library.current;
    if (!index) return;
    pick.busy = false;
    const query = pick.value.trim();
    const matches = query ? index.find(query, 30) : [];
    pick.items = matches.map((m) => {
      const article = index.article(m.location.sourceId);
      return {
        label: `${m.kind === 'quote' ? '$(quote)' : '$(note)'} ${preview(m.text, 140)}`,
        description: [m.speaker?.name, article?.outlet].filter(Boolean).join(' · '),
        detail: article ? preview(article.title, 120) : m.location.sourceId,
        // The engine ranked them (prefix and fuzzy); the quick pick must not filter them out again.
        alwaysShow: true,
        buttons: [OPEN_BUTTON],
        match: m,
      };
    });
  };
  const disposables: vscode.Disposable[] = [
    pick.onDidChangeValue(update),
    pick.onDidTriggerItemButton((e) => {
      const m = e.item.match;
      const args: OpenSourceArgs = { sourceId: m.location.sourceId, start: m.location.start, end: m.location.end };
      void vscode.commands.executeCommand('attributor.openSource', args);
    }),
    pick.onDidAccept(() => {
      const chosen = pick.selectedItems[0] ?? pick.activeItems[0];
      pick.hide();
      if (!chosen) return;
      const m = chosen.match;
      const args: InsertQuoteArgs = { sourceId: m.location.sourceId, start: m.location.start, end: m.location.end, text: m.text };
      void vscode.commands.executeCommand('attributor.insertQuote', args);
    }),
  ];
  pick.onDidHide(() => {
    for (const d of disposables) d.dispose();
    pick.dispose();
  });
  pick.value = initial;
  pick.show();
  if (!library.current) {
    await library.ready();
    update();
  } else {
    update();
  }
}
