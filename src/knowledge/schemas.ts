/**
 * One zod schema per data collection in content/, all in one place.
 * Types are derived from these schemas (z.infer), never written twice.
 *
 * Every field of an entity schema says where its value comes from
 * (src/knowledge/provenance.ts): from the thesis, with the section that says
 * it, or editorial, labelled with its reason. Values are as
 * printed: blank, 0 and "-" in a table are kept apart, counts and percentages
 * keep the author's wording next to their numeric value.
 */
import { z } from 'astro/zod';
import { THESIS_PAGES } from '../source/parts.ts';
import { eachWithBasis, editorialField, editorialList, printed, siteField, sources, thesis, thesisAt } from './provenance.ts';

/** The 11 consolidated drivers of Table 5; their ids are cited URLs (/drivers/<id>/). */
export const DRIVER_IDS = [
  'ethnic-identity',
  'sectarian-affiliation',
  'recruitment',
  'geographical-proximity',
  'previous-experience',
  'desire-for-adventure',
  'organizational-credibility',
  'propaganda-and-ideologies',
  'enabling-environment',
  'quest-for-significance',
  'financial-motivations',
] as const;
export type DriverId = (typeof DRIVER_IDS)[number];

/** The five host groups, the columns of Table 5, in its order. */
export const GROUP_IDS = ['afghan-taliban', 'iskp', 'kashmiri-fighters', 'is-fighters', 'shia-fighters'] as const;
export type GroupId = (typeof GROUP_IDS)[number];

export const CONFLICT_IDS = ['kashmir', 'afghanistan', 'syria'] as const;
export type ConflictId = (typeof CONFLICT_IDS)[number];

export const INTERVIEWEE_COUNT = 22;
export const FOOTNOTE_COUNT = 46;

const PAGE_SLUGS = THESIS_PAGES.map((p) => p.slug) as [string, ...string[]];

/** A section of the thesis: the page and the heading as printed (its anchor is derived from it). */
export const sectionRef = z.object({
  /** Page of the thesis, e.g. "case-studies/kashmir". */
  page: z.enum(PAGE_SLUGS),
  /** Heading as printed, e.g. "1. Recruitment by Individuals or Organizations"; omit for the page's opening. */
  heading: z.string().min(1).optional(),
});
export type SectionRef = z.infer<typeof sectionRef>;

/** An interviewee's number in the List of Interviews. */
export const intervieweeNumber = z.number().int().min(1).max(INTERVIEWEE_COUNT);

/**
 * A cell of Tables 5–9 as printed: a whole number of interviewees out of 22,
 * "-" where the table prints a dash, or null where it leaves the cell blank.
 */
export const tableCell = z.union([z.number().int().min(0).max(INTERVIEWEE_COUNT), z.literal('-'), z.null()]);
export type TableCell = z.infer<typeof tableCell>;

/** Names in wider use that the thesis does not print, each with why the site lists it (shown apart, still indexed for search). */
const namesElsewhere = () => editorialList(z.string().min(1));

/** Where Tables 3 and 5 are printed. */
const TABLES_PAGE = 'chapters/methodology';

/** The chapters whose paragraphs the compare pages quote: the Discussion and the Conclusion. */
export const ARGUMENT_PAGES = ['chapters/discussion', 'chapters/conclusion'] as const;
export type ArgumentPage = (typeof ARGUMENT_PAGES)[number];

/**
 * The words a chapter of the argument uses for a host group or a conflict
 * ("IS/ISKP", "Kashmiri jihad", "pro-Assad militias"), each printed in that
 * chapter (checked when the data loads, as whole words, capitals as printed):
 * what the compare pages find that chapter's paragraphs by.
 */
const namedIn = () =>
  z
    .array(
      z
        .object({
          page: z.enum(ARGUMENT_PAGES),
          names: z.array(z.string().min(1)).min(1),
        })
        .strict(),
    )
    .default([]);

