import { describe, expect, it } from 'vitest';
import { referenceHtml, referenceText } from './reference-html.ts';

describe('referenceHtml', () => {
  it('shows italic titles as italics and addresses as links', () => {
    expect(referenceHtml('Bose, S. (1999). Kashmir. *Survival*, 41(3). Retrieved from <https://example.org/a?b=1&c=2>.')).toBe(
      'Bose, S. (1999). Kashmir. <em>Survival</em>, 41(3). Retrieved from <a href="https://example.org/a?b=1&amp;c=2">https://example.org/a?b=1&amp;c=2</a>.',
    );
  });

  it('escapes everything else, and leaves a lone asterisk alone', () => {
    expect(referenceHtml('A <b> & "q" 5 * 3')).toBe('A &lt;b&gt; &amp; &quot;q&quot; 5 * 3');
  });
});

describe('referenceText', () => {
  it('gives the words referenceHtml shows, without markup', () => {
    const entry = 'Bose, S. (1999). Kashmir. *Survival*, 41(3). Retrieved from <https://example.org/a?b=1&c=2>. 5 * 3';
    expect(referenceText(entry)).toBe('Bose, S. (1999). Kashmir. Survival, 41(3). Retrieved from https://example.org/a?b=1&c=2. 5 * 3');
    const shown = referenceHtml(entry)
      .replace(/<[^>]+>/g, '')
      .replace(/&amp;/g, '&');
    expect(referenceText(entry)).toBe(shown);
  });
});
