import { describe, expect, it } from 'vitest';
import type { DataNote } from '../knowledge/data-notes/rules.ts';
import { addMarginNotes, hasMarginNotes, listedNotes, MAX_DATA_COPIES, withMarginNotes } from './margin-notes.ts';

// The markup of Fn.astro, FnItem.astro, EditorialNote.astro, EditorialNoteItem.astro and note-markers.ts.
const fn = (n: number) => `<sup class="fn-ref"><a href="#fn-${n}" id="fnref-${n}" aria-label="Footnote ${n}">${n}</a></sup>`;
const fnItem = (n: number, words: string) =>
  `<li id="fn-${n}" value="${n}">${words} <a href="#fnref-${n}" class="fn-back" aria-label="Back to reference ${n}">↩</a></li>`;
const edMarker = (n: number) => `<p class="note-marker"><a href="#ed-${n}" id="edref-${n}">Editorial note ${n}</a></p>`;
const edItem = (n: number, words: string) =>
  `<li id="ed-${n}" value="${n}">${words} <a href="#edref-${n}" class="fn-back" aria-label="Back to editorial note ${n} in the text">↩</a></li>`;
const dataMarker = (id: string, label: string) => `<p class="note-marker note-marker--data"><a href="#note-${id}">${label}</a></p>`;
const dataNote = (id: string, message: string) => ({ id, message }) as DataNote;

const page = [
  dataMarker('a', '2 data notes'),
  '<h2 id="history">History</h2>',
  edMarker(1),
  `<p>First ${fn(2)} and second.${fn(3)}</p>`,
  '<p>No note here.</p>',
  `<p>Third.${fn(4)}</p>`,
  '<section class="footnotes"><ol>',
  fnItem(2, 'Interviewees <a href="/interviews/1/" id="x">1</a>, 2.'),
  fnItem(3, '65% of the state'),
  fnItem(4, 'A "quoted" word'),
  '</ol></section><ol class="editorial-notes">',
  edItem(1, 'The table of contents lists this section as &quot;History&quot;.'),
  '</ol>',
].join('');
const markers = [{ href: '#note-a', notes: [dataNote('a', 'Counts 18 < 22 & more'), dataNote('b', 'Second')] }];

/** The margin copies of `html`, in document order, each with what follows it. */
const copies = (html: string) =>
  [...html.matchAll(/<div class="margin-note margin-note--(\w+)" data-for="([^"]+)" data-note="([^"]+)"([^>]*)>([^]*?)<\/div>/g)].map((m) => ({
    kind: m[1],
    marker: m[2],
    note: m[3],
    attributes: m[4],
    body: m[5]!,
  }));