export const driverSchema = z.object({
  /** Row number in Table 5. */
  number: thesisAt(z.number().int().min(1).max(11), TABLES_PAGE),
  /** Name as printed in Table 5. */
  name: thesisAt(z.string().min(1), TABLES_PAGE),
  /** A short label for charts and lists, a name the thesis prints. */
  shortName: printed(z.string().min(1)),
  /** Other names the thesis prints for this driver (headings, tables, prose). */
  aliases: printed(z.array(z.string().min(1)).default([])),
  /** Names in wider use that the thesis does not print. */
  otherNames: namesElsewhere(),
  /** What the driver is, in the thesis's terms. */
  description: thesis(z.string().min(1), 'descriptionFrom'),
  /** Where the description comes from. */
  descriptionFrom: sources(z.array(sectionRef).min(1)),
  /** True for the drivers the thesis says the Western literature has not highlighted (chapters 5 and 6). */
  uniqueToThisStudy: thesisAt(z.boolean().default(false), 'chapters/discussion'),
  /**
   * What the Discussion and Conclusion say this driver draws or does not draw, in their words
   * (checked against the thesis when it loads); the claim-vs-table rule reads them against Tables 5–9.
   */
  // Each claim is the thesis's words, with the section they are in.
  claims: eachWithBasis(
    z
      .array(
        z.object({
          /** The words of the thesis, verbatim. */
          words: z.string().min(1),
          /** The host groups the words name. */
          groups: z.array(z.enum(GROUP_IDS)).min(1),
          /** Whether the words say the driver draws these groups or does not. */
          says: z.enum(['drives', 'does-not-drive']),
          section: sectionRef,
        }),
      )
      .default([]),
  ),
});

export const conflictSchema = z.object({
  order: z.number().int().min(1),
  name: z.string().min(1),
  /** The case study page for this conflict. */
  caseStudy: z.enum(PAGE_SLUGS),
  /** Number of the case study's own table (6, 7, 8). */
  table: z.number().int().min(6).max(8),
  /** The words the Discussion and Conclusion use for the conflict, each printed there. */
  namedIn: namedIn(),
});

export const groupSchema = z.object({
  /** Column order in Table 5. */
  order: thesisAt(z.number().int().min(1).max(5), TABLES_PAGE),
  /** Column heading as printed in Table 5. */
  name: thesisAt(z.string().min(1), TABLES_PAGE),
  /** The conflict whose case study the column belongs to. */
  conflict: thesis(z.enum(CONFLICT_IDS), 'descriptionFrom'),
  /** Other names the thesis prints for these fighters (not their host organizations' names: those are on the organizations' pages). */
  aliases: printed(z.array(z.string().min(1)).default([])),
  /** Names in wider use that the thesis does not print. */
  otherNames: namesElsewhere(),
  /** Who these fighters are, in the thesis's terms. */
  description: thesis(z.string().min(1), 'descriptionFrom'),
  descriptionFrom: sources(z.array(sectionRef).min(1)),
  /** The organizations the description says these fighters join or go through (ids of content/organizations/). */
  organizations: thesis(z.array(z.string().min(1)).default([]), 'descriptionFrom'),
  /** The words the Discussion and Conclusion use for these fighters, each printed in the chapter it is listed for. */
  namedIn: eachWithBasis(namedIn()),
});

export const quoteSchema = z.object({
  /** The quotation, word for word. */
  text: z.string().min(1),
  interviewee: intervieweeNumber,
  /** The date as the citation prints it, e.g. "13 April 2019" or "April 1 2019". */
  date: z.string().min(1),
  /**
   * The words of the text that describe the speaker, verbatim ("A former Inspector General of the Punjab Police");
   * checked against the thesis when it loads, and against the List of Interviews by the quote-role rule.
   */
  introducedAs: z.string().min(1).optional(),
  section: sectionRef,
});

/** Where a statement is: its section of chapter 4. */
const STATEMENT_FROM = 'section';

