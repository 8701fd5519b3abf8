import type { InputError } from '../model/index.js';
import type { Segment } from '../stages/segment.js';

export interface ErrorPlace {
  line?: number;
  column?: number;
  articleId?: string;
}

/**
 * Returns a read-stage error segment whose message starts with `file:line:column:`. `fatal` says
 * whether the input was dropped (true) or kept with a repair (false, e.g. bad bytes → U+FFFD).
 */
export function readError(file: string, rule: string, message: string, place: ErrorPlace = {}, fatal = true): { error: InputError } {
  const where = [file, place.line, place.column].filter((p) => p !== undefined).join(':');
  // A message may quote the input (JSON.parse's cuts an emoji in half): a lone surrogate cannot be written as UTF-8.
  const error: InputError = { file, stage: 'read', rule, fatal, message: `${where}: ${message}`.toWellFormed() };
  if (place.line !== undefined) error.line = place.line;
  if (place.column !== undefined) error.column = place.column;
  if (place.articleId !== undefined) error.articleId = place.articleId;
  return { error } satisfies Segment;
}

/** Returns the short reason of a file-system error: its code (ENOENT, EACCES) or its message. */
export function fsReason(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
}
