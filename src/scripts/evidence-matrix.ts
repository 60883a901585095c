/**
 * The matrix on /evidence/, enhanced: the buttons that show one table at a
 * time (hidden until this runs, so that without JavaScript every table shows),
 * and column headings that sort the rows. The page works without it.
 *
 * Sorting: a count column sorts largest first on the first press, then
 * smallest first; blank and "-" sort below 0 (src/knowledge/cells.ts
 * rankValue, written into data-value at build time); ties keep Table 5's
 * order. The "Driver" column restores Table 5's printed order. Only the column
 * the rows are sorted by has aria-sort (and an arrow, MatrixTable's CSS): on
 * load, and in the printed order, none has.
 */

export type Direction = 'ascending' | 'descending';

/** Row indexes in their new order: by `values` in `direction`, ties by `order` (Table 5's). */
export function sortRows(values: readonly number[], order: readonly number[], direction: Direction): number[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return values.map((_, i) => i).sort((a, b) => sign * ((values[a] ?? 0) - (values[b] ?? 0)) || (order[a] ?? 0) - (order[b] ?? 0));
}

function initSorting(table: HTMLTableElement): void {
  const headers = [...table.querySelectorAll<HTMLTableCellElement>('thead th')];
  const body = table.tBodies[0];
  if (!body) return;
  headers.forEach((th, column) => {
    const label = th.querySelector('.sort-label');
    if (!label) return;
    const button = document.createElement('button');
    button.type = 'button';
    const text = label.textContent?.trim() ?? '';
    button.textContent = text;
    const byRow = th.dataset['sortKey'] === 'row';
    // The name has what the button says (WCAG 2.5.3); the heading's aria-sort tells the current order.
    button.setAttribute('aria-label', byRow ? `${text}: the printed order` : `Sort by ${text}`);
    label.replaceChildren(button);
    button.addEventListener('click', () => {
      const current = th.getAttribute('aria-sort');
      const direction: Direction = byRow ? 'ascending' : current === 'descending' ? 'ascending' : 'descending';
      const rows = [...body.rows];
      const order = rows.map((r) => Number(r.dataset['order']));
      const values = byRow ? order : rows.map((r) => Number(r.cells[column]?.dataset['value'] ?? -1));
      const sorted = sortRows(values, order, direction);
      body.append(...sorted.map((i) => rows[i]!));
      headers.forEach((h) => h.removeAttribute('aria-sort'));
      if (!byRow) th.setAttribute('aria-sort', direction);
    });
  });
}

function initSwitch(root: Document): void {
  const bar = root.querySelector<HTMLElement>('.table-switch');
  const sections = [...root.querySelectorAll<HTMLElement>('.matrix-section')];
  if (!bar || sections.length === 0) return;
  const buttons = [...bar.querySelectorAll<HTMLButtonElement>('button[data-show]')];
  const show = (id: string) => {
    for (const s of sections) s.hidden = id !== 'all' && s.dataset['table'] !== id;
    for (const b of buttons) b.setAttribute('aria-pressed', String(b.dataset['show'] === id));
  };
  for (const b of buttons) b.addEventListener('click', () => show(b.dataset['show'] ?? 'all'));
  bar.hidden = false;
  // A link to one table (/evidence/#table-7) shows that table.
  const wanted = sections.find((s) => `#${s.dataset['table']}` === location.hash);
  show(wanted?.dataset['table'] ?? buttons.find((b) => b.getAttribute('aria-pressed') === 'true')?.dataset['show'] ?? 'all');
}

export function initMatrix(root: Document): void {
  for (const table of root.querySelectorAll<HTMLTableElement>('table[data-sortable]')) initSorting(table);
  initSwitch(root);
}
