/**
 * The thesis for the build: its text (content/source/thesis.txt), imported
 * once, and the document model read from it (src/source/document.ts).
 * Everything of the site that reads the thesis reads it from here, never
 * from the file again. (Scripts that run outside Vite, such as the importer,
 * read the file and call readThesis themselves.)
 */
import text from '../../content/source/thesis.txt?raw';
import { readThesis, type ThesisDocument } from './document.ts';

export const THESIS_TEXT: string = text;

export const THESIS: ThesisDocument = readThesis(text);
