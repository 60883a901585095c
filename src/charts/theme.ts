/**
 * The page's theme for charts, read in the browser from Starlight's custom
 * properties on <html> (data-theme="light" | "dark"), and a watch that calls
 * back when the reader switches theme.
 */
import type { ChartTheme } from './config.ts';

/**
 * Canvas text re-matches every family of a font list it is given, and the
 * page's list ends in emoji and symbol fonts a chart never needs: keep the rest.
 */
export function canvasFont(fontFamily: string): string {
  const families = fontFamily
    .split(',')
    .map((f) => f.trim())
    .filter((f) => f && !/emoji|symbol/i.test(f));
  return families.join(', ') || 'sans-serif';
}

export function readTheme(figure: Element): ChartTheme {
  const root = document.documentElement;
  const css = getComputedStyle(root);
  const value = (name: string) => css.getPropertyValue(name).trim();
  return {
    text: value('--sl-color-text') || '#333',
    muted: value('--sl-color-gray-3') || '#666',
    grid: value('--sl-color-hairline-light') || '#ccc',
    outline: root.dataset['theme'] === 'dark' ? null : 'rgba(0, 0, 0, 0.55)',
    font: canvasFont(getComputedStyle(figure).fontFamily),
  };
}

export function onThemeChange(callback: () => void): void {
  new MutationObserver(callback).observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
}
