// A draft read from disk, defensively: only a regular file (a FIFO would wait for a writer forever, /dev/zero
// never ends), at most a given size (read in bounded steps, so a file growing while read cannot grow memory),
// and only text: UTF-8, without NUL or other control characters a text file never holds.
import { constants, promises as fsp } from 'fs';
import { InputError, UsageError } from './cliOptions';

/** C0 controls other than tab, line feed, vertical tab, form feed, carriage return and escape; and DEL. */
const BINARY = /[\u0000-\u0008\u000E-\u001A\u001C-\u001F\u007F]/;

function describe(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  if (err.code === 'ENOENT') return 'no such file';
  if (err.code === 'EACCES' || err.code === 'EPERM') return 'permission denied';
  if (err.code === 'EISDIR') return 'a folder, not a file';
  return err.code ?? err.message;
}

export async function readDraftFile(file: string, maxBytes: number): Promise<string> {
  let handle: fsp.FileHandle;
  try {
    // Non-blocking, so that opening a FIFO with no writer returns at once instead of waiting.
    handle = await fsp.open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    throw new InputError(`cannot read ${file}: ${describe(e)}`);
  }
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) throw new InputError(`cannot read ${file}: a folder, not a file`);
    if (!stat.isFile()) throw new InputError(`cannot read ${file}: not a regular file (a pipe, socket or device)`);
    const limit = `${Math.round(maxBytes / 1e6)} MB (--max-draft-mb)`;
    if (stat.size > maxBytes) throw new InputError(`cannot read ${file}: ${(stat.size / 1e6).toFixed(1)} MB is more than the limit of ${limit}`);
    const buffer = Buffer.alloc(Math.min(maxBytes + 1, Math.max(stat.size + 1, 1 << 16)));
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        throw new UsageError(length > maxBytes ? `cannot read ${file}: more than the limit of ${limit}` : `cannot read ${file}: it grew while being read`);
      }
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(buffer.subarray(0, length));
    } catch {
      throw new InputError(`cannot read ${file}: not a text file (not UTF-8)`);
    }
    if (BINARY.test(text)) throw new InputError(`cannot read ${file}: not a text file (binary bytes)`);
    return text.replace(/^\uFEFF/, '');
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new InputError(`cannot read ${file}: ${describe(e)}`);
  } finally {
    await handle.close();
  }
}