export const statementSchema = z.object({
  /** The sentence(s) of chapter 4, word for word (footnote markers left out). */
  text: thesis(z.string().min(1), STATEMENT_FROM),
  /** The count as written ("Eighteen interviewees", "All interviewees") and its value; value null if none is given. */
  count: thesis(z.object({ asWritten: z.string().min(1), value: z.number().int().min(0).max(INTERVIEWEE_COUNT).nullable() }).nullable(), STATEMENT_FROM),
  /** The percentage as written, e.g. "81%". */
  percent: thesis(
    z
      .string()
      .regex(/^\d+%$/)
      .nullable(),
    STATEMENT_FROM,
  ),
  /** The footnote that lists the interviewees behind the statement. */
  footnote: thesis(z.number().int().min(1).max(FOOTNOTE_COUNT).nullable(), STATEMENT_FROM),
  /** The footnote's list as printed, e.g. "1-9, 11, 14-19, 21, 22" (expanded by code). */
  interviewees: thesis(z.string().nullable(), STATEMENT_FROM),
  /** A short label for what the statement is about (madrasas, veterans, martyrdom …), if any: the site's words, shown as its label. */
  aspect: editorialField(
    z.string().min(1).nullable(),
    "the site's short label for what the statement is about; it does not say that the statement counts only a part of the driver",
  ),
  /**
   * Where the statement counts only a part of the driver: the statement's own
   * words that name that part ("radicalization happens in spaces such as
   * mosques, madrasas…"), checked when the data loads to be its words and to
   * name no name of the driver itself. Null where the words count the driver.
   */
  countsPart: thesis(z.string().min(1).nullable().default(null), STATEMENT_FROM),
  section: sources(sectionRef),
});

export const findingSchema = z.object({
  driver: z.enum(DRIVER_IDS),
  group: z.enum(GROUP_IDS),
  /** The cell of each table that has this row and column; a table without them is left out. */
  tables: z.object({
    table5: tableCell,
    table6: tableCell.optional(),
    table7: tableCell.optional(),
    table8: tableCell.optional(),
    table9: tableCell.optional(),
  }),
  /** The row name as printed in the case-study table, where it differs from Table 5. */
  caseStudyRowName: z.string().optional(),
  statements: z.array(statementSchema).default([]),
  quotes: z.array(quoteSchema).default([]),
});

export const INTERVIEWEE_CATEGORIES = ['nacta', 'journalist', 'police', 'researcher', 'religious'] as const;

const INTERVIEWS_PAGE = 'interviews';

export const intervieweeSchema = z.object({
  n: thesisAt(intervieweeNumber, INTERVIEWS_PAGE),
  /** The entry in the List of Interviews, word for word. */
  entry: thesisAt(z.string().min(1), INTERVIEWS_PAGE),
  /** Role as printed. */
  role: thesisAt(z.string().min(1), INTERVIEWS_PAGE),
  /** The methodology's categories (3.1): NACTA, journalists, police (CTD), researchers, religious organizations. */
  category: editorialField(
    z.enum(INTERVIEWEE_CATEGORIES),
    'the site sorts each interviewee into one of the categories of section 3.1 from the role the List of Interviews prints; the thesis does not assign them one by one',
  ),
  /** Date of the interview in the List of Interviews (ISO). */
  date: thesisAt(z.string().regex(/^\d{4}-\d{2}-\d{2}$/), INTERVIEWS_PAGE),
  /** The date as the List of Interviews prints it. */
  dateAsWritten: thesisAt(z.string().min(1), INTERVIEWS_PAGE),
  place: thesisAt(z.string().min(1), INTERVIEWS_PAGE),
  mode: thesisAt(z.enum(['face-to-face', 'telephone']), INTERVIEWS_PAGE),
});

/**
 * A consolidated driver a theory bears on, and why the site says so:
 * "table-3": Table 3 cites the theory's authors for a candidate driver merged into it (`candidate`, checked at build time);
 * "text": the thesis connects them (`section`);
 * "editorial": the site's reading, with its `reason` (shown labelled, apart from what the thesis says).
 */
