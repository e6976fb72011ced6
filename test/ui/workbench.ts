// What a person does in the VS Code workbench, as Playwright steps: open a file from the Explorer, type, hover over
// words, open the Problems panel, ask for suggestions. Every wait polls the page with a time limit.
import type { Locator, Page } from 'playwright-core';

const EDITOR_LINES = '.monaco-editor .view-lines';

// The page's DOM, as far as the functions run in the page use it (the project compiles without the DOM library).
interface PageText {
  data: string;
}
interface PageRange {
  setStart(node: PageText, offset: number): void;
  setEnd(node: PageText, offset: number): void;
  getBoundingClientRect(): { x: number; y: number; width: number; height: number };
}
declare const document: {
  createTreeWalker(root: unknown, whatToShow: number): { nextNode(): unknown };
  createRange(): PageRange;
};
const SHOW_TEXT = 4; // NodeFilter.SHOW_TEXT

export class Workbench {
  constructor(readonly page: Page) {}

  async waitUntilReady(): Promise<void> {
    await this.page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    await this.page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
  }

  async openFromExplorer(fileName: string): Promise<void> {
    const row = this.page.locator('.explorer-folders-view .monaco-list-row').filter({ hasText: fileName }).first();
    await row.click();
    await this.page.locator('.tabs-container .tab.active').filter({ hasText: fileName }).waitFor({ timeout: 30_000 });
    await this.page.locator(EDITOR_LINES).first().waitFor();
  }

  /** Puts the cursor at the end of the draft, on a line of its own. */
  async goToNewLineAtEnd(): Promise<void> {
    await this.page.locator(EDITOR_LINES).first().click();
    await this.page.keyboard.press('Control+End');
    await this.dismissWidgets();
    await this.page.keyboard.press('Enter');
  }

