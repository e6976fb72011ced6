// Shows a file's new text as it grows (like tail -f), for output written by a process we cannot pipe from.
import * as fs from 'fs';

export function followFile(file: string, show: (text: string) => void, intervalMs = 200): () => void {
  let offset = 0;
  const readNew = () => {
    let fd: number | undefined;
    try {
      fd = fs.openSync(file, 'r');
      const size = fs.fstatSync(fd).size;
      if (size <= offset) return;
      const buffer = Buffer.alloc(size - offset);
      fs.readSync(fd, buffer, 0, buffer.length, offset);
      offset = size;
      show(buffer.toString('utf8'));
    } catch {
      // not written yet
    } finally {
      if (fd !== undefined) fs.closeSync(fd);
    }
  };
  const timer = setInterval(readNew, intervalMs);
  return () => {
    clearInterval(timer);
    readNew();
  };
}
