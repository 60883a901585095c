/**
 * On a wide screen a note's marker has the note's words beside the text, in
 * the margin (src/edition/margin-notes.ts). Hovering or focusing the marker
 * then highlights that copy rather than opening a card over the text it sits
 * beside. A copy that is not on screen (pushed far down by the copies before
 * it) leaves the card to show the words where the reader is looking; so does
 * a narrow screen, where no copy is shown. Part of the bootstrap, so kept small.
 */

/** Whether all of `el` is shown inside the viewport, below the site's fixed header. */
function onScreen(el: HTMLElement): boolean {
  if (!el.checkVisibility()) return false;
  const box = el.getBoundingClientRect();
  const headerBottom = document.querySelector('header.header')?.getBoundingClientRect().bottom ?? 0;
  return box.height > 0 && box.top >= headerBottom && box.bottom <= window.innerHeight;
}

/** Highlights the margin copies of the note `link` points to, until the pointer or focus leaves it; false if none is on screen. */
export function highlightMarginNote(link: HTMLAnchorElement): boolean {
  const href = link.getAttribute('href');
  if (!href?.startsWith('#')) return false; // not a marker: notes are on the same page
  const copies = [...document.querySelectorAll<HTMLElement>('.margin-note')].filter((copy) => copy.dataset['for'] === href);
  if (copies.length === 0 || !copies.every(onScreen)) return false;
  for (const copy of copies) copy.dataset['highlighted'] = '';
  const unhighlight = () => copies.forEach((copy) => delete copy.dataset['highlighted']);
  link.addEventListener('pointerleave', unhighlight, { once: true });
  link.addEventListener('blur', unhighlight, { once: true });
  return true;
}
