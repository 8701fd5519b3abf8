import { readFileSync } from 'node:fs';
import type { z } from 'zod';

/** Returns the first problem of a failed zod parse as `field.path: message`. */
export function formatZodIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  const where = issue.path.length ? issue.path.join('.') : '(root)';
  return `${where}: ${issue.message}`;
}

/** Reads a JSON file and validates it; throws an Error whose message names the file and the bad field. */
export function readJsonFile<T extends z.ZodType>(path: string, schema: T): z.output<T> {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path}: ${(error as Error).message}`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new Error(`${path}: ${formatZodIssue(parsed.error)}`);
  return parsed.data;
}

/** Returns the JSON object in `text`, or undefined when it is not JSON or not an object (a damaged line). */
export function parseJsonObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value as Record<string, unknown> : undefined;
  } catch {
    return undefined;
  }
}
