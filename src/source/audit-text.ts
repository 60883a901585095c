/**
 * Reads from the thesis text what the self-audit (src/knowledge/data-notes/)
 * compares: author-date citations, the table of contents and the headings of
 * the body, references to tables, and totals stated with their parts. Each
 * item keeps its words as printed and the section it stands in. Nothing here
 * judges; the rules do.
 */
import type { SectionRef } from './section-ref.ts';
import { isHeadingLike } from './blocks.ts';
import { THESIS_PAGES, splitIntoPages } from './parts.ts';
import { readContents } from './printed-pages.ts';

export interface SourceLine {
  text: string;
  section: SectionRef;
}

/** Every line of the running text (List of Interviews, References and questionnaire left out), with its section. */
export function bodyLines(source: string): SourceLine[] {
  const pages = splitIntoPages(source);
  const lines: SourceLine[] = [];
  for (const page of THESIS_PAGES) {
    if (page.slug === 'front-matter' || page.slug === 'interviews' || page.slug === 'references' || page.slug === 'questionnaire') continue;
    let heading: string | undefined;
    // The page's first line is its own heading ("4.1. Case study two: Kashmir"): a section of its own, linked as the page.
    for (const [i, line] of (pages.get(page.slug) ?? '').split('\n').entries()) {
      const text = line.trim();
      if (i > 0 && isHeadingLike(text)) heading = text;
      if (text === '') continue;
      lines.push({ text, section: heading ? { page: page.slug, heading } : { page: page.slug } });
    }
  }
  return lines;
}

/** An author-date citation as the text prints it: "(Hegghammer, 2010 pp.57-58)", "Bakker & Coolsaet (2008)". */
export interface AuthorDateCitation {
  /** The author(s) as printed: "Hegghammer", "Bakker & Coolsaet", "UN CTITF". */
  authors: string;
  year: string;
  /** The page or page range cited, if any ("57-58"); paragraphs ("para 3-4") are not pages. */
  page: string | null;
  /** The citation as printed. */
  asWritten: string;
  /** Parenthetical "(Name, 2010)", narrative "Name (2010)" or a row of Table 1 or 2 (name in the first column). */
  form: 'parenthetical' | 'narrative' | 'table-row';
  /**
   * The printed words that name the work, as an offset into the line and
   * their text: `asWritten` where it is printed, or, in a table row (whose
   * `asWritten` joins two cells), the name in the first column. What a link
   * to the reference list may wrap, without changing a character.
   */
  span: { at: number; text: string };
  section: SectionRef;
}

const YEAR = String.raw`(?:1[89]|20)\d\d`;
const PAREN_GROUP = new RegExp(String.raw`\(([^()]*\b${YEAR}\b[^()]*)\)`, 'g');
const PAREN_ITEM = new RegExp(
  String.raw`([A-Za-z][A-Za-z.'’\-]*(?:\s+[A-Z][A-Za-z.'’\-]*)*(?:\s*(?:&|and)\s*[A-Z][A-Za-z'’\-]+)?(?:,?\s*et al\.?)?)\s*,?\s*(${YEAR})[a-z]?(?:\s*,?\s*(p|pp|para)\.?\s*(\d+(?:\s*[-–]\s*\d+)?))?`,
  'g',
);
const NARRATIVE = new RegExp(String.raw`((?:[A-Z][A-Za-z'’\-]+\s*(?:&|and)\s*)?[A-Z][A-Za-z'’\-]+(?:,?\s*et al\.?)?)(?:['’]s)?\s?\((${YEAR})\)`, 'g');
const TABLE_ROW = new RegExp(String.raw`^([^\t]+)\t.*\((${YEAR}),?\s*p\.\s*(\d+)\)\.?\s*$`);

export function findAuthorDateCitations(source: string): AuthorDateCitation[] {
  return bodyLines(source).flatMap(({ text, section }) => citationsIn(text, section));
}

