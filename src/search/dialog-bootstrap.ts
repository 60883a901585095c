/**
 * The header search's only always-loaded code (src/components/overrides/Search.astro),
 * kept tiny: it enables the button, shows the shortcut hint, opens and closes
 * the dialog, and waits for the reader's intent (a pointer over or keyboard
 * focus on the button, Ctrl+K or ⌘K, or `/`) before it imports the dialog's
 * code (dialog.ts), which then loads Pagefind. Until then a page fetches no
 * search code and nothing from /pagefind/. Like src/previews/bootstrap.ts.
 */
type DialogModule = typeof import('./dialog.ts');
let dialogCode: Promise<DialogModule> | undefined;
/** Imported once; importing it defines <site-search>, which starts loading Pagefind. */
const loadDialog = (): Promise<DialogModule> => (dialogCode ??= import('./dialog.ts'));

/** Where `/` is typed text, not the shortcut. */
const isEditable = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || target.closest('input, textarea, select, [contenteditable]') !== null);

const root = document.querySelector<HTMLElement>('site-search');
const button = root?.querySelector<HTMLButtonElement>('button[data-open-modal]');
const dialog = root?.querySelector('dialog');
const input = dialog?.querySelector<HTMLInputElement>('input[role="combobox"]');

if (root && button && dialog && input) {
  // The shortcut hint, with ⌘ on Apple devices. (Starlight does this in an inline script, which a
  // strict CSP would need a hash for; the hint stays hidden until then.) `navigator.platform` on
  // purpose: user agents are spoofed when devtools are open.
  const hint = button.querySelector<HTMLElement>('kbd[data-shortcut]');
  if (hint) {
    const platformKey = hint.querySelector('kbd');
    if (platformKey && /(Mac|iPhone|iPod|iPad)/i.test(navigator.platform)) {
      platformKey.textContent = '⌘';
      button.setAttribute('aria-keyshortcuts', 'Meta+K');
    }
    hint.hidden = false;
  }

  const open = () => {
    void loadDialog();
    if (dialog.open) return;
    dialog.showModal();
    document.body.toggleAttribute('data-search-modal-open', true);
    input.focus();
    input.select();
  };

  // Enter typed before the dialog's code has arrived: it opens the best match once it has.
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !customElements.get('site-search')) {
      event.preventDefault();
      root.dataset['openBestMatch'] = '';
    }
  });
  button.addEventListener('pointerover', () => void loadDialog());
  button.addEventListener('focus', () => void loadDialog());
  button.addEventListener('click', open);
  window.addEventListener('keydown', (event) => {
    if ((event.metaKey || event.ctrlKey) && event.key.toLowerCase() === 'k') {
      event.preventDefault();
      if (dialog.open) dialog.close();
      else open();
    } else if (event.key === '/' && !event.metaKey && !event.ctrlKey && !event.altKey && !dialog.open && !isEditable(event.target)) {
      event.preventDefault();
      open();
    }
  });
  // Escape (the dialog's own cancel), the close button, a click outside or a chosen result:
  // the reader is back where they started, on the button.
  dialog.addEventListener('close', () => {
    document.body.toggleAttribute('data-search-modal-open', false);
    button.focus({ preventScroll: true });
  });
  button.disabled = false;
}
