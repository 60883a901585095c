/**
 * A theory's links to the consolidated drivers, with what each rests on. The
 * thesis never says "theory X bears on driver Y"; what it does give is Table 3,
 * which cites authors for candidate drivers that are merged into the
 * consolidated ones. A link resting on Table 3 names that row, and the build
 * checks that the row cites the theory's authors and is merged into the
 * driver; the link is the thesis's only where the methodology states the
 * merge of that row into that driver (merges.ts). A link the text does not
 * support is the site's reading, with its reason, and is shown as such.
 */
import { citedNames, parseCitations, sameName, type Citation } from '../source/author-names.ts';
import type { Entry } from './entry.ts';
import { mergeOf } from './merges.ts';
import type { SectionRef, Theory, TheoryDriverLink } from './schemas.ts';

/** The names under which Table 3 may cite a theory: its authors' surnames and the spellings the thesis prints. */
export function citationNames(theory: Pick<Theory, 'authors' | 'aliases'>): string[] {
  return [...theory.authors.map((a) => a.split(',')[0]!.trim()), ...theory.aliases].filter((n) => n.length > 1);
}

/**
 * The citations of a list as Table 3 prints it that name the theory: the
 * citation's first name is, by `sameName`, an author of the theory or the
 * first name of a spelling the thesis prints for it ("Hafiz & Mullins").
 */
export function citationsOf(printed: string, theory: Pick<Theory, 'authors' | 'aliases'>): Citation[] {
  const names = citationNames(theory).map((n) => citedNames(n)[0] ?? n);
  return parseCitations(printed).filter((c) => {
    const first = citedNames(c.name)[0];
    return first !== undefined && names.some((n) => sameName(first, n));
  });
}

/**
 * What is wrong with a theory's driver link, or undefined if nothing: a
 * Table 3 link must name a row of Table 3 that cites the theory's authors and
 * is merged into the driver.
 */
export function linkProblem(
  theory: Pick<Theory, 'authors' | 'aliases'>,
  link: TheoryDriverLink,
  candidates: ReadonlyArray<Entry<'candidateDrivers'>>,
): string | undefined {
  if (link.basis !== 'table-3') return undefined;
  const row = candidates.find((c) => c.id === link.candidate);
  if (!row || row.data.table !== 3) return `no Table 3 row "${link.candidate}" in content/candidate-drivers/`;
  if (citationsOf(row.data.citations ?? '', theory).length === 0) {
    return `Table 3 row ${row.data.number} ("${row.data.name}") does not cite ${citationNames(theory).join(' / ')}`;
  }
  if (!mergeOf(row, link.driver)) {
    return `Table 3 row ${row.data.number} ("${row.data.name}") is not merged into "${link.driver}"`;
  }
  return undefined;
}

/** A theory–driver link as a page shows it: what the thesis says (with where), or the site's reading (with why). */
export interface LinkBasis {
  /** "thesis": the thesis supports the link (`says`, at `section`); "editorial": the site's reading (`says` is its reason). */
  provenance: 'thesis' | 'editorial';
  says: string;
  section?: SectionRef;
}

const TABLE_3: SectionRef = { page: 'chapters/methodology' };

/** The basis of a link, in words, for the theory page and the driver page: the basis of the row's merge into this link's driver. */
export function linkBasis(link: TheoryDriverLink, candidates: ReadonlyArray<Entry<'candidateDrivers'>>): LinkBasis {
  switch (link.basis) {
    case 'text':
      return { provenance: 'thesis', says: 'The thesis connects them', section: link.section };
    case 'editorial':
      return { provenance: 'editorial', says: link.reason };
    case 'table-3': {
      const row = candidates.find((c) => c.id === link.candidate);
      const merge = row && mergeOf(row, link.driver);
      if (!row || !merge) throw new Error(`no Table 3 row "${link.candidate}" merged into "${link.driver}"`);
      const cited = `Table 3 cites it for “${row.data.name}” (row ${row.data.number})`;
      return merge.basis === 'stated'
        ? { provenance: 'thesis', says: `${cited}, which the methodology merges into this driver: “${merge.words}”`, section: TABLE_3 }
        : { provenance: 'editorial', says: `${cited}; merging that row into this driver is the site's reading: ${merge.reason}` };
    }
  }
}
