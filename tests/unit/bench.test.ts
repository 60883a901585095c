/**
 * The benchmark's pure parts (scripts/bench/measure.ts): which
 * kind a page is, the command line, budgets, the statistics, and the verdict
 * on how build time grows.
 */
import { describe, expect, test } from 'vitest';
import { BUDGETS, type Budget } from '../../bench/budgets.ts';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { bareMarkdown } from '../../scripts/bench/bare.ts';
import {
  formatBytes,
  formatFigure,
  growth,
  judge,
  lighthousePages,
  markdownTable,
  mean,
  median,
  PAGE_KINDS,
  pageKind,
  parseArgs,
  SECTIONS,
} from '../../scripts/bench/measure.ts';
import { untilMeasured } from '../../scripts/bench/until-measured.ts';
import { ENTITY_KIND_NAMES, entityPath, kindIndexPath } from '../../src/knowledge/kinds.ts';

describe('pageKind', () => {
  test.each([
    ['/', 'home'],
    ['/chapters/introduction/', 'chapter'],
    ['/front-matter/', 'chapter'],
    ['/interviews/', 'chapter'],
    ['/references/', 'chapter'],
    ['/case-studies/kashmir/', 'case study'],
    ['/drivers/recruitment/', 'driver'],
    ['/drivers/', 'index'],
    ['/groups/iskp/', 'group'],
    ['/organizations/nato/', 'organization'],
    ['/theories/borum-four-stage-model/', 'theory'],
    ['/interviews/3/', 'interviewee'],
    ['/data/', 'data'],
    ['/related-research/', 'other'],
    ['/search/', 'other'],
    ['/evidence/', 'view'],
    ['/compare/iskp-vs-shia-fighters/', 'view'],
    ['/map/', 'view'],
  ])('%s is a %s page', (path, kind) => {
    expect(pageKind(path)).toBe(kind);
  });

  test('every kind of entity in the registry is a page kind, and its pages are of that kind', () => {
    for (const kind of ENTITY_KIND_NAMES) {
      expect(PAGE_KINDS).toContain(kind);
      expect(pageKind(entityPath(kind, kind === 'interviewee' ? 7 : 'some-id'))).toBe(kind);
    }
  });

  test("every kind's index page is an index, except the List of Interviews, which is a chapter of the thesis", () => {
    const kinds = new Map(ENTITY_KIND_NAMES.map((kind) => [kindIndexPath(kind), pageKind(kindIndexPath(kind))]));
    expect(kinds.get('/interviews/')).toBe('chapter');
    kinds.delete('/interviews/');
    expect(new Set(kinds.values())).toEqual(new Set(['index']));
  });
});

describe('lighthousePages', () => {
  test('one page of each kind present, the preferred one where it exists', () => {
    const paths = ['/', '/organizations/nato/', '/organizations/lashkar-e-taiba/', '/theories/b/', '/theories/a/', '/data/', '/drivers/'];
    expect(lighthousePages(paths)).toEqual([
      { kind: 'home', path: '/' },
      { kind: 'organization', path: '/organizations/lashkar-e-taiba/' },
      { kind: 'theory', path: '/theories/b/' },
      { kind: 'data', path: '/data/' },
      { kind: 'index', path: '/drivers/' },
    ]);
    expect(lighthousePages(['/', '/theories/a/'])).toEqual([
      { kind: 'home', path: '/' },
      { kind: 'theory', path: '/theories/a/' },
    ]);
  });
});