/**
 * The author-date citations in one line or paragraph of the text (a table row
 * with its cells joined by tabs), in the order printed. Shared by the
 * self-audit and the importer, which links each citation to its reference entry.
 */
export function citationsIn(text: string, section: SectionRef): AuthorDateCitation[] {
  const found: AuthorDateCitation[] = [];
  for (const group of text.matchAll(PAREN_GROUP)) {
    const inner = group[1] ?? '';
    if (/Interview/.test(inner) || !/^[A-Za-z]/.test(inner.trim())) continue;
    let offset = group.index + 1; // where `chunk` starts in `text`
    for (const chunk of inner.split(';')) {
      for (const m of chunk.matchAll(PAREN_ITEM)) {
        const authors = (m[1] ?? '').trim().replace(/,$/, '');
        if (/^(in|since|by|from|until|and|of)$/i.test(authors)) continue;
        const asWritten = m[0].trim();
        const at = offset + m.index + m[0].indexOf(asWritten);
        found.push({
          authors,
          year: m[2] ?? '',
          page: m[3] === 'para' ? null : normalizePage(m[4]),
          asWritten,
          form: 'parenthetical',
          span: { at, text: asWritten },
          section,
        });
      }
      offset += chunk.length + 1;
    }
  }
  for (const m of text.matchAll(NARRATIVE)) {
    const asWritten = m[0].trim();
    found.push({
      authors: (m[1] ?? '').trim(),
      year: m[2] ?? '',
      page: null,
      asWritten,
      form: 'narrative',
      span: { at: m.index + m[0].indexOf(asWritten), text: asWritten },
      section,
    });
  }
  const row = TABLE_ROW.exec(text);
  if (row) {
    const name = (row[1] ?? '').trim();
    const authors = name.replace(/,$/, '');
    found.push({
      authors,
      year: row[2] ?? '',
      page: row[3] ?? null,
      asWritten: `${name} … (${row[2]} p.${row[3]})`,
      form: 'table-row',
      span: { at: (row[1] ?? '').indexOf(authors), text: authors },
      section,
    });
  }
  return found;
}

function normalizePage(page: string | undefined): string | null {
  return page ? page.replace(/\s+/g, '').replace('–', '-') : null;
}

/** A numbered entry of the table of contents, or a numbered heading of the body. */
export interface NumberedHeading {
  /** "4.2.1", without the final dot. */
  number: string;
  title: string;
  /** As printed. */
  asWritten: string;
  section?: SectionRef;
}

/** The numbered lines of the table of contents ("4.2.1.\tHistory of Afghan Conflict\t32"), read by printed-pages.ts; the unnumbered ones ("\tList of Interviews\t60") left out. */
export function findTocEntries(source: string): NumberedHeading[] {
  return readContents(source).flatMap(({ number, title }) => (number === null ? [] : [{ number, title, asWritten: `${number}. ${title}` }]));
}

/** The numbered section headings of chapters 1–6 ("4.2.2. History of Afghan Conflict", "6. Chapter Six: Conclusion"). */
export function findBodyHeadings(source: string): NumberedHeading[] {
  const headings: NumberedHeading[] = [];
  for (const { text, section } of bodyLines(source)) {
    // Chapter openings and dotted section numbers; the case studies' "1. Recruitment …" are numbered within their section, not in the table of contents.
    const m = /^(\d+(?:\.\d+)+|\d+(?=\.\s*Chapter))\.\s*(.+)$/.exec(text);
    if (!m || !isHeadingLike(text)) continue;
    headings.push({ number: m[1] ?? '', title: (m[2] ?? '').trim(), asWritten: text, section });
  }
  return headings;
}

/** A sentence that sends the reader to a table, and the table that follows it in the text. */
export interface TableReference {
  /** The table the sentence names. */
  table: number;
  /** The words as printed ("is given in Table 6"). */
  asWritten: string;
  /** The caption of the next table printed after the sentence, if it follows before any other paragraph. */
  nextCaption: { table: number; asWritten: string } | null;
  section: SectionRef;
}

