/**
 * A reference list entry as the data stores it (the thesis's Markdown-like
 * extraction: *italic* titles, <https://…> addresses) turned into HTML, so that
 * /data/ shows the entries as /references/ does: italics as italics and
 * addresses as links, never literal asterisks. Everything else is escaped.
 */
const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const ADDRESS = /(<https?:\/\/[^>\s]+>)/;
const EMPHASIS = /\*([^*\s][^*]*?)\*/g;

export function referenceHtml(text: string): string {
  return text
    .split(ADDRESS)
    .map((part) => {
      const url = /^<(https?:\/\/[^>\s]+)>$/.exec(part)?.[1];
      if (url) return `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>`;
      return escapeHtml(part).replace(EMPHASIS, '<em>$1</em>');
    })
    .join('');
}

/** The same entry as the words a reader sees (a preview card holds text, never HTML): no asterisks, no angle brackets. */
export function referenceText(text: string): string {
  return text
    .split(ADDRESS)
    .map((part) => /^<(https?:\/\/[^>\s]+)>$/.exec(part)?.[1] ?? part.replace(EMPHASIS, '$1'))
    .join('');
}
