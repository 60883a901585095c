/**
 * The "¶" link after each paragraph of the thesis (src/user-components/Paragraph.astro):
 * following it puts the paragraph's address in the address bar, as any link
 * to an anchor does; it also copies the address, and says so in a status
 * message for screen readers and the eye. Nothing else runs until a click.
 */
function statusRegion(): HTMLElement {
  let region = document.getElementById('paragraph-link-status');
  if (!region) {
    region = Object.assign(document.createElement('p'), { id: 'paragraph-link-status', className: 'paragraph-link-status' });
    region.setAttribute('role', 'status');
    document.body.append(region);
  }
  return region;
}

document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a.paragraph-link') : null;
  if (!link || !navigator.clipboard) return;
  navigator.clipboard.writeText(link.href).then(
    () => (statusRegion().textContent = 'Address of the paragraph copied.'),
    () => (statusRegion().textContent = ''),
  );
});
