import { ENTITY_TYPES, type EntityType } from './types.js';

/** BILOU position of a label inside its entity. */
export const enum Position {
  Begin = 0,
  Inside = 1,
  Last = 2,
  Unit = 3,
}

/** Label 0 is O; label 1 + 4·type + position is B/I/L/U of that type. */
export const LABEL_COUNT = 1 + ENTITY_TYPES.length * 4;
export const OUTSIDE = 0;

const POSITION_LETTERS = ['B', 'I', 'L', 'U'] as const;

/** Returns the label index for a BILOU position of an entity type index. */
export function labelOf(typeIndex: number, position: Position): number {
  return 1 + typeIndex * 4 + position;
}

/** Returns the entity type index of a label, or -1 for O. */
export function typeIndexOf(label: number): number {
  return label === OUTSIDE ? -1 : (label - 1) >> 2;
}

/** Returns the BILOU position of a non-O label. */
export function positionOf(label: number): Position {
  return ((label - 1) & 3) as Position;
}

/** Returns the conventional name of a label, e.g. `B-PER` or `O`. */
export function labelName(label: number): string {
  if (label === OUTSIDE) return 'O';
  return `${POSITION_LETTERS[positionOf(label)]}-${ENTITY_TYPES[typeIndexOf(label)]}`;
}

/** Returns true when a label leaves an entity open (B or I), so the next label must continue it. */
export function isOpen(label: number): boolean {
  if (label === OUTSIDE) return false;
  const position = positionOf(label);
  return position === Position.Begin || position === Position.Inside;
}

/** Returns true when `label` may follow `previous` in a well-formed BILOU sequence. */
export function isAllowedAfter(previous: number, label: number): boolean {
  if (isOpen(previous)) {
    if (label === OUTSIDE || typeIndexOf(label) !== typeIndexOf(previous)) return false;
    const position = positionOf(label);
    return position === Position.Inside || position === Position.Last;
  }
  if (label === OUTSIDE) return true;
  const position = positionOf(label);
  return position === Position.Begin || position === Position.Unit;
}

/** `ALLOWED_TRANSITIONS[previous * LABEL_COUNT + label]` is 1 when `label` may follow `previous`. */
export const ALLOWED_TRANSITIONS: Uint8Array = (() => {
  const table = new Uint8Array(LABEL_COUNT * LABEL_COUNT);
  for (let p = 0; p < LABEL_COUNT; p++) {
    for (let l = 0; l < LABEL_COUNT; l++) table[p * LABEL_COUNT + l] = isAllowedAfter(p, l) ? 1 : 0;
  }
  return table;
})();

/** `CLOSED_LABELS[label]` is 1 for labels that may end a sentence (O, L, U). */
export const CLOSED_LABELS: Uint8Array = Uint8Array.from({ length: LABEL_COUNT }, (_, l) => (isOpen(l) ? 0 : 1));

/** A span over token indices `[tokenStart, tokenEnd)` of one type. */
export interface TokenSpan {
  tokenStart: number;
  tokenEnd: number;
  type: EntityType;
}

/** Returns the BILOU labels of `length` tokens that carry the given non-overlapping spans. */
export function encodeBilou(length: number, spans: readonly TokenSpan[]): Uint8Array {
  const labels = new Uint8Array(length);
  for (const span of spans) {
    const typeIndex = ENTITY_TYPES.indexOf(span.type);
    if (span.tokenEnd - span.tokenStart === 1) {
      labels[span.tokenStart] = labelOf(typeIndex, Position.Unit);
      continue;
    }
    labels[span.tokenStart] = labelOf(typeIndex, Position.Begin);
    for (let i = span.tokenStart + 1; i < span.tokenEnd - 1; i++) labels[i] = labelOf(typeIndex, Position.Inside);
    labels[span.tokenEnd - 1] = labelOf(typeIndex, Position.Last);
  }
  return labels;
}

/**
 * Returns the spans of a label sequence. Ill-formed runs are read leniently, like conlleval:
 * any non-O label whose type differs from the open entity, or a B/U, starts a new entity.
 */
export function decodeBilou(labels: ArrayLike<number>): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let openStart = -1;
  let openType = -1;
  const close = (end: number): void => {
    if (openStart >= 0) spans.push({ tokenStart: openStart, tokenEnd: end, type: ENTITY_TYPES[openType]! });
    openStart = -1;
    openType = -1;
  };
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i]!;
    if (label === OUTSIDE) {
      close(i);
      continue;
    }
    const typeIndex = typeIndexOf(label);
    const position = positionOf(label);
    if (position === Position.Begin || position === Position.Unit || typeIndex !== openType) {
      close(i);
      openStart = i;
      openType = typeIndex;
    }
    if (position === Position.Last || position === Position.Unit) close(i + 1);
  }
  close(labels.length);
  return spans;
}