export const theoryDriverLink = z.discriminatedUnion('basis', [
  z
    .object({ driver: z.enum(DRIVER_IDS), basis: z.literal('table-3'), candidate: z.string().regex(/^t3-\d\d$/, 'must be a Table 3 row id such as "t3-05"') })
    .strict(),
  z.object({ driver: z.enum(DRIVER_IDS), basis: z.literal('text'), section: sectionRef }).strict(),
  z.object({ driver: z.enum(DRIVER_IDS), basis: z.literal('editorial'), reason: z.string().min(1, 'an editorial link needs a reason') }).strict(),
]);
export type TheoryDriverLink = z.infer<typeof theoryDriverLink>;

export const theorySchema = z.object({
  /** A title the site gives the theory's page: chapter 2 names few of its theories. */
  name: siteField(z.string().min(1), 'the title of the page; where chapter 2 names the theory, its name is among the aliases'),
  /** As the reference list prints them. */
  authors: thesisAt(z.array(z.string().min(1)).min(1), 'references'),
  year: thesis(z.number().int().min(1900).max(2019), 'section'),
  /** Chapter 2's classification: the section that discusses the theory. */
  model: thesis(z.enum(['cause', 'cause-and-process', 'foreign-fighters']), 'section'),
  stages: thesis(z.array(z.string()).default([]), 'section'),
  levels: thesis(z.array(z.string()).default([]), 'section'),
  /** The categories of drivers the theory distinguishes, where chapter 2 calls them so (Precht's "three categories of drivers"). */
  driverCategories: thesis(z.array(z.string()).default([]), 'section'),
  /** Spellings and names the thesis prints (e.g. "Hafiz and Mullins", "Haifz and Mullins"). */
  aliases: printed(z.array(z.string().min(1)).default([])),
  /** Names and spellings in wider use that the thesis does not print. */
  otherNames: namesElsewhere(),
  summary: thesis(z.string().min(1), 'section'),
  section: sources(sectionRef),
  /** Consolidated drivers this theory bears on, each with its basis. */
  drivers: eachWithBasis(z.array(theoryDriverLink).default([])),
});

export const definitionSchema = z.object({
  table: z.union([z.literal(1), z.literal(2)]),
  row: z.number().int().min(1),
  /** Government, agency or author(s) as printed. */
  by: z.string().min(1),
  text: z.string().min(1),
});

/**
 * A consolidated driver a row of Table 3 or 4 is merged into, with the basis of
 * that merge for that driver: "stated" with the methodology's `words` (3.1,
 * checked word for word when the data loads), or "inferred", the site's
 * reading, with its `reason` (shown labelled, apart from what the thesis says).
 */
export const candidateMerge = z.discriminatedUnion('basis', [
  z.object({ driver: z.enum(DRIVER_IDS), basis: z.literal('stated'), words: z.string().min(1, "a stated merge needs the methodology's words") }).strict(),
  z.object({ driver: z.enum(DRIVER_IDS), basis: z.literal('inferred'), reason: z.string().min(1, 'an inferred merge needs a reason') }).strict(),
]);
export type CandidateMerge = z.infer<typeof candidateMerge>;

export const candidateDriverSchema = z
  .object({
    /** Table 3 (drivers from the literature) or Table 4 (drivers the interviewees added). */
    table: z.union([z.literal(3), z.literal(4)]),
    number: z.number().int().min(1),
    name: z.string().min(1),
    /** The citations as printed in Table 3. */
    citations: z.string().nullable(),
    /** Each consolidated driver the row is merged into, with the basis of that merge; empty where no driver of Table 5 corresponds to it. */
    consolidatedInto: z.array(candidateMerge),
    /** Why no driver corresponds to the row (required where `consolidatedInto` is empty). */
    note: z.string().min(1).optional(),
  })
  .refine((c) => c.consolidatedInto.length > 0 || c.note !== undefined, {
    message: 'a row merged into no driver needs a note saying why',
    path: ['note'],
  });

