import { createWriteStream, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';

/** A file being written under a temporary name; it takes its real name only on `commit`. */
export interface OutputFile {
  write(chunk: string): Promise<void>;
}

/**
 * An output directory whose files are written to `<name>.<pid>.tmp` and renamed into place together
 * at the end, so a crash never leaves a half-written file under a real name.
 */
export interface OutputDir {
  open(name: string): OutputFile;
  /** Returns a temporary path for a file written some other way; it is renamed to `name` on commit. */
  reserve(name: string): string;
  commit(): Promise<void>;
  abort(): void;
}

/** True when a process with this id is running (so its temporary files are in use). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes temporary files a killed run left behind (`*.<pid>.tmp`, `.gazette-spill-<pid>.jsonl`). */
export function removeStaleTemporaries(dir: string): void {
  for (const name of readdirSync(dir)) {
    const match = /\.(\d+)\.tmp$/u.exec(name) ?? /^\.gazette-spill-(\d+)\.jsonl$/u.exec(name);
    if (match && Number(match[1]) !== process.pid && !isRunning(Number(match[1]))) rmSync(join(dir, name), { force: true });
  }
}

// Writes are gathered to this many UTF-16 units before they reach the stream: a run writes a few
// short rows per article to five files, and one system call per row costs more than the rows.
const BATCH_CHARS = 1 << 16;

/** A file written in batches of BATCH_CHARS (waiting when the stream asks to). */
export interface BatchedFile {
  write(chunk: string): Promise<void>;
  /** Hands over what is left and waits until the file is closed. */
  close(): Promise<void>;
  /** Stops writing at once (the file is left as it is). */
  destroy(): void;
}

/** Opens `path` for writing (UTF-8) in batches. */
export function openBatchedFile(path: string): BatchedFile {
  const stream = createWriteStream(path, { encoding: 'utf8' });
  let pending = '';
  return {
    async write(chunk) {
      pending += chunk;
      if (pending.length < BATCH_CHARS) return;
      const batch = pending;
      pending = '';
      if (!stream.write(batch)) await once(stream, 'drain');
    },
    async close() {
      if (pending) stream.write(pending);
      pending = '';
      stream.end();
      await once(stream, 'close');
    },
    destroy: () => stream.destroy(),
  };
}

export function openOutputDir(dir: string): OutputDir {
  mkdirSync(dir, { recursive: true });
  removeStaleTemporaries(dir);
  const files: { name: string; tmp: string; file?: BatchedFile }[] = [];
  return {
    open(name) {
      const tmp = join(dir, `${name}.${process.pid}.tmp`);
      const file = openBatchedFile(tmp);
      files.push({ name, tmp, file });
      return { write: file.write };
    },
    reserve(name) {
      const tmp = join(dir, `${name}.${process.pid}.tmp`);
      files.push({ name, tmp });
      return tmp;
    },
    async commit() {
      await Promise.all(files.map(({ file }) => file?.close()));
      for (const { name, tmp } of files) renameSync(tmp, join(dir, name));
    },
    abort() {
      for (const { tmp, file } of files) {
        file?.destroy();
        rmSync(tmp, { force: true });
      }
    },
  };
}
