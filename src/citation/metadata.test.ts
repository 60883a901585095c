import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { METADATA_FILE, parseThesisMetadata, THESIS, THESIS_ABSTRACT, THESIS_SOURCE_FILE, thesisAbstract, thesisYear } from './metadata.ts';

const source = readFileSync(new URL(`../../${METADATA_FILE}`, import.meta.url), 'utf8');

describe('content/metadata/thesis.yaml', () => {
  it('holds the title page’s facts', () => {
    expect(THESIS).toMatchObject({
      title: 'Pakistani Foreign Fighters in Afghanistan, Kashmir and Syria: A Comparative Analysis of Drivers of Radicalization',
      author: null,
      degree: 'International Master in Security, Intelligence & Strategic Studies',
      institutions: ['University of Glasgow', 'Dublin City University', 'Charles University'],
      supervisor: 'Prof. Oldrich Bures',
      submitted: '2019-07-25',
      dateAsPrinted: 'July 2019',
    });
    expect(thesisYear(THESIS)).toBe(2019);
  });

  it('refuses an author: the thesis names none', () => {
    expect(() => parseThesisMetadata(source.replace('author: null', 'author: "A. Person"'))).toThrow(/thesis\.yaml: field "author"/);
  });

  it('names the field when a value is wrong', () => {
    expect(() => parseThesisMetadata(source.replace('submitted: "2019-07-25"', 'submitted: 2019-07-25'))).toThrow(/field "submitted": must be a quoted date/);
    expect(() => parseThesisMetadata(source.replace('institutions:', 'universities:'))).toThrow(/field "institutions"/);
  });

  it('refuses a short title that is not the first words of the title', () => {
    expect(() => parseThesisMetadata(source.replace('titleShort: "Pakistani Foreign Fighters"', 'titleShort: "Foreign Fighters"'))).toThrow(
      /field "titleShort"/,
    );
    expect(() => parseThesisMetadata(source.replace('titleShort: "Pakistani Foreign Fighters"', 'titleShort: "Pakistani Foreign Fight"'))).toThrow(
      /field "titleShort"/,
    );
    expect(() => parseThesisMetadata(source.replace(/\ntitleShort: .*\n/, '\n'))).toThrow(/field "titleShort"/);
  });

  it('refuses a sentence-case title that is not the title', () => {
    expect(() => parseThesisMetadata(source.replace('drivers of radicalization"', 'drivers of extremism"'))).toThrow(/field "titleSentenceCase"/);
  });
});

describe('the thesis’s abstract', () => {
  const thesis = readFileSync(new URL(`../../${THESIS_SOURCE_FILE}`, import.meta.url), 'utf8');

  it('is the paragraph under "Abstract" in the front matter, word for word', () => {
    expect(
      THESIS_ABSTRACT.startsWith('This study compares the drivers of radicalization of Pakistani foreign fighters in Afghanistan, Kashmir and Syria.'),
    ).toBe(true);
    expect(THESIS_ABSTRACT.endsWith('would benefit greatly from additional studies of foreign fighters outside the context of Europe and America.')).toBe(true);
    expect(thesis).toContain(`\nAbstract\n\n${THESIS_ABSTRACT}\n`);
  });

  it('stops the build, naming the file, when the source has none', () => {
    expect(() => thesisAbstract('Title\n\nIntroduction\n\nText.')).toThrow(/content\/source\/thesis\.txt: no line "Abstract"/);
    expect(() => thesisAbstract('Abstract\n\n')).toThrow(/content\/source\/thesis\.txt: the "Abstract" heading is followed by no text/);
  });
});
