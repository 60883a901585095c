import { describe, expect, it } from 'vitest';
import { canvasFont } from './theme.ts';

describe('canvasFont', () => {
  it("keeps the page's fonts but not its emoji and symbol fallbacks", () => {
    expect(
      canvasFont(
        `-apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", Arial, sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji"`,
      ),
    ).toBe(`-apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", Arial, sans-serif`);
  });
  it('falls back to sans-serif', () => {
    expect(canvasFont('')).toBe('sans-serif');
    expect(canvasFont('"Noto Color Emoji"')).toBe('sans-serif');
  });
});