describe('parseArgs', () => {
  test('no argument runs every section and writes the report', () => {
    expect(parseArgs([])).toEqual({ sections: new Set(SECTIONS), write: true });
  });

  test('--only runs the sections named, as a list or with =, and does not write the report', () => {
    expect(parseArgs(['--only', 'js,search'])).toEqual({ sections: new Set(['js', 'search']), write: false });
    expect(parseArgs(['--only=sizes'])).toEqual({ sections: new Set(['sizes']), write: false });
    expect(parseArgs(['--only', 'sizes', '--write'])).toEqual({ sections: new Set(['sizes']), write: true });
  });

  test('--skip leaves sections out', () => {
    expect(parseArgs(['--skip', 'scale,lighthouse']).sections).toEqual(new Set(['build', 'sizes', 'js', 'search', 'bare']));
  });

  test('an unknown section or argument stops with a message naming it', () => {
    expect(() => parseArgs(['--only', 'js,speed'])).toThrow(/no section "speed"/);
    expect(() => parseArgs(['--fast'])).toThrow(/unknown argument "--fast"/);
    expect(() => parseArgs(['--only'])).toThrow(/--only needs a list/);
    expect(() => parseArgs(['--only', 'js', '--skip', 'js'])).toThrow(/no section left/);
  });
});

describe('judge', () => {
  const budget = (rule: Budget['rule'], limit: Budget['limit']): Budget => ({
    figure: 'a',
    what: 'a',
    rule,
    limit,
    unit: 'bytes',
    source: 'test',
    held: 'report',
  });
  const figures = new Map([
    ['a', 100],
    ['b', 90],
  ]);

  test('a figure within its limit passes, beyond it is over; < is strict, <= is not', () => {
    expect(judge(budget('<=', 100), figures)).toEqual({ status: 'pass', value: 100, limit: 100 });
    expect(judge(budget('<', 100), figures)).toEqual({ status: 'over', value: 100, limit: 100 });
    expect(judge(budget('>=', 100), figures).status).toBe('pass');
    expect(judge(budget('>=', 101), figures).status).toBe('over');
  });

  test('a limit can be another figure of the same run plus an allowance', () => {
    expect(judge(budget('<=', { figure: 'b' }), figures)).toEqual({ status: 'over', value: 100, limit: 90 });
    expect(judge(budget('<=', { figure: 'b', plus: 10 }), figures)).toEqual({ status: 'pass', value: 100, limit: 100 });
  });

  test('a figure the run did not measure is not measured, never a pass', () => {
    expect(judge({ ...budget('<=', 100), figure: 'c' }, figures)).toEqual({ status: 'not measured', missing: 'c' });
    expect(judge(budget('<=', { figure: 'c' }), figures)).toEqual({ status: 'not measured', missing: 'c' });
    expect(judge(budget('<=', 100), new Map([['a', Number.NaN]]))).toEqual({ status: 'not measured', missing: 'a' });
  });

  test('every budget names a figure, a source and a limit that is a number or another figure', () => {
    for (const b of BUDGETS) {
      expect(b.figure).toMatch(/^(page|js|search|lighthouse|pdf)\./);
      expect(b.source).not.toBe('');
      if (typeof b.limit !== 'number') expect(b.limit.figure).toMatch(/^(page|js|search|lighthouse|pdf)\./);
      // Only byte sizes, the same from build to build, may fail a test.
      if (b.held === 'test') expect(b.unit).toBe('bytes');
    }
  });
});

test('formatFigure shows each unit as the report does', () => {
  expect(formatFigure(40_000, 'bytes')).toBe('40.0 kB');
  expect(formatFigure(99.6, 'ms')).toBe('100 ms');
  expect(formatFigure(100, 'score')).toBe('100');
  expect(formatFigure(0, 'shift')).toBe('0.000');
});

test('median and mean', () => {
  expect(median([3, 1, 2])).toBe(2);
  expect(median([4, 1, 3, 2])).toBe(2.5);
  expect(median([])).toBeNaN();
  expect(mean([1, 2, 6])).toBe(3);
});

test('formatBytes uses decimal units', () => {
  expect(formatBytes(999)).toBe('999 B');
  expect(formatBytes(1234)).toBe('1.2 kB');
  expect(formatBytes(1_234_567)).toBe('1.23 MB');
});

test('markdownTable escapes pipes', () => {
  expect(markdownTable(['a', 'b'], [['x|y', 'z']])).toBe('| a | b |\n| --- | --- |\n| x\\|y | z |');
});

