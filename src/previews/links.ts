/**
 * Which links get a preview card: cross-links in the text of a page (entity
 * marks, section links, links to findings, footnote and note markers), never the
 * site's navigation, a heading's own anchor or a footnote's way back, nor a
 * chart's category labels (their own tip shows the chart's values:
 * src/charts/svg.ts).
 * Shared by the bootstrap that waits for intent and the card itself.
 */
import { withoutBase } from '../base-path.ts';

export function isPreviewLink(link: HTMLAnchorElement): boolean {
  if (!link.closest('.sl-markdown-content')) return false;
  if (link.matches('.sl-anchor-link, .fn-back, .cite-download') || link.closest('.cite-page, .cite-finding, .pagination-links, .chart-box')) return false;
  // Site paths: under a base path the link has the base in front (src/base-path.ts).
  const href = withoutBase(link.getAttribute('href') ?? '');
  return (
    href.startsWith('#fn-') ||
    href.startsWith('#ed-') ||
    href.startsWith('#note-') ||
    (href.startsWith('/') && !href.startsWith('/cite/') && !href.startsWith('/data/') && !href.startsWith('/_astro/'))
  );
}
