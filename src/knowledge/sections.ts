/**
 * Links to sections of the thesis. A section is named by its page and its
 * heading as printed; the anchor is the slug Astro gives that heading
 * (github-slugger, as in Astro's heading ids), so it never has to be typed.
 */
import GithubSlugger from 'github-slugger';
import type { SectionRef } from './schemas.ts';

export function headingAnchor(heading: string): string {
  return new GithubSlugger().slug(heading);
}

export function sectionHref(ref: SectionRef): string {
  return `/${ref.page}/${ref.heading ? `#${headingAnchor(ref.heading)}` : ''}`;
}
