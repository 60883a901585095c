import { describe, expect, it } from 'vitest';
import { GROUP_COLOURS, NEUTRAL_COLOUR } from './palette.ts';
import { INK, INK_CLASSES, TEXT_INK, barInk, barOfInk, inkRole, textRole } from './ink.ts';

describe('placeholder colours', () => {
  it('are all different, and none is a colour a chart shows', () => {
    const placeholders = [...Object.values(INK), ...Object.values(TEXT_INK), barInk(0), barInk(0xffff)];
    expect(new Set(placeholders).size).toBe(placeholders.length);
    for (const colour of [...Object.values(GROUP_COLOURS), NEUTRAL_COLOUR]) {
      expect(inkRole(colour)).toBeUndefined();
      expect(textRole(colour)).toBeUndefined();
      expect(barOfInk(colour)).toBeUndefined();
    }
  });

  it('name their role, whatever the case the canvas writes them in', () => {
    expect(inkRole('#fe0001')).toBe('grid');
    expect(textRole('#fe0103')).toBe('category');
    expect(Object.keys(INK_CLASSES).toSorted()).toEqual(Object.keys(INK).toSorted());
  });

  it('number the bars both ways, and refuse a bar they cannot number', () => {
    for (const n of [0, 1, 54, 0xffff]) expect(barOfInk(barInk(n))).toBe(n);
    expect(barInk(10)).toBe('#FD000A');
    expect(() => barInk(0x10000)).toThrow('no placeholder colour for bar 65536');
    expect(() => barInk(-1)).toThrow();
  });
});
