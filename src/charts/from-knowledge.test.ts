import { describe, expect, it } from 'vitest';
import { fixture } from './fixture.ts';
import {
  caseStudyChart,
  describeCounts,
  describeExtremes,
  driverChart,
  groupChart,
  intervieweeCategoryChart,
  intervieweeFindingsChart,
  table9Chart,
} from './from-knowledge.ts';
import { GROUP_COLOURS, NEUTRAL_COLOUR } from './palette.ts';
import type { ChartSpec } from './spec.ts';

const names = (spec: ChartSpec) => spec.categories.map((c) => c.name);
const texts = (spec: ChartSpec, series = 0) => spec.series[series]!.cells.map((c) => c.text);
const values = (spec: ChartSpec, series = 0) => spec.series[series]!.cells.map((c) => c.value);

describe('driverChart', () => {
  const spec = driverChart(fixture(), 'geographical-proximity');

  it('has one bar per host group, in Table 5 column order, each in its group colour', () => {
    expect(names(spec)).toEqual(['Afghan Taliban', 'ISKP', 'Kashmiri Fighters', 'IS Fighters', 'Shia Fighters']);
    expect(spec.series).toHaveLength(1);
    expect(spec.series[0]!.cells.map((c) => c.colour)).toEqual(Object.values(GROUP_COLOURS));
    expect(spec.categories[0]!.href).toBe('/groups/afghan-taliban/');
  });

  it('reads Table 5: a 0 is a zero-length bar labelled 0', () => {
    expect(values(spec)).toEqual([11, 8, 5, 0, 0]);
    expect(texts(spec)).toEqual(['11', '8', '5', '0', '0']);
    expect(spec.source).toBe('Table 5 of the thesis');
    expect(spec.axis).toEqual({ title: 'Interviewees (of 22)', max: 22 });
  });

  it('shows a blank cell as printed, "blank", never as 0', () => {
    const ethnic = driverChart(fixture(), 'ethnic-identity');
    expect(values(ethnic)).toEqual([15, null, 14, null, null]);
    expect(texts(ethnic)).toEqual(['15', 'blank', '14', 'blank', 'blank']);
  });

  it('states every count in its text alternative, largest first', () => {
    expect(spec.alt).toBe(
      'Bar chart. Geographical proximity and Access to Conflict, by host group: 11 of 22 interviewees for Afghan Taliban; 8 for ISKP; 5 for Kashmiri Fighters; 0 for IS Fighters and Shia Fighters.',
    );
    expect(driverChart(fixture(), 'ethnic-identity').alt).toContain(
      '15 of 22 interviewees for Afghan Taliban; 14 for Kashmiri Fighters; blank in the table for ISKP, IS Fighters and Shia Fighters',
    );
  });

  it('fails on an unknown driver, naming it', () => {
    expect(() => driverChart(fixture(), 'nope')).toThrow(/unknown driver "nope"/);
  });
});

describe('groupChart', () => {
  it('ranks the drivers by count, ties in Table 5 order, blank last, in the group colour', () => {
    const spec = groupChart(fixture(), 'iskp');
    expect(names(spec)).toEqual([
      'Recruitment by Individuals or Organizations',
      'Geographical proximity and Access to Conflict',
      'Desire for Adventure',
      'Ethnic Identity',
    ]);
    expect(texts(spec)).toEqual(['11', '8', '7', 'blank']);
    expect(new Set(spec.series[0]!.cells.map((c) => c.colour))).toEqual(new Set([GROUP_COLOURS.iskp]));
    expect(spec.alt).toBe(
      'Bar chart. Drivers of ISKP: most reported: Recruitment by Individuals or Organizations (11 of 22 interviewees); least reported: Desire for Adventure (7); blank in the table for Ethnic Identity.',
    );
  });

  it('keeps 0 apart from blank, and ranks 0 above blank', () => {
    const spec = groupChart(fixture(), 'shia-fighters');
    expect(texts(spec)).toEqual(['22', '0', '0', 'blank']);
    expect(names(spec).slice(1)).toEqual(['Geographical proximity and Access to Conflict', 'Desire for Adventure', 'Ethnic Identity']);
    expect(spec.alt).toContain('0 for Geographical proximity and Access to Conflict and Desire for Adventure; blank in the table for Ethnic Identity');
  });
});

