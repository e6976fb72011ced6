// "Search the Sources" and "Show Quotes of a Speaker": quick picks of what the server finds. Enter inserts the
// passage with its citation; the item's button opens the source there.
import * as vscode from 'vscode';
import { SearchSourcesRequest, SpeakerQuotesRequest, SpeakersRequest, type PassageItem } from '../protocol/lspExtensions';
import { isServed } from './languageClient';
import type { ServerSession } from './serverSession';
import { notificationText } from './displayText';

type Item = vscode.QuickPickItem & { readonly passage: PassageItem };

const OPEN_BUTTON: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('go-to-file'), tooltip: 'Open the source at this passage' };

function toItem(passage: PassageItem): Item {
  // The server ranked them; the quick pick must not filter them out again.
  return { label: passage.label, description: passage.description, detail: passage.detail, alwaysShow: true, buttons: [OPEN_BUTTON], passage };
}

/** A quick pick whose Enter inserts the passage (or opens it where no draft is active) and whose button opens it. */
function passagePick(title: string, placeholder: string): vscode.QuickPick<Item> {
  const pick = vscode.window.createQuickPick<Item>();
  pick.title = title;
  pick.placeholder = placeholder;
  pick.matchOnDescription = true;
  pick.matchOnDetail = true;
  const disposables = [
    pick.onDidTriggerItemButton((e) => void vscode.commands.executeCommand('attributor.openSource', e.item.passage.open)),
    pick.onDidAccept(() => {
      const chosen = pick.selectedItems[0] ?? pick.activeItems[0];
      pick.hide();
      if (!chosen) return;
      const editor = vscode.window.activeTextEditor;
      if (editor && isServed(editor.document)) void vscode.commands.executeCommand('attributor.insertQuote', chosen.passage.insert);
      else void vscode.commands.executeCommand('attributor.openSource', chosen.passage.open);
    }),
  ];
  pick.onDidHide(() => {
    for (const d of disposables) d.dispose();
    pick.dispose();
  });
  return pick;
}

async function searchSources(session: ServerSession, initial: string): Promise<void> {
  const pick = passagePick('Attributor: Search the Sources', 'Words, a quotation or a claim; Enter inserts it with its citation');
  pick.busy = true;
  let asked = 0;
  const update = async () => {
    const ask = ++asked;
    const items = await session.request(SearchSourcesRequest, { query: pick.value, limit: 30 });
    if (ask !== asked) return;
    pick.busy = false;
    pick.items = items.map(toItem);
  };
  pick.onDidChangeValue(() => void update());
  pick.value = initial;
  pick.show();
  await session.whenIndexed();
  await update();
}

async function speakerQuotes(session: ServerSession, speakerKey: string | undefined): Promise<void> {
  await session.whenIndexed();
  if (!speakerKey) {
    const speakers = await session.request(SpeakersRequest);
    const picked = await vscode.window.showQuickPick(speakers, { title: 'Attributor: Show Quotes of a Speaker', placeHolder: 'Choose a speaker', matchOnDescription: true });
    if (!picked) return;
    speakerKey = picked.key;
  }
  const { name, quotes } = await session.request(SpeakerQuotesRequest, { key: speakerKey });
  if (!quotes.length) {
    void vscode.window.showInformationMessage(notificationText(`Attributor: the sources quote nobody as ${speakerKey}.`));
    return;
  }
  const pick = passagePick(`Attributor: Quotes of ${name}`, 'Enter inserts the quotation with its citation; the button opens the source');
  pick.items = quotes.map((q) => ({ ...toItem(q), alwaysShow: false }));
  pick.show();
}

export function registerSourcePickers(session: ServerSession): vscode.Disposable {
  const guard = (what: string, run: () => Promise<void>) =>
    run().catch((error) => session.output.error(`${what} failed: ${error instanceof Error ? error.message : String(error)}`));
  return vscode.Disposable.from(
    vscode.commands.registerCommand('attributor.searchSources', (initial?: string) => guard('Searching the sources', () => searchSources(session, typeof initial === 'string' ? initial : ''))),
    vscode.commands.registerCommand('attributor.showSpeakerQuotes', (key?: string) => guard('Showing the quotes of a speaker', () => speakerQuotes(session, typeof key === 'string' ? key : undefined))),
  );
}
