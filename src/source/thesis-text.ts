/**
 * The thesis as plain text (content/source/thesis.txt), imported once for the
 * build. Everything of the site that reads the thesis reads it through
 * src/source/, never from the file again.
 */
import text from '../../content/source/thesis.txt?raw';

export const THESIS_TEXT: string = text;