describe('growth', () => {
  test('a fixed cost plus a constant cost per page is linear', () => {
    const points = [1, 2, 5, 10].map((factor) => ({ factor, pages: 150 * factor, buildMs: 8000 + 20 * 150 * factor }));
    const g = growth(points);
    expect(g.marginalMsPerPage).toEqual([20, 20, 20]);
    expect(g.lowerMsPerPage).toBe(20);
    expect(g.curvature).toBe(1);
    expect(g.linear).toBe(true);
  });

  test('a cost per page that grows with the site is faster than linear', () => {
    const points = [1, 2, 5, 10].map((factor) => ({ factor, pages: 100 * factor, buildMs: 5000 + (100 * factor) ** 2 }));
    const g = growth(points);
    expect(g.linear).toBe(false);
    expect(g.curvature).toBeCloseTo(2.5);
  });

  test('points are taken in order of pages, whatever order they come in', () => {
    const g = growth([
      { factor: 10, pages: 1000, buildMs: 30_000 },
      { factor: 1, pages: 100, buildMs: 12_000 },
      { factor: 5, pages: 500, buildMs: 22_000 },
    ]);
    expect(g.marginalMsPerPage).toEqual([25, 16]);
    expect(g.curvature).toBe(16 / 25);
    expect(g.linear).toBe(true);
  });

  test('with fewer than three points there is no verdict to give, and none is claimed against', () => {
    const g = growth([
      { factor: 1, pages: 100, buildMs: 12_000 },
      { factor: 10, pages: 1000, buildMs: 30_000 },
    ]);
    expect(g.curvature).toBeNaN();
    expect(g.linear).toBe(true);
  });
});

describe('bareMarkdown', () => {
  const text = [
    '4.1. Case study two: Kashmir',
    '    An indented line, not code; *not emphasis*, _nor this_, <b>no tag</b>,',
    '# not a heading, [not a link](x) & `not code` | a-b = c ~ d! {e} + f \\ g',
    '- not a list item',
    '===',
  ].join('\n');

  test('renders as the same text, line by line, with no markup', async () => {
    const markdown = bareMarkdown('4.1. Case study One: Kashmir', text);
    const body = markdown.slice(markdown.indexOf('---\n\n', 4) + 5);
    const { code } = await (await createMarkdownProcessor()).render(body);
    expect(code).toMatch(/^<p>[^<]*<\/p>$/);
    const shown = code
      .replace(/^<p>|<\/p>$/g, '')
      .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
    expect(shown.split('\n')).toEqual(text.split('\n').map((line) => line.trim()));
  });

  test('puts the title in the front matter, quoted', () => {
    expect(bareMarkdown('Say "hi": yes', 'x').startsWith('---\ntitle: "Say \\"hi\\": yes"\n---\n')).toBe(true);
  });
});

describe('untilMeasured', () => {
  const attempts = (results: string[]) => {
    const left = [...results];
    let calls = 0;
    return { attempt: () => Promise.resolve((calls++, left.shift() ?? 'none left')), calls: () => calls };
  };

  test('runs again while a run measured nothing, and keeps what it rejected', async () => {
    const runs = attempts(['NO_NAVSTART', 'NO_FCP', 'scored']);
    expect(await untilMeasured(runs.attempt, (r) => r !== 'scored', 4)).toEqual({ result: 'scored', rejected: ['NO_NAVSTART', 'NO_FCP'] });
    expect(runs.calls()).toBe(3);
  });

  test('stops after its number of tries, with the last failure as the result', async () => {
    const runs = attempts(['NO_NAVSTART', 'NO_NAVSTART', 'NO_NAVSTART', 'scored']);
    expect(await untilMeasured(runs.attempt, (r) => r !== 'scored', 2)).toEqual({ result: 'NO_NAVSTART', rejected: ['NO_NAVSTART'] });
    expect(runs.calls()).toBe(2);
  });

  test('runs once when the first run measured', async () => {
    const runs = attempts(['scored', 'scored']);
    expect(await untilMeasured(runs.attempt, (r) => r !== 'scored', 4)).toEqual({ result: 'scored', rejected: [] });
    expect(runs.calls()).toBe(1);
  });
});
