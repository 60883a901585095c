import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inlineHtml, inlineText, inlineTokens } from './inline.ts';

describe('the inline markup of the extraction', () => {
  it('reads emphasis, strong, addresses and the escaped dollar', () => {
    expect(inlineTokens('A *title*, **bold**, <https://example.org/a> and \\$300.')).toEqual([
      { kind: 'text', text: 'A ' },
      { kind: 'emphasis', text: 'title' },
      { kind: 'text', text: ', ' },
      { kind: 'strong', text: 'bold' },
      { kind: 'text', text: ', ' },
      { kind: 'link', url: 'https://example.org/a' },
      { kind: 'text', text: ' and $300.' },
    ]);
  });

  it('leaves a lone asterisk as the author typed it, and escapes everything else', () => {
    expect(inlineHtml('Al-Islam.org*. (Accessed 2019, May 12). <script>')).toBe('Al-Islam.org*. (Accessed 2019, May 12). &lt;script&gt;');
    expect(inlineHtml('*Studies in Conflict & Terrorism*, 40(3)')).toBe('<em>Studies in Conflict &amp; Terrorism</em>, 40(3)');
  });

  it('gives words with no markup left, for every entry of the reference list', () => {
    const thesis = readFileSync(new URL('../../content/source/thesis.txt', import.meta.url), 'utf8');
    const entries = thesis
      .slice(thesis.indexOf('\nReferences\n'))
      .split('\n')
      .filter((l) => l.startsWith('- '));
    expect(entries.length).toBeGreaterThan(100);
    for (const entry of entries) {
      const text = inlineText(entry);
      // An asterisk survives only where the entry has an odd one out.
      expect((text.match(/\*/g) ?? []).length).toBe((entry.match(/\*/g) ?? []).length % 2);
      expect(text).not.toMatch(/<https?:/);
    }
  });
});
