/**
 * The thesis's pages exist at their cited URLs, in the thesis's order: in the
 * sidebar and in the previous/next links.
 */
import { describe, expect, it } from 'vitest';
import { readPage, textOf } from '../support/dist.ts';
import { THESIS_URLS, htmlText, normalise, source } from '../support/thesis-source.ts';

describe('thesis URLs', () => {
  it.each(['/', ...THESIS_URLS])('%s is built', (url) => {
    expect(readPage(url)).toContain('<main');
  });

  it('gives each chapter its heading as printed', () => {
    expect(textOf(readPage('/chapters/introduction/'))).toContain('1. Chapter One: Introduction');
    expect(textOf(readPage('/case-studies/kashmir/'))).toContain('4.1. Case study two: Kashmir');
    expect(textOf(readPage('/chapters/conclusion/'))).toContain('6. Chapter Six: Conclusion');
  });

  it('says where a heading disagrees with the table of contents: a marker after the heading, the note in "Notes on this text"', () => {
    const note = (path: string, heading: string, words: RegExp) => {
      const html = readPage(path);
      // The markers right after the heading (a data note's, an editorial note's, each with its copy for the
      // margin, src/edition/margin-notes.ts) name the notes on this section …
      const after = html.split(`>${heading}</h`)[1] ?? '';
      const markers = /^\d>((?:\s*<p class="note-marker[^"]*">[^]*?<\/p>)+)/.exec(after)?.[1];
      expect(markers, `${path}: markers after "${heading}"`).toBeDefined();
      const ids = new Set([
        ...[...markers!.matchAll(/data-notes?="([^"]+)"/g)].flatMap((m) => m[1]!.split(' ')),
        ...[...markers!.matchAll(/href="(#[^"]+)"/g)].map((m) => m[1]!),
      ]);
      // … one of which, in the page's notes, says how the table of contents differs.
      const said = [...ids].filter((id) => {
        const element = new RegExp(`<(li|div) [^>]*id="${id.slice(1)}"[^>]*>([^]*?)</\\1>`).exec(html);
        return words.test((element?.[2] ?? '').replace(/<[^>]+>/g, '').replace(/&quot;/g, '"'));
      });
      expect(said, `${path}: a note after "${heading}" that says ${words}`).toHaveLength(1);
      // An editorial note links back to its marker.
      if (said[0]!.startsWith('#ed-')) expect(html).toContain(`href="#edref-${said[0]!.slice(4)}"`);
      expect(textOf(html)).toContain('Notes on this text');
    };
    note('/case-studies/kashmir/', '4.1.1. History of Kashmir Issue', /lists this section as "4\.1\.1\. History of Kashmir Conflict"/);
    note('/case-studies/afghanistan/', '4.2.2. History of Afghan Conflict', /numbers this section 4\.2\.1; the heading in the text numbers it 4\.2\.2/);
  });

  it('lists the sections that components add at the end of a page in "On this page", where the page has them', () => {
    const toc = (path: string) =>
      [...(/<starlight-toc[^>]*>([^]*?)<\/starlight-toc>/.exec(readPage(path))?.[1] ?? '').matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
    expect(toc('/case-studies/kashmir/')).toEqual(expect.arrayContaining(['notes-on-this-text', 'footnotes-label', 'cite']));
    // The questionnaire has no footnotes and no notes: no entry that would lead nowhere.
    expect(toc('/questionnaire/')).not.toContain('footnotes-label');
    expect(toc('/drivers/recruitment/')).toContain('cite');
  });

  it('names no author', () => {
    const front = textOf(readPage('/front-matter/'));
    expect(front).toContain('Supervisor: Prof. Oldrich Bures');
    expect(readPage('/front-matter/')).not.toMatch(/name="(author|citation_author)"/);
  });
});

describe('reading order', () => {
  const sidebarLinks = (html: string) => {
    const nav = /<nav[^>]*aria-label="Main"[^>]*>([^]*?)<\/nav>/.exec(html)?.[1] ?? html;
    return [...nav.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1]!);
  };

  it('the sidebar lists the thesis pages in the thesis order', () => {
    // First occurrence of each thesis URL (the knowledge-base group links /interviews/ again, as its index of interviewees).
    const links = [...new Set(sidebarLinks(readPage('/chapters/introduction/')).filter((href) => (THESIS_URLS as readonly string[]).includes(href)))];
    expect(links).toEqual([...THESIS_URLS]);
  });

  it.each(THESIS_URLS.slice(0, -1).map((url, i) => [url, THESIS_URLS[i + 1]!]))('next after %s is %s', (url, next) => {
    const html = readPage(url);
    expect(html).toMatch(new RegExp(`<a href="${next}"[^>]*rel="next"`));
    expect(readPage(next)).toMatch(new RegExp(`<a href="${url}"[^>]*rel="prev"`));
  });
});

describe('section headings', () => {
  // Numbered headings of the source ("4.3.1. History of Syrian Conflict", "6. Geographical contiguity and porous border").
  const headings = [...source.matchAll(/^(\d+(?:\.\d+)*\.[ ]?(?:\d+\.[ ])?[“"A-Z][^\n\t]{0,100})$/gmu)]
    .map((m) => m[1]!.trim())
    .filter((h) => !/[.?!]$/.test(h) && !/^\d+\.\s?Chapter /.test(h) && !/^4\.\d\. Case study/i.test(h));

  it('finds the section headings of the source', () => {
    expect(headings).toEqual(
      expect.arrayContaining(['1.1. Foreign Fighters in Historical Perspective', '4.3.1. History of Syrian Conflict', '10. Desire for Adventure']),
    );
  });

  it('makes every one a heading (h2 or h3) of its page, with an anchor', () => {
    const html = THESIS_URLS.map((url) => readPage(url)).join('\n');
    const built = new Set([...html.matchAll(/<h([23]) id="[^"]+"[^>]*>([^]*?)<\/h\1>/g)].map((m) => normalise(htmlText(m[2]!))));
    expect(headings.filter((h) => !built.has(normalise(h)))).toEqual([]);
  });
});
