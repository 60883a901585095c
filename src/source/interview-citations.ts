/**
 * Finds the citations of interviews in the running text of the thesis, e.g.
 * "(Interviewee 18, 13 April 2019)", "(Interview 10, 15 May 2019)",
 * "(Interviewee17, 11 April 2019)", "(Interviewee 13, Baluchistan, 21 April 2019)",
 * with the section each stands in.
 */
import type { SectionRef } from './section-ref.ts';
import { isHeadingLike } from './blocks.ts';
import { THESIS_PAGES, splitIntoPages } from './parts.ts';

/** A citation of an interview in the running text, with its date as printed. */
export interface InterviewCitation {
  interviewee: number;
  /** The date as printed. */
  date: string;
  section: SectionRef;
}

const CITATION = /Interview(?:ee)?\s*(\d{1,2})[,\s]+(?:[A-Z][a-z]+,\s*)?((?:\d{1,2},?\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})\s+\d{4})/g;

export function findInterviewCitations(source: string): InterviewCitation[] {
  const pages = splitIntoPages(source);
  const citations: InterviewCitation[] = [];
  for (const page of THESIS_PAGES) {
    if (page.slug === 'interviews' || page.slug === 'references') continue;
    let heading: string | undefined;
    for (const line of (pages.get(page.slug) ?? '').split('\n').slice(1)) {
      if (isHeadingLike(line.trim())) heading = line.trim();
      for (const m of line.matchAll(CITATION)) {
        const section: SectionRef = heading ? { page: page.slug, heading } : { page: page.slug };
        citations.push({ interviewee: Number(m[1]), date: m[2] ?? '', section });
      }
    }
  }
  return citations;
}
