import { existsSync, lstatSync, readlinkSync } from 'node:fs';

/** A file-system failure of the run (disk full, permission denied, …) with the path it happened on. */
export interface IoFailure extends Error {
  code: string;
  path: string;
}

const REASONS: Record<string, string> = {
  ENOSPC: 'no space left on device', EDQUOT: 'disk quota exceeded', EACCES: 'permission denied', EPERM: 'operation not permitted',
  EROFS: 'read-only file system', ENOTDIR: 'not a directory', EISDIR: 'is a directory', ENOENT: 'no such file or directory',
  EEXIST: 'already exists', EIO: 'input/output error', EMFILE: 'too many open files', ENAMETOOLONG: 'name too long', EFBIG: 'file too large',
  ENOTEMPTY: 'directory not empty', EXDEV: 'on another file system', EBUSY: 'busy',
};

/** Returns an error whose message is `cannot <action> <path>: <reason> (<CODE>)`, or `cause` itself when it is not a system error. */
export function ioFailure(action: string, path: string, cause: unknown): Error {
  const code = (cause as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code !== 'string' || !/^E[A-Z0-9]+$/u.test(code)) return cause instanceof Error ? cause : new Error(String(cause));
  if (isIoFailure(cause)) return cause;
  const failure = new Error(`cannot ${action} ${path}: ${REASONS[code] ?? (cause as Error).message} (${code})`, { cause }) as IoFailure;
  failure.code = code;
  failure.path = path;
  failure.name = 'IoFailure';
  return failure;
}

/** True for an error made by `ioFailure`. */
export function isIoFailure(error: unknown): error is IoFailure {
  return error instanceof Error && error.name === 'IoFailure';
}

/** Returns the failure as a one-line message: an `ioFailure`'s own, a bare system error's `cannot <syscall> <path>`, any other's message. */
export function failureMessage(error: unknown): string {
  const system = error as NodeJS.ErrnoException;
  if (!isIoFailure(error) && typeof system.code === 'string' && /^E[A-Z0-9]+$/u.test(system.code) && system.path) {
    return ioFailure(system.syscall ?? 'use', system.path, error).message;
  }
  return (error as Error).message;
}

/**
 * Throws when `dir` is a symbolic link to nothing: a directory made there would replace the link, and
 * mkdir and rename fail with a code (ENOENT, ENOTDIR) that sends the user looking in the wrong place.
 * GNU cp refuses to write through such a link too. `label` follows the path in the message (" (--state)").
 */
export function refuseDanglingLink(dir: string, label = ''): void {
  let link = false;
  try {
    link = !existsSync(dir) && lstatSync(dir).isSymbolicLink();
  } catch {
    // Missing, or under a file (ENOTDIR): what the output's creation says then is right.
  }
  if (!link) return;
  throw new Error(`${dir}/${label} is a symbolic link to ${readlinkSync(dir)}, which does not exist; create that directory or remove the link`);
}