  /** Types key by key, as a person would. */
  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text, { delay: 25 });
  }

  /** Closes a suggestion list or hover so that Enter means a new line. */
  async dismissWidgets(): Promise<void> {
    await this.page.keyboard.press('Escape');
  }

  /** The editor's visible text, screen lines joined with \n (a long line wraps onto several screen lines). */
  async editorText(): Promise<string> {
    const lines = await this.page.locator(`${EDITOR_LINES} .view-line`).evaluateAll((nodes) =>
      nodes
        .map((node) => ({ top: parseFloat((node as unknown as { style: { top: string } }).style.top) || 0, text: node.textContent ?? '' }))
        .sort((a, b) => a.top - b.top)
        .map((line) => line.text),
    );
    return lines.join('\n').replace(/\u00a0/g, ' ');
  }

  /** Waits until the editor shows `expected` (compared with runs of white space, wraps included, as one space). */
  async waitForEditorText(expected: string, timeout = 15_000): Promise<string> {
    return this.poll(`the editor to show ${JSON.stringify(expected)}`, async () => {
      const text = await this.editorText();
      return sameSpacing(text).includes(sameSpacing(expected)) ? text : undefined;
    }, timeout);
  }

  squiggles(severity: 'warning' | 'error' | 'info'): Locator {
    return this.page.locator(`.monaco-editor .squiggly-${severity}`);
  }

  /** Ctrl+Shift+M, then the rows' text once a row matching `expected` shows. */
  async problemsRows(expected: RegExp, timeout = 15_000): Promise<string[]> {
    await this.page.keyboard.press('Control+Shift+M');
    const rows = this.page.locator('.markers-panel .monaco-list-row');
    await rows.first().waitFor({ timeout });
    try {
      await rows.filter({ hasText: expected }).first().waitFor({ timeout });
    } catch {
      // fall through: the caller's assertion shows what the rows said
    }
    return (await rows.allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
  }

  /** Moves the mouse away, then onto `words` in the editor, and returns the hover's text once it shows `expected`. */
  async hoverOver(words: string, expected: RegExp, timeout = 15_000): Promise<string> {
    const box = await this.textBox(words);
    await this.page.mouse.move(5, 5);
    await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
    const hover = this.page.locator('.monaco-hover-content').filter({ hasText: expected }).first();
    try {
      await hover.waitFor({ state: 'visible', timeout });
      return (await hover.innerText()).trim();
    } catch {
      const any = this.page.locator('.monaco-hover-content');
      return (await any.count()) ? (await any.allInnerTexts()).join('\n').trim() : '';
    }
  }

  /** Runs a command from the Command Palette (F1) by its title, as a person would. */
  async runCommand(title: string): Promise<void> {
    await this.dismissWidgets();
    await this.page.keyboard.press('F1');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: 15_000 });
    await input.fill(`>${title}`);
    await this.page.locator('.quick-input-widget .monaco-list-row').filter({ hasText: title }).first().waitFor({ timeout: 15_000 });
    await this.page.keyboard.press('Enter');
  }

  /** Drags the side bar's edge to `width` pixels, so that a view's rows show whole. */
  async widenSideBar(width: number): Promise<void> {
    const side = await this.page.locator('.part.sidebar').boundingBox();
    if (!side) return;
    const edge = side.x + side.width;
    // The sash that resizes the side bar is the vertical one on its edge.
    for (const sash of await this.page.locator('.monaco-sash.vertical').all()) {
      const box = await sash.boundingBox();
      if (!box || Math.abs(box.x + box.width / 2 - edge) > 6 || box.height < side.height / 2) continue;
      const y = box.y + box.height / 2;
      await this.page.mouse.move(box.x + box.width / 2, y);
      await this.page.mouse.down();
      await this.page.mouse.move(side.x + width, y, { steps: 10 });
      await this.page.mouse.up();
      return;
    }
  }

  /** The rows of the side bar view titled `title`, once a row matching `expected` shows. */
  async viewRows(title: string, expected: RegExp, timeout = 15_000): Promise<string[]> {
    const pane = this.page.locator('.pane').filter({ has: this.page.locator('.pane-header', { hasText: title }) }).first();
    const rows = pane.locator('.monaco-list-row');
    try {
      await rows.filter({ hasText: expected }).first().waitFor({ timeout });
    } catch {
      // fall through: the caller's assertion shows what the rows said
    }
    return (await rows.allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
  }

  /** Ctrl+Space, then the suggestion rows' text (label and detail) once a row matching `expected` shows. */
  /**
   * Asks for suggestions (Ctrl+Space) until a row matches `expected`, as a person asks again when the list came up
   * before the answer they wanted (a list answered while the server was still busy with the keystrokes before it).
   */
  async suggestions(expected: RegExp, timeout = 15_000): Promise<string[]> {
    const rows = this.page.locator('.suggest-widget.visible .monaco-list-row');
    const deadline = Date.now() + timeout;
    do {
      await this.dismissWidgets();
      await this.page.keyboard.press('Control+Space');
      try {
        await rows.filter({ hasText: expected }).first().waitFor({ timeout: Math.max(1, Math.min(5_000, deadline - Date.now())) });
        break;
      } catch {
        // ask again until the deadline; then fall through: the caller's assertion shows what the list said
      }
    } while (Date.now() < deadline);
    return (await rows.allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
  }

  /**
   * Accepts the suggestion that matches `expected`, moving the list's focus onto it first, and returns the editor's
   * text once it shows `accepted`.
   */
  async acceptSuggestion(expected: RegExp, accepted: string): Promise<string> {
    // The list can close and open again while the server answers (a diagnostics update redraws the editor), and it can
    // close between the check of its focused row and the key press: Enter then breaks the line instead of accepting.
    // So Enter is pressed only on the expected row, focused in a visible list; a list that closed is asked for again
    // (Ctrl+Space, as a writer would); and a press that changed the text without accepting is undone (Ctrl+Z, as a
    // writer would) before the next try. The caller's assertion still reads the accepted text.
    const widget = this.page.locator('.suggest-widget.visible');
    const focused = widget.locator('.monaco-list-row.focused');
    for (let attempt = 0; attempt < 3; attempt++) {
      if (!(await widget.isVisible())) {
        await this.page.keyboard.press('Control+Space');
        await widget.waitFor({ state: 'visible', timeout: 10_000 }).catch(() => undefined);
      }
      const before = await this.editorText();
      let pressed = false;
      for (let step = 0; step < 20 && !pressed && (await widget.isVisible()); step++) {
        const text = (await focused.allInnerTexts()).join(' ');
        if (expected.test(text)) {
          await this.page.keyboard.press('Enter');
          pressed = true;
        } else {
          await this.page.keyboard.press('ArrowDown');
        }
      }
      if (!pressed) continue;
      const shown = await this.waitForEditorText(accepted, 5_000).catch(() => undefined);
      if (shown !== undefined) return shown;
      console.log(`      (attempt ${attempt + 1}: Enter on the suggestion did not accept it; ${(await this.editorText()) !== before ? 'undoing the change and ' : ''}asking again)`);
      if ((await this.editorText()) !== before) await this.page.keyboard.press('Control+Z');
      await this.dismissWidgets();
    }
    return this.editorText();
  }

  async screenshot(file: string): Promise<void> {
    await this.page.screenshot({ path: file });
  }

  /** The on-screen rectangle of `words` in the editor, computed with a DOM Range over the line's text nodes. */
  private async textBox(words: string): Promise<{ x: number; y: number; width: number; height: number }> {
    const box = await this.page.locator(`${EDITOR_LINES} .view-line`).evaluateAll((lines, [showText, needle]) => {
      for (const line of lines) {
        const walker = document.createTreeWalker(line, showText);
        const nodes: PageText[] = [];
        for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as PageText);
        const text = nodes.map((n) => n.data).join('').replace(/\u00a0/g, ' ');
        const at = text.indexOf(needle);
        if (at < 0) continue;
        // No helper functions in here: this runs in the page, where the test runner's helpers do not exist.
        const range = document.createRange();
        let start = at;
        let end = at + needle.length;
        for (const node of nodes) {
          if (start >= 0 && start <= node.data.length) range.setStart(node, start);
          if (end >= 0 && end <= node.data.length) {
            range.setEnd(node, end);
            break;
          }
          start -= node.data.length;
          end -= node.data.length;
        }
        const rect = range.getBoundingClientRect();
        return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
      }
      return undefined;
    }, [SHOW_TEXT, words] as const);
    if (!box) throw new Error(`"${words}" is not on screen in the editor`);
    return box;
  }

  private async poll<T>(what: string, probe: () => Promise<T | undefined>, timeout: number): Promise<T> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const value = await probe();
      if (value !== undefined) return value;
      if (Date.now() > deadline) throw new Error(`timed out after ${timeout / 1000} s waiting for ${what}`);
      await this.page.waitForTimeout(100);
    }
  }
}

export function sameSpacing(text: string): string {
  return text.replace(/\s+/g, ' ');
}
