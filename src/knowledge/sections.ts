/**
 * Links to sections of the thesis. A section is named by its page and its
 * heading as printed; the anchor is the slug Astro gives that heading
 * (github-slugger, as in Astro's heading ids), so it never has to be typed.
 */
import GithubSlugger from 'github-slugger';
import type { SectionRef } from '../source/section-ref.ts';
import { THESIS_PAGES } from '../source/parts.ts';

export function headingAnchor(heading: string): string {
  return new GithubSlugger().slug(heading);
}

export function sectionHref(ref: SectionRef): string {
  return `/${ref.page}/${ref.heading ? `#${headingAnchor(ref.heading)}` : ''}`;
}

/**
 * A section named as briefly as a list of many can bear: the number of a
 * heading numbered in the thesis's scheme ("2.4" for '2.4. "Cause models" of
 * Foreign Fighters', "3.1" for "3.1.Data Collection: …"); a heading numbered
 * within its page ("1. Recruitment by …", in each case study) after its page's
 * number ("4.1, 1. Recruitment by …"); the page's number or label for its opening.
 */
export function shortSectionLabel(page: string, heading?: string): string {
  const pageLabel = THESIS_PAGES.find((p) => p.slug === page)?.label ?? page;
  const pageShort = /^(\d+(?:\.\d+)*)\.\s?(?=\D)/.exec(pageLabel)?.[1] ?? pageLabel;
  if (!heading) return pageShort;
  const dotted = /^(\d+(?:\.\d+)+)\.\s?(?=\D)/.exec(heading)?.[1];
  return dotted ?? `${pageShort}, ${heading}`;
}
