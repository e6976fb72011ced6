// What both in-host runners (code-server and @vscode/test-electron) are given.
export interface HostRunOptions {
  /** The packaged extension. */
  vsix: string;
  /** The bundled test entry (out/test/host/index.js), which exports run(). */
  testsModule: string;
  /** Copied to a temp folder and opened as the workspace. */
  workspaceSource: string;
  /** Extra environment for the extension host (summary path, grep). */
  env: Record<string, string>;
  /** Logs go here. */
  resultsDir: string;
}