describe('table9Chart', () => {
  const spec = table9Chart(fixture());

  it('has a series per host group in Table 5 order, each in its colour, with a legend', () => {
    expect(spec.series.map((s) => s.key)).toEqual(['afghan-taliban', 'iskp', 'kashmiri-fighters', 'is-fighters', 'shia-fighters']);
    expect(spec.series.map((s) => s.colour)).toEqual(Object.values(GROUP_COLOURS));
    expect(spec.legend).toBe(true);
  });

  it('orders drivers by their total over the groups', () => {
    expect(names(spec)).toEqual([
      'Recruitment by Individuals or Organizations',
      'Ethnic Identity',
      'Geographical proximity and Access to Conflict',
      'Desire for Adventure',
    ]);
  });

  it("reads Table 9's cells as printed, blank where Table 5 prints 0, and notes what Table 5 prints", () => {
    const geo = names(spec).indexOf('Geographical proximity and Access to Conflict');
    expect(spec.series.map((s) => s.cells[geo]!.text)).toEqual(['11', '8', '5', 'blank', 'blank']);
    expect(spec.series.map((s) => s.cells[geo]!.value)).toEqual([11, 8, 5, null, null]);
    expect(spec.series.map((s) => s.cells[geo]!.note)).toEqual([undefined, undefined, undefined, 'Table 5 prints 0', 'Table 5 prints 0']);
    // A blank in both tables needs no note.
    const ethnic = names(spec).indexOf('Ethnic Identity');
    expect(spec.series[1]!.cells[ethnic]).toMatchObject({ text: 'blank' });
    expect(spec.series[1]!.cells[ethnic]!.note).toBeUndefined();
  });

  it('states which drivers are common to every group and which to one, and counts the blanks', () => {
    expect(spec.alt).toBe(
      'Grouped bar chart of Table 9, drivers of Pakistani foreign fighters by host group. Reported for all 5 host groups: Recruitment by Individuals or Organizations. 8 of the 20 cells are blank.',
    );
  });

  it('fails, naming the file, when a finding has no Table 9 cell', () => {
    const kb = fixture();
    delete kb.findings.get('iskp/recruitment')!.data.tables.table9;
    expect(() => table9Chart(kb)).toThrow('content/findings/iskp/recruitment.yaml has no table9 cell');
  });
});

describe('caseStudyChart', () => {
  it('Table 6: the rows Table 6 prints, for the Kashmiri fighters, ranked', () => {
    const spec = caseStudyChart(fixture(), 6);
    expect(spec.series.map((s) => s.key)).toEqual(['kashmiri-fighters']);
    expect(names(spec)).toEqual(['Recruitment by Individuals or Organizations', 'Ethnic Identity', 'Geographical proximity and Access to Conflict']);
    expect(texts(spec)).toEqual(['22', '14', '5']);
    expect(spec.legend).toBe(false);
    expect(spec.source).toBe('Table 6 of the thesis');
    expect(spec.alt).toBe(
      'Bar chart of Table 6, drivers of Pakistani fighters in Kashmir: most reported: Recruitment by Individuals or Organizations (22 of 22 interviewees); least reported: Geographical proximity and Access to Conflict (5).',
    );
  });

  it('Table 7: two groups, ranked by the first then the second, blanks as printed', () => {
    const spec = caseStudyChart(fixture(), 7);
    expect(spec.series.map((s) => s.label)).toEqual(['Afghan Taliban', 'ISKP']);
    expect(names(spec)).toEqual([
      'Recruitment by Individuals or Organizations',
      'Ethnic Identity',
      'Geographical proximity and Access to Conflict',
      'Desire for Adventure',
    ]);
    expect(texts(spec, 0)).toEqual(['22', '15', '11', 'blank']);
    expect(texts(spec, 1)).toEqual(['11', 'blank', '8', '7']);
    expect(spec.legend).toBe(true);
    expect(spec.alt).toMatch(/^Grouped bar chart of Table 7, .*: for Afghan Taliban, most reported: .*\. for ISKP, most reported: /);
  });

  it('Table 8: a "-" stays "-", with no bar', () => {
    const spec = caseStudyChart(fixture(), 8);
    const desire = names(spec).indexOf('Desire for Adventure');
    expect(spec.series[1]!.cells[desire]).toEqual({ value: null, text: '"-"', colour: GROUP_COLOURS['shia-fighters'], note: 'Table 5 prints 0' });
  });

  it('uses the row name the case-study table prints', () => {
    const kb = fixture();
    kb.findings.get('afghan-taliban/ethnic-identity')!.data.caseStudyRowName = 'Ethnicity as printed';
    expect(names(caseStudyChart(kb, 7))).toContain('Ethnicity as printed');
  });

  it('fails on a table that is not a case study', () => {
    expect(() => caseStudyChart(fixture(), 5)).toThrow(/no conflict .* has table 5/);
  });
});

