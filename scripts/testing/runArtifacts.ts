// Per-run paths for a test command, so that two runs in the same checkout (two engineers, or `npm test` beside
// `npm run test:host`) never delete or overwrite each other's bundles, packages and results mid-run.
// Results are written to test-results/.<suite>-<pid>/ and moved to test-results/<suite>/ when the run ends.
import * as fs from 'fs';
import * as path from 'path';
import { repoRoot, testResultsDir } from '../realVscode/paths';

export interface RunArtifacts {
  /** Where this run writes its results until publish(). */
  resultsDir: string;
  /** A folder inside the repository (so bundles there resolve `mocha` from its node_modules); removed by cleanUp(). */
  scratchDir: string;
  /** Moves the results to test-results/<suite>/ (replacing the last run's) and returns that folder. */
  publish(): string;
  cleanUp(): void;
}

export function runArtifacts(suite: string): RunArtifacts {
  const resultsDir = path.join(testResultsDir, `.${suite}-${process.pid}`);
  const scratchDir = path.join(repoRoot, 'out', 'test', `${suite}-${process.pid}`);
  for (const dir of [resultsDir, scratchDir]) {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
  }
  const finalDir = path.join(testResultsDir, suite);
  const artifacts: RunArtifacts = {
    resultsDir,
    scratchDir,
    publish() {
      if (fs.existsSync(resultsDir)) {
        fs.rmSync(finalDir, { recursive: true, force: true });
        fs.renameSync(resultsDir, finalDir);
      }
      return finalDir;
    },
    cleanUp() {
      fs.rmSync(scratchDir, { recursive: true, force: true });
    },
  };
  // Also when the run is cut short (Ctrl+C): nothing of it stays in out/, and its results are where people look.
  process.on('exit', () => {
    artifacts.publish();
    artifacts.cleanUp();
  });
  return artifacts;
}
