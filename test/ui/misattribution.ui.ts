// A writer's session in a real VS Code (code-server in headless Chromium) with the packaged extension installed:
// they type a sentence that puts Putin's words in Zelensky's mouth, see the warning, read the Problems panel, hover
// the quote, complete a quotation from the sources, type a quote that drops a "not" and read the word diff in its
// hover, and list the draft's quotations in the Quotes of this Draft view. Assertions are on what the screen shows.
//
// Run by scripts/testing/runUiTests.ts (npm run test:ui), which packages the .vsix and sets:
//   ATTRIBUTOR_UI_VSIX      the packaged extension
//   ATTRIBUTOR_UI_RESULTS   where screenshots and logs go (test-results/ui)
//   ATTRIBUTOR_UPDATE_MEDIA=1  also copy the screenshots worth showing to media/ for the README
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { repoRoot } from '../../scripts/realVscode/paths';
import { openVsCode, type VsCodeSession } from './vsCodeSession';
import { Workbench, sameSpacing } from './workbench';

const MISATTRIBUTED = 'Zelensky said Russia would use "all available means" to protect the regions.';
const QUOTE_START = 'Putin vowed to use "all av';
/** Zelensky's words with their "not" dropped: a change of meaning. */
const DISTORTED = '"Ukraine will hold any negotiations with Russia as long as Putin is the president of the Russian Federation," Zelensky said.';

const resultsDir = process.env.ATTRIBUTOR_UI_RESULTS ?? path.join(repoRoot, 'test-results', 'ui');

function screenshotPath(name: string): string {
  return path.join(resultsDir, `${name}.png`);
}

function publish(name: string, mediaName: string): void {
  if (process.env.ATTRIBUTOR_UPDATE_MEDIA !== '1') return;
  fs.copyFileSync(screenshotPath(name), path.join(repoRoot, 'media', mediaName));
  console.log(`      (copied to media/${mediaName})`);
}

describe('A writer checks a draft in VS Code', function () {
  this.timeout(60_000);
  let session: VsCodeSession | undefined;
  let workbench: Workbench;

  before(async function () {
    this.timeout(120_000);
    const vsix = process.env.ATTRIBUTOR_UI_VSIX;
    assert.ok(vsix && fs.existsSync(vsix), 'ATTRIBUTOR_UI_VSIX names the packaged extension (run through npm run test:ui)');
    fs.mkdirSync(resultsDir, { recursive: true });
    session = await openVsCode(vsix, resultsDir);
    workbench = new Workbench(session.page);
    await workbench.waitUntilReady();
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && session) {
      await workbench.screenshot(screenshotPath(`failed-${this.currentTest.title.replace(/\W+/g, '-')}`)).catch(() => undefined);
    }
  });

  after(async () => {
    await session?.close();
  });

  it('opens draft.md from the Explorer and types a sentence into it', async () => {
    await workbench.openFromExplorer('draft.md');
    await workbench.waitForEditorText('Russia annexes four Ukrainian regions');
    await workbench.goToNewLineAtEnd();
    await workbench.type(MISATTRIBUTED);
    await workbench.dismissWidgets();
    const text = await workbench.waitForEditorText(MISATTRIBUTED);
    await workbench.screenshot(screenshotPath('01-typed'));
    assert.ok(sameSpacing(text).includes(MISATTRIBUTED), `the editor shows the typed sentence:\n${text}`);
  });

  it('underlines the misattributed quotation and lists it in Problems, naming Putin', async () => {
    await workbench.squiggles('warning').first().waitFor({ state: 'visible', timeout: 30_000 });
    const rows = await workbench.problemsRows(/Putin/);
    await workbench.screenshot(screenshotPath('02-problems'));
    assert.ok(
      rows.some((row) => /Putin/.test(row)),
      `a Problems row names Putin; rows: ${JSON.stringify(rows)}`,
    );
  });

  it('shows the source and its speaker when the mouse rests on the quotation', async () => {
    // Wait for the source's part of the hover: the diagnostic's part (which names Putin too) can show first.
    const hover = await workbench.hoverOver('available means', /all available means/);
    await workbench.screenshot(screenshotPath('03-hover'));
    assert.match(hover, /Putin/, `the hover names Putin; it said: ${JSON.stringify(hover)}`);
    assert.match(hover, /all available means/, `the hover quotes the source; it said: ${JSON.stringify(hover)}`);
    publish('03-hover', 'misattribution-hover.png');
  });

  it('completes a quotation with the exact words of the source', async () => {
    await workbench.goToNewLineAtEnd();
    await workbench.type(QUOTE_START);
    const rows = await workbench.suggestions(/all available means/);
    await workbench.screenshot(screenshotPath('04-completion'));
    assert.ok(
      rows.some((row) => row.includes('all available means')),
      `a suggestion offers "all available means"; the list showed: ${JSON.stringify(rows)}`,
    );
    publish('04-completion', 'quote-completion.png');

    const text = await workbench.acceptSuggestion(/all available means/, '"all available means"');
    await workbench.screenshot(screenshotPath('05-accepted'));
    assert.ok(sameSpacing(text).includes('Putin vowed to use "all available means"'), `the accepted text has the exact wording; the editor shows:\n${text}`);
  });

  it('shows a quote that drops a "not" as an error, and in the hover what changed word by word', async () => {
    // A paragraph of its own, as a writer would start one.
    await workbench.goToNewLineAtEnd();
    await workbench.page.keyboard.press('Enter');
    await workbench.type(DISTORTED);
    await workbench.dismissWidgets();
    await workbench.waitForEditorText('the Russian Federation," Zelensky said.');
    await workbench.squiggles('error').first().waitFor({ state: 'visible', timeout: 30_000 });
    const hover = await workbench.hoverOver('any negotiations', /Source → draft/);
    await workbench.screenshot(screenshotPath('06-diff-hover'));
    assert.match(hover, /Source → draft: Ukraine will not hold any negotiations/, `the hover shows the dropped word; it said: ${JSON.stringify(hover)}`);
    publish('06-diff-hover', 'diff-hover.png');
  });

  it('lists every quotation of the draft, with its status and speakers, in the Quotes of this Draft view', async () => {
    await workbench.runCommand('Focus on Quotes of this Draft View');
    const rows = await workbench.viewRows('Quotes of this Draft', /altered: meaning changed/);
    await workbench.widenSideBar(720);
    await workbench.screenshot(screenshotPath('07-draft-quotes'));
    assert.ok(rows.some((row) => /misattributed · Zelensky → sources: Vladimir Putin/.test(row)), `a row shows the misattribution; rows: ${JSON.stringify(rows)}`);
    assert.ok(rows.some((row) => /altered: meaning changed · Zelensky/.test(row)), `a row shows the change of meaning; rows: ${JSON.stringify(rows)}`);
    publish('07-draft-quotes', 'quotes-of-this-draft.png');
  });
});
