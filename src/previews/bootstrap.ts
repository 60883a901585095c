/**
 * Loaded with every page, and kept tiny: it waits for the reader's intent
 * (a pointer over or keyboard focus on a cross-link, or a first tap on one)
 * and only then loads the card code and its data (card.ts, /previews.json).
 * Touch has no hover: the first tap on a cross-link shows its card, a second
 * tap follows the link. On a wide screen, a note marker whose note is shown
 * in the margin highlights it instead (margin-note.ts).
 */
import { isPreviewLink } from './links.ts';
import { highlightMarginNote } from './margin-note.ts';

type CardModule = typeof import('./card.ts');
let card: Promise<CardModule> | undefined;
const loadCard = (): Promise<CardModule> => (card ??= import('./card.ts'));

function previewLinkOf(event: Event): HTMLAnchorElement | undefined {
  const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
  return link instanceof HTMLAnchorElement && isPreviewLink(link) ? link : undefined;
}

let lastPointer = '';
document.addEventListener('pointerdown', (event) => (lastPointer = event.pointerType), { capture: true, passive: true });

document.addEventListener('pointerover', (event) => {
  const link = event.pointerType === 'touch' ? undefined : previewLinkOf(event);
  if (link && !highlightMarginNote(link)) void loadCard().then((m) => m.showCard(link, 'hover'));
});

document.addEventListener('focusin', (event) => {
  const link = previewLinkOf(event);
  // A tap also focuses the link; the click below decides for touch.
  if (link && lastPointer !== 'touch' && !highlightMarginNote(link)) void loadCard().then((m) => m.showCard(link, 'focus'));
});

document.addEventListener('click', (event) => {
  if (lastPointer !== 'touch') return;
  const link = previewLinkOf(event);
  if (!link || link.dataset['previewShown'] === 'true') return; // the second tap follows the link
  event.preventDefault();
  void loadCard().then((m) => m.showCard(link, 'tap'));
});
