// Runs the in-host suite in desktop VS Code through @vscode/test-electron, for machines that can download VS Code.
// Like the code-server runner it tests the packaged extension: the .vsix is installed with VS Code's own CLI into a
// fresh folder and that installed folder is the development extension.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { downloadAndUnzipVSCode, resolveCliPathFromVSCodeExecutablePath, runTests } from '@vscode/test-electron';
import { EXTENSION_ID } from '../realVscode/codeServer';
import { createRunFolders } from '../realVscode/runFolders';
import type { HostRunOptions } from './hostRunOptions';

/** Fails early, before anything is built, where desktop VS Code cannot show a window. */
export function checkElectronCanRun(): void {
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    throw new Error('desktop VS Code needs a display: run under xvfb-run -a, or use the code-server runner');
  }
}

export async function runInElectron(options: HostRunOptions): Promise<number> {
  checkElectronCanRun();
  const run = createRunFolders('host-electron', options.workspaceSource);
  try {
    const vscodeExecutablePath = await downloadAndUnzipVSCode(process.env.ATTRIBUTOR_VSCODE_VERSION ?? 'stable');
    const cli = resolveCliPathFromVSCodeExecutablePath(vscodeExecutablePath);
    const install = spawnSync(
      cli,
      ['--install-extension', options.vsix, '--extensions-dir', run.installed, '--user-data-dir', run.userData],
      { encoding: 'utf8', shell: process.platform === 'win32' },
    );
    fs.writeFileSync(path.join(options.resultsDir, 'install-extension.log'), `${install.stdout ?? ''}${install.stderr ?? ''}`);
    if (install.status !== 0) throw new Error(`VS Code could not install ${options.vsix}: ${install.stderr || install.error?.message}`);
    const folder = fs.readdirSync(run.installed).find((name) => name.toLowerCase().startsWith(`${EXTENSION_ID}-`));
    if (!folder) throw new Error(`no ${EXTENSION_ID}-* folder in ${run.installed} after installing ${options.vsix}`);

    return await runTests({
      vscodeExecutablePath,
      extensionDevelopmentPath: path.join(run.installed, folder),
      extensionTestsPath: options.testsModule,
      extensionTestsEnv: { ...options.env, ATTRIBUTOR_TEST_WORKSPACE: run.workspace },
      launchArgs: [
        run.workspace,
        '--user-data-dir', run.userData,
        '--extensions-dir', run.extensions,
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        '--disable-telemetry',
      ],
    }).catch((error: Error) => {
      // runTests rejects when run() threw (tests failed); the summary file says how many.
      console.error(`in-host (electron): ${error.message}`);
      return 1;
    });
  } finally {
    run.remove();
  }
}