const POINTER = /\b(?:is|are)\s+(?:given|listed|shown|presented)\s+in\s+Table\s+(\d+)/g;

export function findTableReferences(source: string): TableReference[] {
  const lines = bodyLines(source);
  const refs: TableReference[] = [];
  lines.forEach(({ text, section }, i) => {
    for (const m of text.matchAll(POINTER)) {
      const next = lines[i + 1]?.text ?? '';
      const caption = /^Table\s+(\d+):/.exec(next);
      refs.push({
        table: Number(m[1]),
        asWritten: m[0],
        nextCaption: caption ? { table: Number(caption[1]), asWritten: next.replace(/\t+$/, '').trim() } : null,
        section,
      });
    }
  });
  return refs;
}

/** A total the text states together with the parts it breaks it into. */
export interface StatedTotal {
  total: number;
  totalAsWritten: string;
  parts: Array<{ value: number; asWritten: string }>;
  section: SectionRef;
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
};

/** "41,490" → 41490; "Twenty-two" → 22. */
export function readNumber(printed: string): number | null {
  const digits = printed.replace(/,/g, '');
  if (/^\d+$/.test(digits)) return Number(digits);
  const words = printed.toLowerCase().split('-');
  let sum = 0;
  for (const w of words) {
    const v = NUMBER_WORDS[w];
    if (v === undefined) return null;
    sum += v;
  }
  return sum;
}

/**
 * Two ways the thesis states a total with its parts:
 * "… 41,490 people went to Syria … Among these 32,809 were men, 4,761 were women, and 4,640 were children";
 * "Twenty-two interviews were conducted … The interviewees included police officers … (9 interviewees), journalists (5 interviewees), …".
 */
export function findStatedTotals(source: string): StatedTotal[] {
  const totals: StatedTotal[] = [];
  for (const { text, section } of bodyLines(source)) {
    const sentences = text.split(/(?<=[.!?])\s+(?=[A-Z])/);
    sentences.forEach((sentence, i) => {
      const next = sentences[i + 1];
      if (!next) return;
      const among = /^(?:Among|Of) (?:these|them),?\s+(.*)$/.exec(next);
      if (among) {
        const parts = [...(among[1] ?? '').matchAll(/(\d[\d,]*) were [a-z]+/g)].map((m) => ({ value: readNumber(m[1] ?? '') ?? NaN, asWritten: m[0] }));
        const totalMatch = [...sentence.matchAll(/(\d{1,3}(?:,\d{3})+|\d+)(?= (?:people|persons|men|fighters|foreign fighters)\b)/g)].at(-1);
        if (parts.length >= 2 && totalMatch) {
          totals.push({
            total: readNumber(totalMatch[1] ?? '') ?? NaN,
            totalAsWritten: `${totalMatch[0]} ${/\s(\w+)/.exec(sentence.slice((totalMatch.index ?? 0) + totalMatch[0].length))?.[1] ?? ''}`.trim(),
            parts,
            section,
          });
        }
      }
      const conducted = /^([A-Z][a-z]+(?:-[a-z]+)?|\d+) interviews were conducted/.exec(sentence);
      if (conducted) {
        const parts = next
          .split(/,\s*/)
          .map((piece) => ({
            piece: piece.replace(/^The interviewees included\s+|^and\s+/, '').replace(/\.$/, ''),
            m: /\((\d+) interview(?:ee)?s\)$/.exec(piece.replace(/\.$/, '')),
          }))
          .flatMap(({ piece, m }) => (m ? [{ value: Number(m[1]), asWritten: piece }] : []));
        const total = readNumber(conducted[1] ?? '');
        if (parts.length >= 2 && total !== null) totals.push({ total, totalAsWritten: `${conducted[1]} interviews`, parts, section });
      }
    });
  }
  return totals;
}
