// A fresh set of folders for one run of VS Code: user data (a reused one would restore the last run's editors),
// extensions, a browser profile, XDG homes, and a workspace copied from a fixture so tests never touch the repo.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export interface RunFolders {
  root: string;
  userData: string;
  /** The extensions folder VS Code runs with. */
  extensions: string;
  /** Where a .vsix is installed when it is loaded as a development extension instead. */
  installed: string;
  browserProfile: string;
  xdg: { config: string; data: string; cache: string };
  workspace: string;
  /** Removes everything, unless ATTRIBUTOR_KEEP_RUN=1 (then it prints where the folders are). */
  remove(): void;
}

/** User settings that keep a fresh VS Code quiet and offline; nothing that changes how the editor behaves. */
const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'git.enabled': false,
};

export function createRunFolders(kind: string, workspaceSource: string): RunFolders {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), `attributor-${kind}-`));
  const sub = (name: string) => {
    const folder = path.join(root, name);
    fs.mkdirSync(folder, { recursive: true });
    return folder;
  };
  const folders: RunFolders = {
    root,
    userData: sub('user-data'),
    extensions: sub('extensions'),
    installed: sub('installed'),
    browserProfile: sub('browser'),
    xdg: { config: sub('xdg/config'), data: sub('xdg/data'), cache: sub('xdg/cache') },
    workspace: path.join(root, 'workspace'),
    remove() {
      if (process.env.ATTRIBUTOR_KEEP_RUN === '1') {
        console.log(`attributor: kept the run folders in ${root}`);
        return;
      }
      fs.rmSync(root, { recursive: true, force: true, maxRetries: 3 });
    },
  };
  fs.cpSync(workspaceSource, folders.workspace, { recursive: true });
  fs.mkdirSync(path.join(folders.userData, 'User'), { recursive: true });
  fs.writeFileSync(path.join(folders.userData, 'User', 'settings.json'), JSON.stringify(QUIET_SETTINGS, null, 2) + '\n');
  return folders;
}
