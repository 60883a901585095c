/**
 * The benchmark's pure parts (scripts/bench/measure.ts): which kind a page
 * is, the statistics, and the verdict on how build time grows.
 */
import { describe, expect, test } from 'vitest';
import { formatBytes, growth, markdownTable, mean, median, pageKind } from '../../scripts/bench/measure.ts';

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
  ])('%s is a %s page', (path, kind) => {
    expect(pageKind(path)).toBe(kind);
  });
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
