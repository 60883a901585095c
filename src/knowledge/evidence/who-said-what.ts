/**
 * Who said what (/evidence/by-category/): for each finding, the interviewees
 * its footnotes list, sorted into the site's reading of the methodology's
 * categories. A re-tabulation, not a finding of the thesis.
 */
import type { Entry } from '../entry.ts';
import type { KnowledgeBase } from '../index.ts';
import { expandIntervieweeList } from '../interviewee-lists.ts';
import { findingPath } from '../kinds.ts';
import { INTERVIEWEE_CATEGORIES, type TableCell } from '../schemas.ts';
import { findingOf } from './finding-of.ts';

type KB = Pick<KnowledgeBase, 'drivers' | 'groups' | 'findings' | 'interviewees'>;

export type IntervieweeCategory = (typeof INTERVIEWEE_CATEGORIES)[number];

export interface CategoryCell {
  category: IntervieweeCategory;
  /** The interviewees of this category the finding's footnotes list. */
  interviewees: number[];
}

export interface WhoRow {
  driver: Entry<'drivers'>;
  /** Table 5's cell, as printed, for comparison. */
  cell: TableCell;
  /** Every interviewee the finding's footnotes list (union over its statements), ascending. */
  listed: number[];
  byCategory: CategoryCell[];
  /** Anchor of the row's list of interviewees on the page. */
  anchor: string;
  /** The finding's evidence on its driver page. */
  href: string;
}

export interface WhoView {
  /** The categories in the methodology's order, with their members. */
  categories: Array<{ category: IntervieweeCategory; members: number[] }>;
  groups: Array<{ group: Entry<'groups'>; rows: WhoRow[] }>;
}

/** Who said what: for each finding, the interviewees its footnotes list, by the methodology's categories. A re-tabulation, not a finding of the thesis. */
export function whoSaidWhat(kb: KB): WhoView {
  const categoryOf = new Map(kb.interviewees.map((i) => [i.data.n, i.data.category]));
  return {
    categories: INTERVIEWEE_CATEGORIES.map((category) => ({
      category,
      members: kb.interviewees.filter((i) => i.data.category === category).map((i) => i.data.n),
    })),
    groups: kb.groups.map((group) => ({
      group,
      rows: kb.drivers.map((driver) => {
        const finding = findingOf(kb, driver.id, group.id, 'who said what');
        const listed = [...new Set(finding.data.statements.flatMap((s) => (s.interviewees ? expandIntervieweeList(s.interviewees) : [])))].sort(
          (x, y) => x - y,
        );
        for (const n of listed) {
          if (!categoryOf.has(n))
            throw new Error(`who said what: content/findings/${finding.id}.yaml lists interviewee ${n}, who has no content/interviewees/ file`);
        }
        return {
          driver,
          cell: finding.data.tables.table5,
          listed,
          byCategory: INTERVIEWEE_CATEGORIES.map((category) => ({ category, interviewees: listed.filter((n) => categoryOf.get(n) === category) })),
          anchor: `who-${group.id}-${driver.id}`,
          href: findingPath(driver.id, group.id),
        };
      }),
    })),
  };
}
