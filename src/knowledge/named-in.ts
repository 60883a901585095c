/**
 * The words a chapter of the argument (Discussion, Conclusion) uses for a host
 * group or a conflict, as the data lists them (`namedIn`), and whether a
 * paragraph prints them. The compare pages find paragraphs by these words;
 * the build checks that the chapter prints each.
 */
import { namePattern } from './names.ts';
import type { ArgumentPage } from './schemas.ts';

export type NamedIn = ReadonlyArray<{ page: ArgumentPage; names: readonly string[] }>;

/** The words `chapter` uses for an entity, as printed there. */
export function namesIn(namedIn: NamedIn, chapter: ArgumentPage): readonly string[] {
  return namedIn.find((n) => n.page === chapter)?.names ?? [];
}

/** Which of `names` a text prints, each as whole words, capitals as printed ("IS" is in "IS/ISKP", not in "ISKP" or "is"). */
export function printedNames(names: readonly string[], text: string): string[] {
  return names.filter((name) => namePattern([name])?.test(text));
}

/** Every listed name its chapter does not print, named by file and field. */
export function namedInProblems(entries: ReadonlyArray<{ file: string; namedIn: NamedIn }>, chapterText: (page: ArgumentPage) => string): string[] {
  return entries.flatMap(({ file, namedIn }) =>
    namedIn.flatMap((chapter, i) =>
      chapter.names.flatMap((name, j) =>
        printedNames([name], chapterText(chapter.page)).length
          ? []
          : [`${file}: field "namedIn[${i}].names[${j}]": "${name}" is not printed in ${chapter.page} of the thesis text`],
      ),
    ),
  );
}
