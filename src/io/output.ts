import { createWriteStream, mkdirSync, renameSync, rmSync, type WriteStream } from 'node:fs';
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
  commit(): Promise<void>;
  abort(): void;
}

export function openOutputDir(dir: string): OutputDir {
  mkdirSync(dir, { recursive: true });
  const files: { name: string; tmp: string; stream: WriteStream }[] = [];
  return {
    open(name) {
      const tmp = join(dir, `${name}.${process.pid}.tmp`);
      const stream = createWriteStream(tmp, { encoding: 'utf8' });
      files.push({ name, tmp, stream });
      return {
        async write(chunk) {
          if (!stream.write(chunk)) await once(stream, 'drain');
        },
      };
    },
    async commit() {
      await Promise.all(files.map(async ({ stream }) => {
        stream.end();
        await once(stream, 'close');
      }));
      for (const { name, tmp } of files) renameSync(tmp, join(dir, name));
    },
    abort() {
      for (const { tmp, stream } of files) {
        stream.destroy();
        rmSync(tmp, { force: true });
      }
    },
  };
}