export const ORGANIZATION_KINDS = [
  'militant group',
  'religious or political organization',
  'madrasa',
  'brigade',
  'state agency',
  'international body',
  'research institute',
  'media',
  'club',
] as const;

/** A year the text gives for an event, as printed and where. */
export const datedEvent = z.object({
  /** What happened, in a few words that complete "the text dates … of <organization>": "the founding". */
  event: z.string().min(1),
  year: z.number().int().min(1900).max(2019),
  /** The words of the thesis that give the year, verbatim. */
  asWritten: z.string().min(1),
  section: sectionRef,
});
export type DatedEvent = z.infer<typeof datedEvent>;

export const organizationSchema = z.object({
  /** The title of the page: a spelling the thesis prints, or its fuller form. */
  name: siteField(z.string().min(1), 'the title of the page; every spelling the thesis prints is in `spellings`'),
  /** Every spelling the thesis prints, word for word. */
  spellings: printed(z.array(z.string().min(1)).min(1)),
  /** Names readers search for that the thesis does not print (expansions, other transliterations), each with its reason. */
  otherNames: namesElsewhere(),
  kind: editorialField(z.enum(ORGANIZATION_KINDS), "the site's classification, for grouping the organizations; the thesis does not classify them"),
  /** Its role in the text, in the thesis's terms. */
  role: thesis(z.string().min(1), 'sections'),
  conflicts: thesis(z.array(z.enum(CONFLICT_IDS)).default([]), 'sections'),
  sections: sources(z.array(sectionRef).min(1)),
  /** What the site adds about the organization from outside the thesis, such as an identification in wider use that conflicts with the text; shown labelled. */
  editorialNotes: editorialList(z.string().min(1)),
  /**
   * Each year the text gives for an event of its history ("founded"): the
   * words as printed (the build checks they are in the thesis) and where. An
   * event given two different years becomes a data note (src/knowledge/data-notes/text.ts).
   */
  datedEvents: eachWithBasis(z.array(datedEvent).default([])),
});

/** The kinds of data note a reader found (src/knowledge/data-notes/rules.ts explains each). */
export const REVIEWED_NOTE_KINDS = [
  'claim-vs-case-study',
  'driver-without-row',
  'merge-vs-case-study',
  'fieldwork-differs',
  'category-wording',
  'date-differs',
  'quantity-differs',
  'place-differs',
  'account-differs',
] as const;
export type ReviewedNoteKind = (typeof REVIEWED_NOTE_KINDS)[number];

/**
 * content/data-notes/<id>.yaml: a data note a reader found, where no rule can
 * compute it from the text. Each side is quoted from the thesis word for word,
 * with its section; the build checks every quotation against that part of the
 * thesis and stops, naming the file and the field, if one is not there.
 */
export const reviewedNoteSchema = z
  .object({
    kind: z.enum(REVIEWED_NOTE_KINDS),
    /** One sentence saying what disagrees, stating what each side says (the site's words). */
    message: z.string().min(1),
    /** The sides, each the thesis's words, verbatim, and where they are. */
    sides: z
      .array(
        z
          .object({
            says: z.string().min(1),
            section: sectionRef,
            /** What the side is, where its section does not say it ("List of Interviews, interview 20"). */
            source: z.string().min(1).optional(),
          })
          .strict(),
      )
      .min(2),
    driver: z.enum(DRIVER_IDS).optional(),
    group: z.enum(GROUP_IDS).optional(),
    interviewee: intervieweeNumber.optional(),
    organization: z.string().min(1).optional(),
  })
  .strict();
export type ReviewedNote = z.infer<typeof reviewedNoteSchema>;

