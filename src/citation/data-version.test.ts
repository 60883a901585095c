import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dateParts, lastDataCommit, resolveDataVersion } from './data-version.ts';

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

  it('reads this repository’s last change under content/ (the tests run in a git checkout)', () => {
    const commit = lastDataCommit();
    expect(commit?.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(commit?.hash).toMatch(/^[0-9a-f]{4,}$/);
  });

  it('dates the data by the last commit under content/: a later change to code or styles moves nothing, a change to the data does', () => {
    const repo = mkdtempSync(join(tmpdir(), 'data-version-'));
    try {
      const git = (args: string[], date: string) =>
        execFileSync('git', args, {
          cwd: repo,
          stdio: 'ignore',
          env: {
            ...process.env,
            GIT_AUTHOR_DATE: date,
            GIT_COMMITTER_DATE: date,
            GIT_AUTHOR_NAME: 'test',
            GIT_AUTHOR_EMAIL: 'test@localhost',
            GIT_COMMITTER_NAME: 'test',
            GIT_COMMITTER_EMAIL: 'test@localhost',
          },
        });
      const commit = (file: string, date: string) => {
        mkdirSync(join(repo, file, '..'), { recursive: true });
        writeFileSync(join(repo, file), date);
        git(['add', '.'], date);
        git(['commit', '-q', '-m', file], date);
      };
      git(['init', '-q'], '2024-01-01T00:00:00Z');
      commit('content/drivers/recruitment.yaml', '2024-03-01T12:00:00Z');
      commit('src/styles/site.css', '2024-05-01T12:00:00Z');
      // From a subfolder too: the path is from the repository's root.
      expect(lastDataCommit(join(repo, 'src'))?.date).toBe('2024-03-01');
      commit('content/source/thesis.txt', '2024-06-01T12:00:00Z');
      expect(lastDataCommit(repo)?.date).toBe('2024-06-01');
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });

  it('gives null outside a repository', () => {
    expect(lastDataCommit('/')).toBeNull();
  });
});

describe('dateParts', () => {
  it('splits an ISO date', () => expect(dateParts('2019-07-25')).toEqual([2019, 7, 25]));
  it('rejects anything else', () => expect(() => dateParts('July 2019')).toThrow(/ISO date/));
});
