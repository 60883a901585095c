import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Entry } from '../entry.ts';
import { quotationChecker } from '../quoted.ts';
import { reviewedNoteProblems, reviewedNotes } from './reviewed.ts';

const source = readFileSync(new URL('../../../content/source/thesis.txt', import.meta.url), 'utf8');
const quoted = quotationChecker(source);
const note = (sides: Array<{ says: string; page: string; heading?: string; source?: string }>): Entry<'dataNotes'> =>
  ({
    id: 'qom-in-syria-and-iran',
    data: {
      kind: 'place-differs',
      message: 'The text puts Qom in Syria and in Iran.',
      sides: sides.map(({ says, page, heading, source: from }) => ({
        says,
        section: { page, ...(heading ? { heading } : {}) },
        ...(from ? { source: from } : {}),
      })),
    },
  }) as Entry<'dataNotes'>;

const SYRIAN_CITIES = 'The Syrian cities of Damascus, Qom, Karbala, and Najf are the holiest cities in Shia Islam.';
const QOM_CAMPS = 'The Iranian government was running four training camps for militias in the city of Qom';

describe('reviewed data notes', () => {
  it('accepts sides quoted word for word from the part of the thesis they name (quotes, dashes, a page break and "\\$" made alike)', () => {
    expect(
      reviewedNoteProblems(
        [
          note([
            { says: SYRIAN_CITIES, page: 'case-studies/syria' },
            { says: QOM_CAMPS, page: 'case-studies/syria' },
          ]),
        ],
        quoted,
      ),
    ).toEqual([]);
    const pay = 'They still pay. Regular fighter earns $700, local commander earns $1200 and district commander $2500';
    expect(quoted(pay, 'case-studies/afghanistan')).toBe(true);
  });

  it('stops on a side the thesis does not print there, naming the file and the field', () => {
    const changed = note([
      { says: SYRIAN_CITIES, page: 'case-studies/syria' },
      { says: QOM_CAMPS.replace('Qom', 'Tehran'), page: 'case-studies/syria' },
    ]);
    expect(reviewedNoteProblems([changed], quoted)).toEqual([
      `content/data-notes/qom-in-syria-and-iran.yaml: field "sides[1].says": "${QOM_CAMPS.replace('Qom', 'Tehran')}" is not in case-studies/syria of the thesis text (content/source/thesis.txt)`,
    ]);
    // Printed, but in another part than the side says.
    expect(
      reviewedNoteProblems(
        [
          note([
            { says: SYRIAN_CITIES, page: 'chapters/discussion' },
            { says: QOM_CAMPS, page: 'case-studies/syria' },
          ]),
        ],
        quoted,
      ),
    ).toHaveLength(1);
  });

  it('becomes a note whose sides link to their sections, except the abstract, which shows no notes', () => {
    const [n] = reviewedNotes(
      [
        note([
          { says: 'and members of religious groups in Pakistan', page: 'front-matter', source: 'Abstract' },
          { says: QOM_CAMPS, page: 'case-studies/syria', heading: '8. Enabling environment and supporting structures' },
        ]),
      ],
      (s) => `${s.page}, ${s.heading ?? ''}`,
    );
    expect(n).toMatchObject({ id: 'qom-in-syria-and-iran', kind: 'place-differs', section: { page: 'case-studies/syria' } });
    expect(n!.sources).toEqual([
      { source: 'Abstract', says: 'and members of religious groups in Pakistan' },
      {
        source: 'case-studies/syria, 8. Enabling environment and supporting structures',
        says: QOM_CAMPS,
        section: { page: 'case-studies/syria', heading: '8. Enabling environment and supporting structures' },
      },
    ]);
  });
});
