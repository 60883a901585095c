/**
 * The thesis's bibliographic facts, read once from content/metadata/thesis.yaml
 * and checked against thesisMetadataSchema. Every citation, citation_* meta tag
 * and JSON-LD block takes the title, degree, institutions and date from here.
 *
 * A YAML file rather than a TypeScript constant: it sits with the other data in
 * content/, an editor can correct it without touching code, and the schema
 * documents and checks every field (a wrong date stops the build, naming the field).
 */
import source from '../../content/metadata/thesis.yaml?raw';
import { THESIS_TEXT as thesisText } from '../source/thesis.ts';
import { parseYaml } from '../knowledge/parse-yaml.ts';
import { thesisMetadataSchema, type ThesisMetadata } from '../knowledge/schemas.ts';

export const METADATA_FILE = 'content/metadata/thesis.yaml';
export const THESIS_SOURCE_FILE = 'content/source/thesis.txt';

export class MetadataError extends Error {}

/** Parses and checks the metadata file; throws naming the file and the field. */
export function parseThesisMetadata(text: string, file: string = METADATA_FILE): ThesisMetadata {
  return parseYaml(file, text, thesisMetadataSchema);
}

export const THESIS: ThesisMetadata = parseThesisMetadata(source);

/** The year of the thesis, from its submission date. */
export const thesisYear = (meta: ThesisMetadata): number => Number(meta.submitted.slice(0, 4));

/**
 * The short title in sentence case, as the citations store titles: the first
 * words of titleSentenceCase, as many characters as titleShort has (the
 * schema checks titleShort is the start of the title). Styles that print
 * titles in title case in the text (APA, Chicago, MLA) capitalize it again.
 */
export const thesisShortTitle = (meta: ThesisMetadata): string => meta.titleSentenceCase.slice(0, meta.titleShort.length);

/**
 * The thesis's own abstract, word for word: the paragraph after the line
 * "Abstract" in the front matter of the source. Reference managers store it
 * as the thesis's abstract (citation_abstract, CSL `abstract`, RIS AB).
 * Throws, naming the file, if the source has no such paragraph.
 */
export function thesisAbstract(text: string, file: string = THESIS_SOURCE_FILE): string {
  const lines = text.split(/\r?\n/);
  const heading = lines.findIndex((line) => line.trim() === 'Abstract');
  if (heading < 0) throw new MetadataError(`${file}: no line "Abstract" in the front matter, so the thesis has no abstract to cite`);
  const paragraph: string[] = [];
  for (const line of lines.slice(heading + 1)) {
    if (line.trim() === '') {
      if (paragraph.length) break;
      continue;
    }
    paragraph.push(line.trim());
  }
  if (!paragraph.length) throw new MetadataError(`${file}: the "Abstract" heading is followed by no text`);
  return paragraph.join(' ');
}

export const THESIS_ABSTRACT: string = thesisAbstract(thesisText);
