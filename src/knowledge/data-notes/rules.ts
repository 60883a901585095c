/**
 * The data notes: where the thesis disagrees with itself, each note showing
 * what each side says and where. One registry of the kinds of note, each with
 * its rule in plain words (shown on /data/ with the number of notes of each);
 * every note names its kind. Nothing here corrects the thesis, and an
 * inconsistency is never a build failure: only malformed data is.
 *
 * A kind is `computed` where the build finds every case from the data and the
 * text (the families: tables.ts, interviews.ts, text.ts, citations.ts), and
 * `reviewed` where only a reader can find the cases: then each note is kept in
 * content/data-notes/ with both sides quoted from the thesis, and the build
 * checks every quoted side word for word (reviewed.ts).
 */
import { REVIEWED_NOTE_KINDS, type DriverId, type GroupId, type ReviewedNoteKind, type SectionRef } from '../schemas.ts';

export interface NoteRule {
  /** A short name, shown on every note of the kind. */
  title: string;
  /** What the rule compares and when there is a note. */
  explanation: string;
  /** What it does not note, so that a reader knows the limits. */
  limits?: string;
}

/** Said of every reviewed kind on /data/. */
export const REVIEWED_METHOD =
  'Found by reading the whole text, not computed: each note is kept in the data with both sides quoted word for word, and every build checks each quotation against the thesis.';

/** The kinds the build computes, every case of each found from the data and the text. */
export const COMPUTED_NOTE_KINDS = [
  'percentage-vs-count',
  'footnote-list-vs-count',
  'narrative-vs-table',
  'partial-count',
  'table-figure-uncounted',
  'table-cells-differ',
  'blank-vs-none',
  'claim-vs-table',
  'interview-date',
  'quote-role',
  'event-year',
  'stated-total',
  'cross-reference',
  'toc-numbering',
  'citation-no-entry',
  'citation-spelling',
  'citation-year',
  'citation-page',
] as const;

export type NoteKind = (typeof COMPUTED_NOTE_KINDS)[number] | ReviewedNoteKind;

/** Every kind with its rule, in the order /data/ lists them. */
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
      "The case study's table prints a figure for a driver and host group, and none of the text's counts for them is that figure, nor do their footnote lists together give it (an interviewee in two lists counted once). A count is read as one of a part of the driver only where the text's own words say what part (see the next rule); otherwise the note states the contradiction.",
  },
  'partial-count': {
    title: 'Text counts a part of a driver',
    explanation:
      'Every count the text gives for a driver and host group is, in the text\'s own words, a count of a part of it (quoted in the note: "radicalization happens in spaces such as mosques, madrasas…"), and neither one of those counts nor all their footnote lists together give the table\'s figure.',
  },
  'table-figure-uncounted': {
    title: 'Table figure the text never counts',
    explanation:
      'A case-study table prints a count above 0 for a driver and host group, and the text gives no count and no footnote list of interviewees for them at all.',
  },
  'table-cells-differ': {
    title: 'Tables print a cell differently',
    explanation:
      'Tables 5, 6–8 and 9 print the same driver and host group differently: a number, 0, a dash or blank. The note sits where the table that differs from the others is printed.',
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
  'claim-vs-case-study': {
    title: 'Discussion or Conclusion against the case studies',
    explanation: 'A sentence of the Discussion or Conclusion that a case study of chapter 4 contradicts in its own words.',
  },
  'driver-without-row': {
    title: 'A driver the thesis names that no table counts',
    explanation:
      'The thesis names a driver of its own (in the abstract, the Discussion or the Conclusion) for which Tables 5–9 have no row, so no count of interviewees.',
  },
  'merge-vs-case-study': {
    title: 'Methodology and case study file a driver differently',
    explanation:
      'The methodology (3.1) says it consolidated a driver the interviewees reported into one category, and a case study counts the same driver under another.',
  },
  'interview-date': {
    title: 'Interview dated differently',
    explanation: 'A citation in the running text dates an interview differently from the List of Interviews.',
  },
  'quote-role': {
    title: "Quotation described with another interviewee's role",
    explanation:
      "The text introduces a quotation with words that describe its speaker (kept word for word in the quote data for every quotation of an interviewee, and checked against the thesis), every word of which is another interviewee's role in the List of Interviews and not the role of the interviewee it cites.",
  },
  'fieldwork-differs': {
    title: 'The fieldwork described two ways',
    explanation:
      'The methodology says two things about its own fieldwork (how long it took, how the interviews were recorded) that disagree with each other or with the List of Interviews.',
  },
  'category-wording': {
    title: "Interviewee categories against the List's wording",
    explanation:
      'The methodology (and the abstract and introduction) describe the interviewees in categories whose words the List of Interviews does not print for every interviewee they must cover ("leaders of religious organizations", where the List prints "Member of Religious Organization").',
  },
  'event-year': {
    title: 'Event dated to two years',
    explanation:
      "The text gives one event of an organization's history two different years (the years and their words are kept in the organization data and checked against the thesis).",
  },
  'date-differs': {
    title: 'An event dated differently in two chapters',
    explanation: "Two places of the text date the same event (not an organization's founding, which the previous rule covers) differently.",
  },
  'quantity-differs': {
    title: 'The same quantity given differently',
    explanation: 'Two places of the text give the same quantity (a number of fighters, how long a war has lasted, what fighters are paid) differently.',
  },
  'place-differs': {
    title: 'A place put in two countries',
    explanation: 'The text puts a place in one country in one sentence and in another country elsewhere.',
  },
  'account-differs': {
    title: 'The same fact told two ways',
    explanation: 'Two places of the text tell the same fact differently (which schools were founded with Saudi money, and of which sect).',
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
    explanation:
      'A citation whose author has entries in the reference list, none of the year cited (the note says when an entry gives no year of publication, only the date it was accessed).',
  },
  'citation-page': {
    title: 'Cited page outside the work',
    explanation: "A citation's page number that lies outside every page range the reference list prints for that work.",
  },
};

/** The kinds in the order /data/ lists them. */
export const NOTE_KINDS = Object.keys(NOTE_RULES) as NoteKind[];

/** Whether the notes of a kind were found by a reader (kept in content/data-notes/) rather than computed. */
export const isReviewed = (kind: NoteKind): kind is ReviewedNoteKind => (REVIEWED_NOTE_KINDS as readonly string[]).includes(kind);

/** The anchor of a rule's explanation on /data/. */
export const ruleHref = (kind: NoteKind) => `/data/#rule-${kind}`;

/** What one side of a note says, in its own words, and where if not at the note's section. */
export interface NoteSide {
  source: string;
  says: string;
  section?: SectionRef;
}

export interface DataNote {
  /** Stable id, used as the note's anchor. */
  id: string;
  kind: NoteKind;
  driver?: DriverId;
  group?: GroupId;
  interviewee?: number;
  /** An organization id (content/organizations/). */
  organization?: string;
  /** What each side says, in its own words. */
  sources: NoteSide[];
  /** One sentence saying what disagrees. */
  message: string;
  section: SectionRef;
}

/** Where a section is, in words: "Introduction, 1.1. Foreign Fighters in Historical Perspective". */
export type SectionLabel = (section: SectionRef) => string;
