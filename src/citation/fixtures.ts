/** Shared test fixtures for the citation modules: a fixed site URL and data version. */
import type { CitationContext } from './csl.ts';
import { THESIS, THESIS_ABSTRACT } from './metadata.ts';

export const SITE = 'https://example.org';

export const CTX: CitationContext = {
  meta: THESIS,
  siteUrl: SITE,
  abstract: THESIS_ABSTRACT,
  dataVersion: { version: '1.0', date: '2025-06-01', commit: 'abc1234', source: 'git', label: '1.0 of 2025-06-01' },
};
