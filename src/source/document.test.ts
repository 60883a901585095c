import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import GithubSlugger from 'github-slugger';
import { FOOTNOTE_MARKER } from './blocks.ts';
import { paragraphId, readThesis, sectionOrder, textBlocks, type DocumentBlock } from './document.ts';
import { THESIS_PAGES } from './parts.ts';

const source = readFileSync(new URL('../../content/source/thesis.txt', import.meta.url), 'utf8');
const doc = readThesis(source);

/** Words as a multiset: footnote markers, Markdown bold/emphasis marks and the extraction's "\$" escape set aside. */
function words(texts: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const w of text.replace(FOOTNOTE_MARKER, ' ').replace(/\\\$/g, '$').split(/\s+/)) {
      if (w === '' || w === '-') continue;
      counts.set(w, (counts.get(w) ?? 0) + 1);
    }
  }
  return counts;
}

function blockTexts(block: DocumentBlock): string[] {
  switch (block.kind) {
    case 'heading':
    case 'paragraph':
    case 'quotation':
    case 'interview':
      return [block.text];
    case 'lines':
      return block.lines;
    case 'table':
      return [block.caption, ...[...block.header, ...block.rows].flat()];
    case 'contents':
      return [...block.header, ...block.rows.flat()];
    case 'references':
      return block.entries;
    case 'list':
      return block.items;
  }
}

describe('the document model of the thesis', () => {
  it('holds every word of the source, no more and no fewer (footnotes with their numbers, each part with its heading)', () => {
    const model = [
      ...doc.parts.flatMap((p) => [p.slug === 'front-matter' ? '' : p.heading, ...p.blocks.flatMap(blockTexts)]),
      ...[...doc.footnotes.values()].map((f) => f.text),
    ];
    const got = words(model);
    // A word a page break cut after its hyphen ("Pro-" | "Assad") is one word once the paragraph is rejoined.
    const sourceWords = source
      .replace(/^[⁰¹²³⁴⁵⁶⁷⁸⁹]+\s.*$/gmu, '')
      .replace(FOOTNOTE_MARKER, ' ')
      .split(/\s+/);
    const rejoined = sourceWords.flatMap((w, i) =>
      w.endsWith('-') && got.has(w + (sourceWords[i + 1] ?? ''))
        ? []
        : [i > 0 && sourceWords[i - 1]!.endsWith('-') && got.has(sourceWords[i - 1]! + w) ? sourceWords[i - 1]! + w : w],
    );
    const expected = words([rejoined.join(' '), ...[...source.matchAll(/^[⁰¹²³⁴⁵⁶⁷⁸⁹]+\s(.*)$/gmu)].map((m) => m[1]!)]);
    const differences = [...new Set([...expected.keys(), ...got.keys()])].filter((w) => expected.get(w) !== got.get(w));
    expect(differences.map((w) => `${w}: ${expected.get(w) ?? 0} in the source, ${got.get(w) ?? 0} in the model`)).toEqual([]);
  });

  it('has the parts of the reading order, each opened by its printed heading', () => {
    expect(doc.parts.map((p) => p.slug)).toEqual(THESIS_PAGES.map((p) => p.slug));
    for (const part of doc.parts.slice(1)) expect(part.heading).toBe(part.startsAt);
  });

  it('gives every paragraph and quotation an id from its section and its place in it', () => {
    for (const part of doc.parts) {
      const slugger = new GithubSlugger();
      let anchor: string | undefined;
      let n = 0;
      for (const block of part.blocks) {
        if (block.kind === 'heading') {
          anchor = slugger.slug(block.text);
          expect(block.anchor).toBe(anchor);
          n = 0;
        } else if (block.kind === 'paragraph' || block.kind === 'quotation') {
          n += 1;
          expect(block.id).toBe(paragraphId(anchor, n));
        }
      }
      const ids = textBlocks(part).map((b) => b.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('places each of the 46 footnotes on the part and section of its marker', () => {
    expect([...doc.footnotes.keys()].sort((a, b) => a - b)).toEqual(Array.from({ length: 46 }, (_, i) => i + 1));
    for (const note of doc.footnotes.values()) {
      const part = doc.parts.find((p) => p.slug === note.section.page);
      const marked = part?.blocks.some(
        (b) =>
          ((b.kind === 'paragraph' || b.kind === 'quotation') && b.footnotes.includes(note.n) && b.section.heading === note.section.heading) ||
          (b.kind === 'table' && [...b.rows.flat()].join(' ').match(FOOTNOTE_MARKER)),
      );
      expect(marked, `footnote ${note.n}`).toBe(true);
    }
  });

  it('keeps the header rows each table prints, and only those', () => {
    const captions = [...source.matchAll(/^Table (\d+): .*\n(.*)\n(.*)/gm)].map((m) => ({
      n: Number(m[1]),
      first: m[2]!.split('\t')[0]!,
      second: m[3]!.split('\t'),
    }));
    expect(captions.map((c) => c.n)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    for (const { n, first, second } of captions) {
      const table = doc.tables.get(n)!;
      // A row that starts with its number is a row of the table; a column group over two columns brings a second header row.
      const expected = /^\d+$/.test(first) ? 0 : second[1] === '' ? 2 : 1;
      expect(table.header.length, `Table ${n}`).toBe(expected);
      expect(table.header[0]?.[0] ?? table.rows[0]?.[0]).toBe(first);
    }
    expect(doc.tables.get(1)?.rows[0]?.[0]).toBe('British Government');
    expect(doc.tables.get(5)?.part).toBe('chapters/methodology');
  });

  it('reads the page number of every line of the table of contents and the List of Tables', () => {
    const toc = source.slice(source.indexOf('No.\tTable of Contents'), source.indexOf('List of Tables\t'));
    const lines = toc.trim().split('\n').slice(1);
    expect(doc.contents.map((e) => `${e.number}\t${e.title}\t${e.page}`)).toEqual(
      lines.map((l) =>
        l
          .split('\t')
          .map((c) => c.trim())
          .join('\t'),
      ),
    );
    expect(doc.listOfTables.map((e) => e.number)).toEqual(Array.from({ length: 9 }, (_, i) => `Table ${i + 1}`));
    expect(doc.listOfTables.every((e) => e.page > 0)).toBe(true);
  });

  it('sorts sections in reading order and refuses one the thesis does not have', () => {
    const order = sectionOrder(doc);
    expect(order({ page: 'chapters/introduction' })).toBeLessThan(
      order({ page: 'chapters/introduction', heading: '1.1. Foreign Fighters in Historical Perspective' }),
    );
    expect(order({ page: 'chapters/introduction', heading: '1.1. Foreign Fighters in Historical Perspective' })).toBeLessThan(
      order({ page: 'chapters/framework' }),
    );
    expect(() => order({ page: 'chapters/introduction', heading: 'No such heading' })).toThrow('no section');
  });

  it('stops on a footnote without a marker, naming it', () => {
    expect(() => readThesis(`${source}\n\n⁹⁹ A note nobody cites.\n`)).toThrow('footnote(s) 99 have text but no marker');
  });
});
