/**
 * The parts of a search result both interfaces draw, built with text nodes
 * only (no HTML strings, no inline handlers: fit for a strict Content
 * Security Policy): the kind line ("ORGANIZATION · Kashmir"), an excerpt with
 * Pagefind's matches marked, and the /search/ page's whole result card. The
 * header dialog (dialog.ts) lays the same parts out as options of a listbox.
 */
import type { ExcerptPart, ResultView } from './results.ts';

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** An excerpt in a `tag` element, the matched words in <mark>. */
export function excerpt(parts: readonly ExcerptPart[], className: string, tag: 'p' | 'span' = 'p'): HTMLElement {
  const node = el(tag, className);
  for (const part of parts) node.append(part.marked ? el('mark', undefined, part.text) : document.createTextNode(part.text));
  return node;
}

/** What kind of page a result is, and the conflicts it bears on. */
export function kindLine(view: Pick<ResultView, 'kind' | 'conflicts'>, tag: 'p' | 'span' = 'p'): HTMLElement {
  const line = el(tag, 'search-result-kind');
  line.append(el('span', 'search-result-badge', view.kind));
  if (view.conflicts.length > 0) line.append(document.createTextNode(` · ${view.conflicts.join(', ')}`));
  return line;
}

/** A result on the /search/ page: kind, title linked to the page, excerpt, and its best sections linked to their headings. */
export function resultCard(view: ResultView): HTMLLIElement {
  const li = el('li', 'search-result');
  li.dataset['kind'] = view.kind;
  const heading = el('h2', 'search-result-title');
  const link = el('a', undefined, view.title);
  link.href = view.url;
  heading.append(link);
  li.append(kindLine(view), heading, excerpt(view.excerpt, 'search-result-excerpt'));
  if (view.sections.length > 0) {
    const list = el('ul', 'search-result-sections');
    list.setAttribute('aria-label', `Sections of ${view.title}`);
    for (const section of view.sections) {
      const item = el('li');
      const a = el('a', undefined, section.title);
      a.href = section.url;
      item.append(a, excerpt(section.excerpt, 'search-result-excerpt'));
      list.append(item);
    }
    li.append(list);
  }
  return li;
}
