import { describe, expect, it } from 'vitest';
import { dateParts, lastCommit, resolveDataVersion } from './data-version.ts';

const now = new Date('2030-01-02T12:00:00Z');

describe('resolveDataVersion', () => {
  it('takes the date and hash of the last commit when git has them', () => {
    expect(resolveDataVersion('1.0', { commit: { date: '2025-06-01', hash: 'abc1234' }, sourceDateEpoch: '0', now })).toEqual({
      version: '1.0',
      date: '2025-06-01',
      commit: 'abc1234',
      source: 'git',
      label: '1.0 of 2025-06-01',
    });
  });

  it('falls back to SOURCE_DATE_EPOCH (reproducible builds), then to the build date', () => {
    expect(resolveDataVersion('1.1', { commit: null, sourceDateEpoch: '1717200000', now })).toMatchObject({
      date: '2024-06-01',
      source: 'SOURCE_DATE_EPOCH',
      commit: null,
      label: '1.1 of 2024-06-01',
    });
    expect(resolveDataVersion('1.1', { commit: null, sourceDateEpoch: 'not a number', now })).toMatchObject({ date: '2030-01-02', source: 'build date' });
    expect(resolveDataVersion('1.1', { commit: null, now })).toMatchObject({ date: '2030-01-02', source: 'build date' });
  });

  it('reads this repository’s last commit (the tests run in a git checkout)', () => {
    const commit = lastCommit();
    expect(commit?.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(commit?.hash).toMatch(/^[0-9a-f]{4,}$/);
  });

  it('gives null outside a repository', () => {
    expect(lastCommit('/')).toBeNull();
  });
});

describe('dateParts', () => {
  it('splits an ISO date', () => expect(dateParts('2019-07-25')).toEqual([2019, 7, 25]));
  it('rejects anything else', () => expect(() => dateParts('July 2019')).toThrow(/ISO date/));
});