describe('margin notes', () => {
  const { html, notes } = addMarginNotes(page, markers, 'case-studies/kashmir');

  it('read the words of each listed footnote and editorial note, without the link back', () => {
    const listed = listedNotes(page);
    expect([...listed.keys()]).toEqual(['#fn-2', '#fn-3', '#fn-4', '#ed-1']);
    expect(listed.get('#fn-3')).toBe('65% of the state');
  });

  it('copy every note cited on the page once per marker, labelled with its number', () => {
    expect(notes.map((n) => [n.kind, n.note, n.label])).toEqual([
      ['data', '#note-a', 'Data note'],
      ['data', '#note-b', 'Data note'],
      ['editorial', '#ed-1', 'Editorial note 1'],
      ['footnote', '#fn-2', '2'],
      ['footnote', '#fn-3', '3'],
      ['footnote', '#fn-4', '4'],
    ]);
    // Both data notes belong to the one marker that stands for them.
    expect(
      copies(html)
        .filter((c) => c.kind === 'data')
        .map((c) => c.marker),
    ).toEqual(['#note-a', '#note-a']);
  });

  it('put the copies right before the paragraph that cites them, in the order of its markers, and change nothing else', () => {
    const order = html.replace(/<div class="margin-note[^]*?<\/div>/g, (copy) => `[${/data-note="([^"]+)"/.exec(copy)![1]}]`);
    expect(order).toContain(`[#note-a][#note-b]${dataMarker('a', '2 data notes')}<h2 id="history">History</h2>[#ed-1]${edMarker(1)}[#fn-2][#fn-3]<p>First`);
    expect(order).toContain(`<p>No note here.</p>[#fn-4]<p>Third.`);
    expect(html.replace(/<div class="margin-note[^]*?<\/div>/g, '')).toBe(page);
  });

  it('hide the copies from screen readers and search, and their links from Tab; no id twice', () => {
    for (const copy of copies(html)) {
      expect(copy.attributes).toContain('aria-hidden="true"');
      expect(copy.attributes).toContain('data-pagefind-ignore');
      expect(copy.body).not.toContain(' id=');
      expect(copy.body).not.toContain('fn-back');
    }
    expect(copies(html).find((c) => c.note === '#fn-2')?.body).toBe(
      '<span class="margin-note-label">2</span> Interviewees <a tabindex="-1" href="/interviews/1/">1</a>, 2.',
    );
  });

  it('give a data note its message as text', () => {
    expect(copies(html)[0]?.body).toBe('<span class="margin-note-label">Data note</span> Counts 18 &lt; 22 &amp; more');
  });

  it('give a section with more data notes than MAX_DATA_COPIES one copy that counts them and names them all', () => {
    const many = Array.from({ length: MAX_DATA_COPIES + 1 }, (_, i) => dataNote(`m${i}`, `Note ${i}`));
    const { html: grouped, notes: made } = addMarginNotes(
      dataMarker('m0', `${many.length} data notes`),
      [{ href: '#note-m0', notes: many }],
      'chapters/methodology',
    );
    expect(made.map((n) => [n.kind, n.note, n.label, n.group])).toEqual([['data', '#note-m0', `${many.length} data notes`, many.map((n) => `#note-${n.id}`)]]);
    expect(copies(grouped).map((c) => c.attributes)).toEqual([
      ` data-notes="${many.map((n) => `#note-${n.id}`).join(' ')}" aria-hidden="true" data-pagefind-ignore`,
    ]);
    // Up to MAX_DATA_COPIES, a copy each.
    const few = many.slice(0, MAX_DATA_COPIES);
    expect(
      addMarginNotes(dataMarker('m0', `${few.length} data notes`), [{ href: '#note-m0', notes: few }], 'chapters/methodology').notes.map((n) => n.note),
    ).toEqual(few.map((n) => `#note-${n.id}`));
  });

  it('stop the build, naming the page, on a marker without its note or outside a paragraph', () => {
    expect(() => addMarginNotes(`<p>Text.${fn(9)}</p>`, [], 'chapters/results')).toThrow('Margin notes on chapters/results: the marker #fn-9 has no note');
    expect(() => addMarginNotes(dataMarker('z', 'Data note'), [], 'chapters/results')).toThrow('no data note for the marker #note-z');
    expect(() => addMarginNotes(`<li>Item${fn(2)}</li>${fnItem(2, 'x')}`, [], 'chapters/results')).toThrow('a note marker outside a paragraph');
  });
});

describe('the layout of a page with margin notes', () => {
  it('is chosen from the MDX and the data notes, before the page is rendered', () => {
    expect(hasMarginNotes('Text.<Fn n={2} />', [])).toBe(true);
    expect(hasMarginNotes('<EditorialNote n={1} />', [])).toBe(true);
    expect(hasMarginNotes('<Footnotes>\n<FnItem n={2}>x</FnItem>\n</Footnotes>', [])).toBe(false);
    expect(hasMarginNotes('Text.', markers)).toBe(true);
  });

  it('and a page whose rendered notes disagree with that choice stops the build', () => {
    expect(withMarginNotes(page, markers, { slug: 'case-studies/kashmir', mdx: '<Fn n={2} />' })).toContain('class="margin-note ');
    expect(() => withMarginNotes('<p>Text.</p>', [], { slug: 'chapters/results', mdx: 'Text.<Fn n={2} />' })).toThrow(
      'Margin notes on chapters/results: 0 made',
    );
  });
});