describe('intervieweeCategoryChart', () => {
  it('counts the interviewees by category, largest first, with who they are', () => {
    const spec = intervieweeCategoryChart(fixture());
    expect(names(spec)).toEqual(['Police and counter-terrorism officers', 'NACTA officials', 'Journalists', 'Researchers', 'Religious organizations']);
    expect(values(spec)).toEqual([3, 2, 1, 0, 0]);
    expect(spec.categories.map((c) => c.detail)).toEqual(['Interviewees 4, 5 and 6', 'Interviewees 1 and 2', 'Interviewee 3', 'none', 'none']);
    expect(spec.series[0]!.colour).toBe(NEUTRAL_COLOUR);
    expect(spec.axis.max).toBe(6);
    expect(spec.alt).toBe(
      'Bar chart. The 6 interviewees by category: 3 police and counter-terrorism officers, 2 officials of the National Counter Terrorism Authority (NACTA), 1 journalist, 0 researchers and 0 members of religious organizations.',
    );
  });
});

describe('intervieweeFindingsChart', () => {
  const spec = intervieweeFindingsChart(fixture());

  it('has one stacked bar per interviewee, in the order of the List of Interviews, linked to their page', () => {
    expect(spec.stacked).toBe(true);
    expect(names(spec)).toEqual(['Interviewee 1', 'Interviewee 2', 'Interviewee 3', 'Interviewee 4', 'Interviewee 5', 'Interviewee 6']);
    expect(spec.categories[2]!.href).toBe('/interviews/3/');
  });

  it('stacks one segment per host group, in its colour, counting each finding once however many statements list the interviewee', () => {
    expect(spec.series.map((s) => s.key)).toEqual(['afghan-taliban', 'iskp', 'kashmiri-fighters', 'is-fighters', 'shia-fighters']);
    expect(spec.series.map((s) => s.colour)).toEqual(Object.values(GROUP_COLOURS));
    // Interviewee 1: recruitment and ethnic identity for the Afghan Taliban (recruitment listed twice), recruitment for ISKP.
    expect(spec.series.map((s) => s.cells[0]!.value)).toEqual([2, 1, 0, 0, 0]);
    // Interviewee 3: desire for adventure for IS fighters; interviewee 2 is in no list.
    expect(spec.series.map((s) => s.cells[2]!.value)).toEqual([0, 0, 0, 1, 0]);
    expect(spec.series.map((s) => s.cells[1]!.text)).toEqual(['0', '0', '0', '0', '0']);
  });

  it('names the drivers each interviewee is counted for, with how many host groups, in Table 5 order', () => {
    expect(spec.detailHeading).toBe('Drivers counted for (number of host groups)');
    expect(spec.categories.map((c) => c.detail)).toEqual(['Ethnic identity (1), Recruitment (2)', 'none', 'Desire for adventure (1)', 'none', 'none', 'none']);
  });

  it('states the extremes, and scales its axis to the largest total', () => {
    expect(spec.alt).toBe(
      'Stacked bar chart of the 6 interviewees, in the order of the List of Interviews: for each, the findings (a driver for a host group, of 20) whose footnote in chapter 4 lists them. Most: interviewee 1 (3). Fewest: interviewee 2, interviewee 4, interviewee 5 and interviewee 6 (0).',
    );
    expect(spec.axis).toEqual({ title: 'Findings (driver for a host group, of 20)', max: 5, step: 5 });
  });
});

describe('describing counts', () => {
  it('groups equal counts and keeps blank and "-" apart from 0', () => {
    expect(
      describeCounts([
        { name: 'A', cell: 3 },
        { name: 'B', cell: null },
        { name: 'C', cell: 3 },
        { name: 'D', cell: '-' },
        { name: 'E', cell: 0 },
      ]),
    ).toBe('3 of 22 interviewees for A and C; 0 for E; blank in the table for B; "-" in the table for D');
  });

  it('names the extremes, or says there are none', () => {
    expect(describeExtremes([{ name: 'A', cell: 4 }])).toBe('most reported: A (4 of 22 interviewees)');
    expect(
      describeExtremes([
        { name: 'A', cell: 0 },
        { name: 'B', cell: null },
      ]),
    ).toBe('no driver has a count above 0');
  });
});
