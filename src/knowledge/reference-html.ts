/**
 * A reference list entry as the data stores it (the thesis's Markdown-like
 * extraction: *italic* titles, <https://…> addresses) turned into HTML, so that
 * /data/ shows the entries as /references/ does: italics as italics and
 * addresses as links, never literal asterisks. Everything else is escaped.
 */
const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function referenceHtml(text: string): string {
  return text
    .split(/(<https?:\/\/[^>\s]+>)/)
    .map((part) => {
      const url = /^<(https?:\/\/[^>\s]+)>$/.exec(part)?.[1];
      if (url) return `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>`;
      return escapeHtml(part).replace(/\*([^*\s][^*]*?)\*/g, '<em>$1</em>');
    })
    .join('');
}
