/**
 * A section of the thesis: the part it stands in (its id, e.g.
 * "case-studies/kashmir") and the heading as printed; no heading for the
 * part's opening. The knowledge layer's zod schema (`sectionRef` in
 * src/knowledge/schemas.ts) checks data against the same shape.
 */
export interface SectionRef {
  page: string;
  heading?: string | undefined;
}
