/**
 * The preview card itself, loaded on the first intent (bootstrap.ts): one
 * floating box, filled from /previews.json (built from the data, see
 * cards.ts) or, for a footnote marker, from the footnote on this page. It is
 * only a preview: the link keeps its name and target for screen readers, the
 * card takes no focus and holds no link, Escape closes it, and the pointer
 * can move onto it without it closing (WCAG 1.4.13).
 */
import type { PreviewCard, PreviewCards } from './cards.ts';
import { NOTE_TEXT_LENGTH, shorten } from './shorten.ts';
import { withBase, withoutBase } from '../base-path.ts';

let cards: Promise<PreviewCards> | undefined;
const loadCards = (): Promise<PreviewCards> => (cards ??= fetch(withBase('/previews.json')).then((r) => (r.ok ? (r.json() as Promise<PreviewCards>) : {})));

/** Notes whose words are on the same page: the card reads them from there. */
const ON_THIS_PAGE = [
  { prefix: '#fn-', kind: 'Footnote' },
  { prefix: '#ed-', kind: 'Editorial note (this site, not the author)' },
  { prefix: '#note-', kind: 'Data note (this site, not the author)' },
] as const;

let box: HTMLElement | undefined;
let shownFor: HTMLAnchorElement | undefined;
let hideTimer: ReturnType<typeof setTimeout> | undefined;

function cardBox(): HTMLElement {
  if (box) return box;
  box = document.createElement('div');
  box.className = 'preview-card';
  box.hidden = true;
  // Everything it says is one activation away, at the link's target.
  box.setAttribute('aria-hidden', 'true');
  box.addEventListener('pointerenter', () => clearTimeout(hideTimer));
  box.addEventListener('pointerleave', scheduleHide);
  document.body.append(box);
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && box && !box.hidden) hideCard();
  });
  return box;
}

/** The card for a link: a footnote from this page, or the target's entry in /previews.json. */
async function cardFor(link: HTMLAnchorElement): Promise<PreviewCard | undefined> {
  const href = link.getAttribute('href') ?? '';
  const onThisPage = ON_THIS_PAGE.find((n) => href.startsWith(n.prefix));
  if (onThisPage) {
    const note = document.getElementById(href.slice(1));
    if (!note) return undefined;
    const text = [...note.childNodes]
      .filter((n) => !(n instanceof Element && n.matches('.fn-back')))
      .map((n) => n.textContent ?? '')
      .join('');
    const title = onThisPage.prefix === '#fn-' ? `Footnote ${href.slice('#fn-'.length)}` : (link.textContent?.trim() ?? '');
    return { kind: onThisPage.kind, title, text: shorten(text, NOTE_TEXT_LENGTH) };
  }
  const url = new URL(link.href);
  if (url.origin !== location.origin) return undefined;
  const all = await loadCards();
  // The cards are keyed by site path; under a base path the link has the base in front.
  const path = withoutBase(url.pathname);
  return all[path + url.hash] ?? all[path];
}

function fill(target: HTMLElement, card: PreviewCard): void {
  const kind = document.createElement('p');
  kind.className = 'preview-card-kind';
  kind.textContent = card.kind;
  const title = document.createElement('p');
  title.className = 'preview-card-title';
  title.textContent = card.title;
  target.replaceChildren(kind, title);
  if (card.text) target.append(Object.assign(document.createElement('p'), { textContent: card.text }));
  if (card.facts?.length) {
    const facts = document.createElement('ul');
    for (const fact of card.facts) facts.append(Object.assign(document.createElement('li'), { textContent: fact }));
    target.append(facts);
  }
}

/** Below the link, or above it where there is no room below; always inside the viewport. */
function place(target: HTMLElement, link: HTMLAnchorElement): void {
  const anchor = link.getBoundingClientRect();
  const margin = 8;
  target.style.left = '0px';
  target.style.top = '0px';
  const { width, height } = target.getBoundingClientRect();
  const left = Math.min(Math.max(margin, anchor.left), document.documentElement.clientWidth - width - margin);
  const below = anchor.bottom + margin;
  const top = below + height > window.innerHeight && anchor.top - margin - height > 0 ? anchor.top - margin - height : below;
  target.style.left = `${Math.max(margin, left) + window.scrollX}px`;
  target.style.top = `${top + window.scrollY}px`;
}

export async function showCard(link: HTMLAnchorElement, how: 'hover' | 'focus' | 'tap'): Promise<void> {
  clearTimeout(hideTimer);
  const card = await cardFor(link);
  if (!card) {
    // A tap on a link without a card must still follow it.
    if (how === 'tap') location.assign(link.href);
    return;
  }
  const target = cardBox();
  if (shownFor && shownFor !== link) delete shownFor.dataset['previewShown'];
  fill(target, card);
  target.dataset['for'] = link.getAttribute('href') ?? '';
  target.hidden = false;
  place(target, link);
  shownFor = link;
  link.dataset['previewShown'] = 'true';
  link.addEventListener('pointerleave', scheduleHide, { once: true });
  link.addEventListener('blur', scheduleHide, { once: true });
}

function scheduleHide(): void {
  clearTimeout(hideTimer);
  // Time to move the pointer from the link onto the card.
  hideTimer = setTimeout(hideCard, 300);
}

export function hideCard(): void {
  clearTimeout(hideTimer);
  if (box) box.hidden = true;
  if (shownFor) delete shownFor.dataset['previewShown'];
  shownFor = undefined;
}
