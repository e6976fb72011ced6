// Temporary folders for a test file, removed when its tests are done.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const made: string[] = [];

export function tempFolder(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `attributor-${prefix}-`));
  made.push(dir);
  return dir;
}

after(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A file's text changed, its size too, and a later modification time (the persisted index keys files by path, size and modification time). */
export function rewrite(file: string, text: string): void {
  fs.writeFileSync(file, text);
  const later = new Date(fs.statSync(file).mtimeMs + 5000);
  fs.utimesSync(file, later, later);
}
