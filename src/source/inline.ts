/**
 * The inline markup the PDF extraction left in the thesis's text, read one
 * way for every rendering that is not the chapter MDX: `*emphasis*`,
 * `**strong**`, `<https://…>` addresses, and the extraction's `\$` escape.
 * A quotation of the thesis or of its reference list shown anywhere (a data
 * note, a compare page, the structured bibliography, a preview card) goes
 * through inlineHtml or inlineText, so that no reader ever sees a literal
 * asterisk the author did not type.
 *
 * A lone asterisk (no closing one in the same text) is the author's
 * character and stays ("Al-Islam.org*").
 */

export type InlineToken =
  { kind: 'text'; text: string } | { kind: 'emphasis'; text: string } | { kind: 'strong'; text: string } | { kind: 'link'; url: string };

const INLINE = /(\*\*(?=\S)[^*]+?(?<=\S)\*\*|\*(?=[^\s*])[^*]*?(?<=[^\s*])\*|<https?:\/\/[^>\s]+>)/u;

export function inlineTokens(text: string): InlineToken[] {
  const tokens: InlineToken[] = [];
  for (const piece of text.replace(/\\\$/g, '$').split(INLINE)) {
    if (piece === '') continue;
    if (/^<https?:\/\//.test(piece) && piece.endsWith('>')) tokens.push({ kind: 'link', url: piece.slice(1, -1) });
    else if (piece.startsWith('**') && piece.endsWith('**') && piece.length > 4) tokens.push({ kind: 'strong', text: piece.slice(2, -2) });
    else if (piece.startsWith('*') && piece.endsWith('*') && piece.length > 2) tokens.push({ kind: 'emphasis', text: piece.slice(1, -1) });
    else tokens.push({ kind: 'text', text: piece });
  }
  return tokens;
}

export const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The text as HTML: emphasis and strong as <em> and <strong>, addresses as links, everything else escaped. */
export function inlineHtml(text: string): string {
  return inlineTokens(text)
    .map((t) => {
      switch (t.kind) {
        case 'text':
          return escapeHtml(t.text);
        case 'emphasis':
          return `<em>${escapeHtml(t.text)}</em>`;
        case 'strong':
          return `<strong>${escapeHtml(t.text)}</strong>`;
        case 'link':
          return `<a href="${escapeHtml(t.url)}">${escapeHtml(t.url)}</a>`;
      }
    })
    .join('');
}

/** The words a reader sees: no asterisks, no angle brackets. */
export function inlineText(text: string): string {
  return inlineTokens(text)
    .map((t) => (t.kind === 'link' ? t.url : t.text))
    .join('');
}
