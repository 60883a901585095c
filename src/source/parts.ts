/**
 * The thesis's reading order: which heading of the source opens which page,
 * at which stable URL, with the label its table of contents gives it.
 *
 * The URLs are cited by readers; they never change (see tests/published-urls.txt).
 * The sidebar, previous/next links and the importer all read this one list.
 */
export interface ThesisPage {
  /** Docs collection id, which is also the URL path without slashes. */
  slug: string;
  /** The heading in the source that opens this page (matched as a whole line). */
  startsAt: string;
  /** Label in the sidebar: the table of contents' wording, numbered as there. */
  label: string;
  /** Sidebar group the page sits in. */
  group: 'Front matter' | 'Chapters' | 'Case studies' | 'Back matter';
}

export const THESIS_PAGES: readonly ThesisPage[] = [
  { slug: 'front-matter', startsAt: 'IMSIS', label: 'Title page and abstract', group: 'Front matter' },
  { slug: 'chapters/introduction', startsAt: '1. Chapter One: Introduction', label: '1. Introduction', group: 'Chapters' },
  {
    slug: 'chapters/framework',
    startsAt: '2. Chapter Two: Theoretical and Conceptual Framework',
    label: '2. Theoretical and Conceptual Framework',
    group: 'Chapters',
  },
  { slug: 'chapters/methodology', startsAt: '3. Chapter Three: Methodology', label: '3. Methodology', group: 'Chapters' },
  { slug: 'chapters/results', startsAt: '4. Chapter Four: Results', label: '4. Results', group: 'Chapters' },
  { slug: 'case-studies/kashmir', startsAt: '4.1. Case study two: Kashmir', label: '4.1. Case study One: Kashmir', group: 'Case studies' },
  { slug: 'case-studies/afghanistan', startsAt: '4.2. Case study Two: Afghanistan', label: '4.2. Case study two: Afghanistan', group: 'Case studies' },
  { slug: 'case-studies/syria', startsAt: '4.3. Case study three: Syria', label: '4.3. Case study three: Syria', group: 'Case studies' },
  { slug: 'chapters/discussion', startsAt: '5. Chapter Five: Discussion', label: '5. Discussion', group: 'Chapters' },
  { slug: 'chapters/conclusion', startsAt: '6. Chapter Six: Conclusion', label: '6. Conclusion', group: 'Chapters' },
  { slug: 'interviews', startsAt: 'List of Interviews', label: 'List of Interviews', group: 'Back matter' },
  { slug: 'references', startsAt: 'References', label: 'References', group: 'Back matter' },
  { slug: 'questionnaire', startsAt: 'Appendix A', label: 'Appendix A: Questionnaire', group: 'Back matter' },
];

/** Splits the source into the text of each page, in order. Throws if a page's heading is missing. */
export function splitIntoPages(source: string): Map<string, string> {
  const lines = source.split('\n');
  const starts = THESIS_PAGES.map((page) => {
    const index = lines.findIndex((line) => line.trim() === page.startsAt);
    if (index < 0) throw new Error(`Thesis source: the heading "${page.startsAt}" that opens ${page.slug} was not found`);
    return index;
  });
  starts.forEach((start, i) => {
    const previous = starts[i - 1];
    if (previous !== undefined && start <= previous) {
      throw new Error(`Thesis source: "${THESIS_PAGES[i]?.startsAt}" comes before the page it should follow`);
    }
  });
  const pages = new Map<string, string>();
  THESIS_PAGES.forEach((page, i) => {
    pages.set(page.slug, lines.slice(starts[i], starts[i + 1] ?? lines.length).join('\n'));
  });
  return pages;
}
