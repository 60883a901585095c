import { describe, expect, it } from 'vitest';
import { REVIEWED_NOTE_KINDS } from '../schemas.ts';
import { COMPUTED_NOTE_KINDS, NOTE_KINDS, NOTE_RULES, isReviewed } from './rules.ts';

describe('the registry of kinds of data note', () => {
  it('explains every kind, each either computed or found by a reader, never both', () => {
    expect(new Set(NOTE_KINDS)).toEqual(new Set([...COMPUTED_NOTE_KINDS, ...REVIEWED_NOTE_KINDS]));
    expect(NOTE_KINDS).toHaveLength(COMPUTED_NOTE_KINDS.length + REVIEWED_NOTE_KINDS.length);
    for (const kind of NOTE_KINDS) expect(NOTE_RULES[kind].explanation.length, kind).toBeGreaterThan(40);
    expect(COMPUTED_NOTE_KINDS.filter((k) => isReviewed(k))).toEqual([]);
    expect(REVIEWED_NOTE_KINDS.every((k) => isReviewed(k))).toBe(true);
  });
});
