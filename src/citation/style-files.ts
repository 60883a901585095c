/**
 * The style files of styles/ as text, bundled into the build (Vite's `?raw`):
 * the build's own thread registers them (format.ts) and hands them to the
 * worker threads that format citations (format-pool.ts).
 */
import apa from './styles/apa.csl?raw';
import chicagoAuthorDate from './styles/chicago-author-date.csl?raw';
import harvardCiteThemRight from './styles/harvard-cite-them-right.csl?raw';
import localeEnGb from './styles/locales-en-GB.xml?raw';
import mla from './styles/modern-language-association.csl?raw';
import type { StyleFiles } from './csl-styles.ts';

/**
 * Chicago and MLA as published; APA and Cite Them Right each with one change
 * for a work without an author (styles/README.md).
 */
export const STYLE_FILES: StyleFiles = {
  styles: {
    'apa-7-no-author': apa,
    'chicago-author-date': chicagoAuthorDate,
    'modern-language-association': mla,
    'harvard-cite-them-right-no-author': harvardCiteThemRight,
  },
  localeEnGb,
};
