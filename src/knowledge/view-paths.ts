/**
 * The URLs of the views that explore the evidence across pages
 * (src/knowledge/evidence/). Stable: they are cited. A module of its
 * own, with no imports, so that the sidebar (read by astro.config.mjs) and the
 * search facets can use it without loading the knowledge layer.
 */
export const EVIDENCE_PATH = '/evidence/';
export const BY_CATEGORY_PATH = '/evidence/by-category/';
export const MAP_PATH = '/map/';
/** Two host groups side by side, ids in Table 5's column order: /compare/kashmiri-fighters-vs-is-fighters/. */
export const comparePath = (a: string, b: string): string => `/compare/${a}-vs-${b}/`;

/** The views' titles, shown on the pages and in their citations. */
export const EVIDENCE_TITLE = 'The evidence: drivers by host group';
export const BY_CATEGORY_TITLE = 'Who said what: drivers by interviewee category';
export const MAP_TITLE = 'How the ideas connect';
export const compareTitle = (aName: string, bName: string): string => `${aName} and ${bName} compared`;

/** True for the URL of one of these views. */
export function isViewPath(pathname: string): boolean {
  return pathname === EVIDENCE_PATH || pathname === BY_CATEGORY_PATH || pathname === MAP_PATH || /^\/compare\/[a-z-]+-vs-[a-z-]+\/$/.test(pathname);
}
