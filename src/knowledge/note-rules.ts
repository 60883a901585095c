/**
 * The rules of the self-audit, in plain words: one entry per kind of data
 * note (src/knowledge/consistency.ts). Every note names the rule that made it;
 * /data/ lists the rules with these words and counts the notes of each.
 */
import type { NoteKind } from './consistency.ts';

export interface NoteRule {
  /** A short name, shown on every note the rule makes. */
  title: string;
  /** What the rule compares and when it makes a note. */
  explanation: string;
  /** What it does not note, so that a reader knows the limits. */
  limits?: string;
}

export const NOTE_RULES: Readonly<Record<NoteKind, NoteRule>> = {
  'percentage-vs-count': {
    title: 'Percentage and count',
    explanation:
      'A percentage printed beside a count of interviewees that is not that count out of 22, rounded up or down (the thesis truncates some, e.g. 18 of 22 printed 81%).',
  },
  'footnote-list-vs-count': {
    title: 'Footnote list and count',
    explanation: 'A footnote that lists more or fewer interviewees than the sentence it belongs to counts.',
  },
  'narrative-vs-table': {
    title: 'Table and text disagree',
    explanation:
      "The text counts the interviewees for a driver and host group as a whole, and none of its counts is the figure the case study's table prints. A figure that the footnote lists make together (an interviewee in two lists counted once) is not noted.",
  },
  'partial-count': {
    title: 'Text counts part of a driver',
    explanation:
      "The text counts only parts of a driver for a host group (madrasas, mentors, public sympathy …), and neither one of those counts nor all their footnote lists together give the table's figure. Not a contradiction: the text does not count the driver as a whole.",
  },
  'table-figure-uncounted': {
    title: 'Table figure the text never counts',
    explanation:
      'A case-study table prints a count above 0 for a driver and host group, and the text gives no count and no footnote list of interviewees for them at all.',
  },
  'table-cells-differ': {
    title: 'Tables print a cell differently',
    explanation: 'Tables 5, 6–8 and 9 print the same driver and host group differently: a number, 0, a dash or blank.',
  },
  'blank-vs-none': {
    title: 'Blank cell where the text says no interviewee',
    explanation: 'The text says no interviewee named a driver for a host group, and a table leaves that cell blank instead of printing 0.',
  },
  'claim-vs-table': {
    title: 'Discussion or Conclusion against the tables',
    explanation:
      'A sentence of the Discussion or Conclusion says a driver draws a host group whose cells are 0, a dash or blank in every table (or says it does not draw a group a table counts). The sentences are kept word for word in the driver data (claims) and checked against the thesis text.',
  },
  'interview-date': {
    title: 'Interview dated differently',
    explanation: 'A citation in the running text dates an interview differently from the List of Interviews.',
  },
  'quote-role': {
    title: "Quotation described with another interviewee's role",
    explanation:
      "The text introduces a quotation with words that describe its speaker (kept word for word in the quote data and checked against the thesis), every word of which is another interviewee's role in the List of Interviews and not the role of the interviewee it cites.",
    limits: 'Only quotations whose introducing words are in the data are checked.',
  },
  'event-year': {
    title: 'Event dated to two years',
    explanation:
      "The text gives one event of an organization's history two different years (the years and their words are kept in the organization data and checked against the thesis).",
  },
  'stated-total': {
    title: 'Total and its parts',
    explanation:
      'The text states a total together with the parts it breaks it into ("Among these … were men, … were women"), and the parts do not add up to it.',
  },
  'cross-reference': {
    title: 'Reference to the wrong table',
    explanation: 'A sentence says a list "is given in" (or listed, shown, presented in) one table, and the table printed right after it is another.',
  },
  'toc-numbering': {
    title: 'Section numbered differently in the table of contents',
    explanation:
      'A heading whose title the table of contents gives under another number, or whose number in words differs ("Case study One" / "Case study two"). Headings that are only worded differently are shown as editorial notes on the thesis pages instead.',
  },
  'citation-no-entry': {
    title: 'Citation with no entry in the references',
    explanation: 'An author-date citation in parentheses whose author has no entry in the reference list under any spelling.',
    limits: 'A narrative citation ("Name (2010)") whose name matches no entry is not counted as a citation, since it may name a government or a place.',
  },
  'citation-spelling': {
    title: 'Author spelled differently from the references',
    explanation: 'A citation whose author the reference list spells differently (at most two letters apart) in its entry of the same year.',
  },
  'citation-year': {
    title: 'Citation year not in the references',
    explanation: 'A citation whose author has entries in the reference list, none of the year cited.',
  },
  'citation-page': {
    title: 'Cited page outside the work',
    explanation: "A citation's page number that lies outside every page range the reference list prints for that work.",
  },
};

/** The rules in the order /data/ lists them. */
export const NOTE_KINDS = Object.keys(NOTE_RULES) as NoteKind[];

/** The anchor of a rule's explanation on /data/. */
export const ruleHref = (kind: NoteKind) => `/data/#rule-${kind}`;