export const referenceSchema = z.object({
  /** "bose-1999": the entry's anchor on /references/ and its key in /data/references.json; the convention and its checks are in reference-ids.ts. */
  id: z.string().min(1),
  /** The entry as printed (the first printing where the source repeats it). */
  text: z.string().min(1),
  authors: z.string().min(1),
  year: z.string().min(1),
  /** Other printings of the same work in the source. */
  duplicates: z.array(z.string()).default([]),
  note: z.string().optional(),
});

export const relatedResearchSchema = z.object({
  title: z.string().min(1),
  /** Always true: this is context, not part of the thesis. */
  outsideThesis: z.literal(true),
  researcher: z.string().min(1),
  institution: z.string().min(1),
  /** Who issued the press release the summary is based on. */
  source: z.string().min(1),
  summary: z.string().min(1),
  drivers: z.array(z.enum(DRIVER_IDS)).min(1),
  bearing: z.string().min(1),
});

/**
 * content/metadata/thesis.yaml: the thesis's bibliographic facts, read by every
 * citation, meta tag and JSON-LD block (src/citation/metadata.ts).
 */
export const thesisMetadataSchema = z
  .object({
    /** The title as printed on the title page. */
    title: z.string().min(1),
    /** The same title in sentence case (first word, first after a colon, proper nouns). */
    titleSentenceCase: z.string().min(1),
    /** The title's first words, as in-text citations shorten a long title when there is no author to name. */
    titleShort: z.string().min(1),
    /** Always null: the thesis names no author, and the site never invents one. */
    author: z.null(),
    /** The kind of work, as citation styles print it. */
    genre: z.string().min(1),
    /** The degree, as the title page prints it. */
    degree: z.string().min(1),
    /** The degree programme and its consortium. */
    programme: z.string().min(1),
    /** The universities of the programme, in the title page's order (the site's reading: see `institutionsFrom`). */
    institutions: z.array(z.string().min(1)).min(1),
    /** What `institutions` rests on: the title page prints a student number at each university, and names no awarding body. */
    institutionsFrom: z.string().min(1),
    supervisor: z.string().min(1),
    /** "Date of Submission" on the title page (ISO). */
    submitted: z.string({ error: 'must be a quoted date, YYYY-MM-DD' }).regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a quoted date, YYYY-MM-DD'),
    /** The date as the title page prints it. */
    dateAsPrinted: z.string().min(1),
    /** BCP 47 language of the text. */
    language: z.string().min(2),
    knowledgeBase: z.object({
      /** The site's name. */
      title: z.string().min(1),
      /** Raised by hand when the text or data change in a way citations must tell apart. */
      version: z.string({ error: 'must be a quoted version number such as "1.0"' }).regex(/^\d+(\.\d+)*$/, 'must be a version number such as "1.0"'),
    }),
  })
  .strict()
  .refine((m) => m.title.toLowerCase() === m.titleSentenceCase.toLowerCase(), {
    message: 'titleSentenceCase must be the title with only its capitals changed',
    path: ['titleSentenceCase'],
  })
  .refine((m) => m.title.startsWith(m.titleShort) && /^[\s:]/.test(m.title.slice(m.titleShort.length)), {
    message: 'titleShort must be the first words of the title, as printed',
    path: ['titleShort'],
  });

export type ThesisMetadata = z.infer<typeof thesisMetadataSchema>;
export type Driver = z.infer<typeof driverSchema>;
export type Group = z.infer<typeof groupSchema>;
export type Conflict = z.infer<typeof conflictSchema>;
export type Finding = z.infer<typeof findingSchema>;
export type Statement = z.infer<typeof statementSchema>;
export type Quote = z.infer<typeof quoteSchema>;
export type Interviewee = z.infer<typeof intervieweeSchema>;
export type Theory = z.infer<typeof theorySchema>;
export type Definition = z.infer<typeof definitionSchema>;
export type CandidateDriver = z.infer<typeof candidateDriverSchema>;
export type Organization = z.infer<typeof organizationSchema>;
export type Reference = z.infer<typeof referenceSchema>;
export type RelatedResearch = z.infer<typeof relatedResearchSchema>;
