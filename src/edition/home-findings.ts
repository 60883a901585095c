/**
 * What the home page says the thesis found: sentences of the thesis as
 * printed, with the drivers they name linked to the drivers' pages, each
 * beside Table 5's counts for the host groups it speaks of. Nothing here is
 * in the site's words but the choice: src/edition/home-findings.test.ts
 * finds every sentence in the thesis's text, and every count comes from the data.
 */
import type { TableCell } from '../knowledge/schemas.ts';

export interface HomeFinding {
  /** The thesis's words, exactly as printed. */
  words: string;
  /** The thesis page that prints them (a slug of src/source/parts.ts). */
  page: string;
  /** What the home page calls that page. */
  pageLabel: string;
  /** Phrases of `words` that name a driver, each linked to that driver's page. */
  links: Array<{ phrase: string; driver: string }>;
  /** Table 5's counts shown beside the words: the first driver the words link, for the host groups they speak of. */
  counts: { driver: string; groups: string[] };
}

/** The drivers that matter most where, as the Conclusion puts it; in the Conclusion's order. */
export const HOME_FINDINGS: readonly HomeFinding[] = [
  {
    words: 'In Kashmir and Afghanistan geographical proximity played a huge role.',
    page: 'chapters/conclusion',
    pageLabel: 'Conclusion',
    links: [{ phrase: 'geographical proximity', driver: 'geographical-proximity' }],
    counts: { driver: 'geographical-proximity', groups: ['afghan-taliban', 'iskp', 'kashmiri-fighters'] },
  },
  {
    words: 'In the case of Pro-Assad Shia fighters and IS/ISKP, sectarian identity and financial compensation are common motivating factors.',
    page: 'chapters/conclusion',
    pageLabel: 'Conclusion',
    links: [
      { phrase: 'sectarian identity', driver: 'sectarian-affiliation' },
      { phrase: 'financial compensation', driver: 'financial-motivations' },
    ],
    counts: { driver: 'sectarian-affiliation', groups: ['iskp', 'is-fighters', 'shia-fighters'] },
  },
  {
    words:
      'Propaganda and the ideologies of the militant groups play a tremendous role in recruitment for foreign jihad; be it from groups based in Afghanistan, Kashmir or Syria.',
    page: 'chapters/conclusion',
    pageLabel: 'Conclusion',
    links: [{ phrase: 'Propaganda and the ideologies', driver: 'propaganda-and-ideologies' }],
    counts: { driver: 'propaganda-and-ideologies', groups: ['afghan-taliban', 'iskp', 'kashmiri-fighters', 'is-fighters', 'shia-fighters'] },
  },
  {
    words: 'Reaction to social discrimination and quest for significance only drives Kashmiri jihadists',
    page: 'chapters/conclusion',
    pageLabel: 'Conclusion',
    links: [{ phrase: 'Reaction to social discrimination and quest for significance', driver: 'quest-for-significance' }],
    counts: { driver: 'quest-for-significance', groups: ['afghan-taliban', 'iskp', 'kashmiri-fighters', 'is-fighters', 'shia-fighters'] },
  },
];

/** The words cut at the linked phrases: text, and phrases with their driver, in order. Throws on a phrase the words do not contain. */
export function linkedParts(finding: HomeFinding): Array<{ text: string; driver?: string }> {
  const parts: Array<{ text: string; driver?: string }> = [];
  let rest = finding.words;
  const ordered = [...finding.links].sort((a, b) => finding.words.indexOf(a.phrase) - finding.words.indexOf(b.phrase));
  for (const link of ordered) {
    const at = rest.indexOf(link.phrase);
    if (at < 0) throw new Error(`Home page findings: "${link.phrase}" is not in "${finding.words}"`);
    if (at > 0) parts.push({ text: rest.slice(0, at) });
    parts.push({ text: link.phrase, driver: link.driver });
    rest = rest.slice(at + link.phrase.length);
  }
  if (rest) parts.push({ text: rest });
  return parts;
}

/** "Afghan Taliban 11, ISKP 8, Kashmiri Fighters 5": each group's cell as Table 5 prints it ("blank" where it prints none). */
export function countsLine(cells: ReadonlyArray<{ group: string; cell: TableCell }>): string {
  return cells.map(({ group, cell }) => `${group} ${cell === null ? 'blank' : cell}`).join(', ');
}
