/**
 * The open data as a Frictionless Data Package (https://datapackage.org/,
 * version 2.0): tidy CSV tables, one Table Schema each, and the descriptor
 * /data/datapackage.json. Each table is defined once here, its columns with
 * their types and descriptions; the CSV, the Table Schema and the codebook on
 * /data/ are all made from that one definition, so they cannot drift apart.
 *
 * Conventions, the same in every table: headers in snake_case; every column
 * is defined once in FIELDS, so a column name has one meaning and one type in
 * every file (`driver`, `group`, `statement_id`, `interviewee` …); values as
 * printed sit beside their numeric value; a value the thesis does not give is
 * an empty field (the only missing value), and every field says whether it may
 * be empty (`constraints.required`). Every CSV under /data/ is a resource here.
 */
import { expandIntervieweeList } from './interviewee-lists.ts';
import type { KnowledgeBase } from './index.ts';
import { findingKey } from './keys.ts';
import { toCsv } from './open-data.ts';
import { sectionHref } from './sections.ts';
import { GROUP_IDS, INTERVIEWEE_CATEGORIES, INTERVIEWEE_COUNT, type TableCell } from './schemas.ts';

type Value = string | number | boolean | null;

export interface FieldDef {
  name: string;
  type: 'string' | 'integer' | 'number' | 'boolean' | 'date';
  description: string;
  /** `required` is always stated: false for a column that may be empty. */
  constraints: { required: boolean; unique?: boolean; enum?: readonly string[]; minimum?: number; maximum?: number };
}

export interface TableDef {
  /** Resource name in the package, and the file name without ".csv". */
  name: string;
  title: string;
  description: string;
  fields: readonly FieldDef[];
  primaryKey: readonly string[];
  foreignKeys?: ReadonlyArray<{ fields: readonly string[]; reference: { resource: string; fields: readonly string[] } }>;
  rows: (kb: KnowledgeBase) => Array<Record<string, Value>>;
}

const TABLE_OF: Record<'table5' | 'table6' | 'table7' | 'table8' | 'table9', number> = { table5: 5, table6: 6, table7: 7, table8: 8, table9: 9 };

function printedAs(cell: TableCell): 'number' | 'dash' | 'blank' {
  return cell === null ? 'blank' : cell === '-' ? 'dash' : 'number';
}

/** "kashmiri-fighters/financial-motivations", statement 2 → "kashmiri-fighters--financial-motivations--2". */
export const statementId = (findingId: string, index: number) => `${findingId.replace('/', '--')}--${index + 1}`;

/** Cities the List of Interviews prints in its venues. */
const CITIES = ['Islamabad', 'Lahore', 'Peshawar', 'Rawalpindi', 'Sargodha'] as const;
/** Provinces the thesis names (3.1: "four provinces"), as its roles print them. */
const PROVINCES = ['Punjab', 'KPK', 'Sindh', 'Baluchistan'] as const;

/** A host group's column in the wide form of Table 5 (drivers.csv): its id in snake_case. */
export const groupColumn = (group: string) => group.replace(/-/g, '_');

type Def = Omit<FieldDef, 'name'>;
const interviewees22 = { minimum: 1, maximum: INTERVIEWEE_COUNT };

/** Every column of every table, defined once: a name means one thing, of one type, in every file. */
const FIELDS = {
  driver: {
    type: 'string',
    description: 'Driver id: one of the 11 consolidated drivers of Table 5 (driver-list.csv), as in the URL /drivers/<driver>/.',
    constraints: { required: true },
  },
  group: {
    type: 'string',
    description: 'Host-group id: one of the five columns of Table 5 (host-groups.csv), as in the URL /groups/<group>/.',
    constraints: { required: true },
  },
  number: { type: 'integer', description: 'Row number of the driver in Table 5.', constraints: { required: true, minimum: 1, maximum: 11 } },
  driver_name: { type: 'string', description: 'The driver’s name as printed in Table 5.', constraints: { required: true } },
  short_name: { type: 'string', description: "A short label for the driver (the site's, for charts).", constraints: { required: true } },
  unique_to_this_study: {
    type: 'boolean',
    description: 'True for the drivers chapters 5 and 6 call unique to this data set.',
    constraints: { required: true },
  },
  order: { type: 'integer', description: 'The host group’s column order in Table 5.', constraints: { required: true, minimum: 1, maximum: 5 } },
  group_name: { type: 'string', description: 'The host group’s column heading as printed in Table 5.', constraints: { required: true } },
  conflict: {
    type: 'string',
    description: 'The conflict: afghanistan, kashmir or syria.',
    constraints: { required: true, enum: ['afghanistan', 'kashmir', 'syria'] },
  },
  table: { type: 'integer', description: 'The table: 5, 6, 7, 8 or 9.', constraints: { required: true, minimum: 5, maximum: 9 } },
  value_as_printed: {
    type: 'string',
    description: 'The cell as printed: a number, "-", or empty where the table leaves the cell blank.',
    constraints: { required: false },
  },
  printed_as: {
    type: 'string',
    description: 'What the cell holds: number, dash or blank.',
    constraints: { required: true, enum: ['number', 'dash', 'blank'] },
  },
  value: {
    type: 'integer',
    description: 'The number of interviewees (out of 22) the cell prints; empty where it prints "-" or nothing.',
    constraints: { required: false, minimum: 0, maximum: INTERVIEWEE_COUNT },
  },
  statement_id: {
    type: 'string',
    description: 'Statement id: <group>--<driver>--<n>, n counting the statements of that driver and group in the data (findings.csv).',
    constraints: { required: true },
  },
  text: { type: 'string', description: 'The sentence(s) of chapter 4, word for word (footnote markers left out).', constraints: { required: true } },
  count_as_written: {
    type: 'string',
    description: 'The count in the author\'s words ("Eighteen interviewees", "six others"); empty if none.',
    constraints: { required: false },
  },
  count: {
    type: 'integer',
    description: 'The number of interviewees the words of count_as_written give; empty if they give none.',
    constraints: { required: false, minimum: 0, maximum: INTERVIEWEE_COUNT },
  },
  percent_as_written: { type: 'string', description: 'The percentage as printed ("81%"); empty if none.', constraints: { required: false } },
  percent: {
    type: 'integer',
    description: 'The printed percentage as a number (81 for "81%"); empty if none. Not recomputed: see the data notes where it is not the count out of 22.',
    constraints: { required: false, minimum: 0, maximum: 100 },
  },
  footnote: {
    type: 'integer',
    description: "The footnote that lists the interviewees behind the statement (the thesis's own number); empty if none.",
    constraints: { required: false, minimum: 1, maximum: 46 },
  },
  interviewees_as_printed: {
    type: 'string',
    description: 'The footnote\'s list as printed ("1-9, 11, 14-19, 21, 22"); expanded, one interviewee per row, in statement-interviewees.csv. Empty if none.',
    constraints: { required: false },
  },
  counts_part: {
    type: 'string',
    description:
      "Where the statement counts only a part of the driver: the statement's own words that name that part (checked against the thesis). Empty where its words count the driver.",
    constraints: { required: false },
  },
  partial_count: {
    type: 'boolean',
    description: 'True when counts_part is given: the statement, in its own words, counts a part of the driver.',
    constraints: { required: true },
  },
  aspect: {
    type: 'string',
    description:
      "A short label for what the statement is about, in the site's words (editorial); it does not say that the statement counts a part. Empty if none.",
    constraints: { required: false },
  },
  section_url: { type: 'string', description: 'The section of the thesis on this site (a path with its anchor).', constraints: { required: true } },
  interviewee: {
    type: 'integer',
    description: "An interviewee's number in the List of Interviews (interviewees.csv).",
    constraints: { required: true, ...interviewees22 },
  },
  role: { type: 'string', description: "The interviewee's role as the List of Interviews prints it.", constraints: { required: true } },
  category: {
    type: 'string',
    description:
      "Editorial: the site's reading of which of the methodology's five categories (3.1: police, journalists, researchers, religious organizations, NACTA) the interviewee belongs to, from the role the List prints; the thesis does not assign them one by one.",
    constraints: { required: true, enum: INTERVIEWEE_CATEGORIES },
  },
  date: { type: 'date', description: 'Date of the interview in the List of Interviews.', constraints: { required: true } },
  date_as_written: { type: 'string', description: 'The date as the List of Interviews prints it.', constraints: { required: true } },
  place: {
    type: 'string',
    description: 'The place as printed (for the two telephone interviews, "Telephonic Conversation").',
    constraints: { required: true },
  },
  mode: { type: 'string', description: 'face-to-face or telephone.', constraints: { required: true, enum: ['face-to-face', 'telephone'] } },
  entry: { type: 'string', description: 'The whole entry of the List of Interviews, word for word.', constraints: { required: true } },
  venue: {
    type: 'string',
    description: 'Where a face-to-face interview took place, as printed; empty for telephone interviews.',
    constraints: { required: false },
  },
  city: {
    type: 'string',
    description: 'The city the venue names (Islamabad, Lahore, Peshawar, Rawalpindi, Sargodha); empty for telephone interviews.',
    constraints: { required: false },
  },
  province: {
    type: 'string',
    description: 'The province the role names, as printed (Punjab, KPK, Sindh, Baluchistan); empty where the role names none.',
    constraints: { required: false },
  },
} as const satisfies Record<string, Def>;

type FieldName = keyof typeof FIELDS;

/** A column by its one definition, with constraints that hold in this table only (a key is unique in its own table). */
function field(name: FieldName, only: Pick<FieldDef['constraints'], 'unique'> = {}): FieldDef {
  const def: Def = FIELDS[name];
  return { name, type: def.type, description: def.description, constraints: { ...def.constraints, ...only } };
}

/** A column of drivers.csv: one host group's count in Table 5. */
const groupCountField = (group: string): FieldDef => ({
  name: groupColumn(group),
  type: 'integer',
  description: `Table 5's count of interviewees (out of 22) for the host group ${group} (host-groups.csv); empty where the table leaves the cell blank.`,
  constraints: { required: false, minimum: 0, maximum: INTERVIEWEE_COUNT },
});

/** The statements of chapter 4 as rows (findings.csv has all of them, statements.csv those that count interviewees). */
function statementRows(kb: KnowledgeBase, countedOnly: boolean): Array<Record<string, Value>> {
  return [...kb.findings.values()].flatMap((f) =>
    f.data.statements.flatMap((s, i) =>
      countedOnly && s.count === null && s.percent === null && s.interviewees === null
        ? []
        : [
            {
              statement_id: statementId(f.id, i),
              driver: f.data.driver,
              group: f.data.group,
              text: s.text,
              count_as_written: s.count?.asWritten ?? null,
              count: s.count?.value ?? null,
              percent_as_written: s.percent,
              percent: s.percent === null ? null : Number(s.percent.replace('%', '')),
              footnote: s.footnote,
              interviewees_as_printed: s.interviewees,
              counts_part: s.countsPart,
              partial_count: s.countsPart !== null,
              aspect: s.aspect,
              section_url: sectionHref(s.section),
            },
          ],
    ),
  );
}

const STATEMENT_FIELDS: FieldName[] = [
  'statement_id',
  'driver',
  'group',
  'text',
  'count_as_written',
  'count',
  'percent_as_written',
  'percent',
  'footnote',
  'interviewees_as_printed',
  'counts_part',
  'partial_count',
  'aspect',
  'section_url',
];
const toDriverAndGroup = [
  { fields: ['driver'], reference: { resource: 'driver-list', fields: ['driver'] } },
  { fields: ['group'], reference: { resource: 'host-groups', fields: ['group'] } },
] as const;

/** Every table of /data/, each a CSV with its Table Schema. Host groups in Table 5's order, as GROUP_IDS lists them. */
export const TABLES: readonly TableDef[] = [
  {
    name: 'driver-list',
    title: 'Drivers',
    description: 'The 11 consolidated drivers, the rows of Table 5.',
    fields: [field('driver', { unique: true }), field('number', { unique: true }), field('driver_name'), field('short_name'), field('unique_to_this_study')],
    primaryKey: ['driver'],
    rows: (kb) =>
      kb.drivers.map((d) => ({
        driver: d.id,
        number: d.data.number,
        driver_name: d.data.name,
        short_name: d.data.shortName,
        unique_to_this_study: d.data.uniqueToThisStudy,
      })),
  },
  {
    name: 'host-groups',
    title: 'Host groups',
    description: 'The five host groups, the columns of Table 5.',
    fields: [field('group', { unique: true }), field('order', { unique: true }), field('group_name'), field('conflict')],
    primaryKey: ['group'],
    rows: (kb) => kb.groups.map((g) => ({ group: g.id, order: g.data.order, group_name: g.data.name, conflict: g.data.conflict })),
  },
  {
    name: 'drivers',
    title: 'Table 5',
    description:
      "Table 5 as printed, one row per driver and one column per host group (its id in snake_case): the wide form of table-cells.csv's Table 5 rows. An empty field where the table leaves a cell blank (never 0).",
    fields: [field('driver', { unique: true }), field('driver_name'), ...GROUP_IDS.map(groupCountField)],
    primaryKey: ['driver'],
    foreignKeys: [toDriverAndGroup[0]],
    rows: (kb) =>
      kb.drivers.map((d) => ({
        driver: d.id,
        driver_name: d.data.name,
        ...Object.fromEntries(
          GROUP_IDS.map((g) => {
            const cell = kb.findings.get(findingKey(g, d.id))?.data.tables.table5;
            return [groupColumn(g), typeof cell === 'number' ? cell : null];
          }),
        ),
      })),
  },
  {
    name: 'table-cells',
    title: 'Cells of Tables 5–9',
    description:
      'One row per cell of Tables 5 (all groups), 6 (Kashmir), 7 (Afghanistan), 8 (Syria) and 9 (all groups): a driver, a host group, a table. The value as printed is kept apart from its numeric value: a cell printed blank or "-" has no numeric value, and is never 0.',
    fields: [field('table'), field('driver'), field('group'), field('value_as_printed'), field('printed_as'), field('value')],
    primaryKey: ['table', 'driver', 'group'],
    foreignKeys: toDriverAndGroup,
    rows: (kb) =>
      (['table5', 'table6', 'table7', 'table8', 'table9'] as const).flatMap((key) =>
        kb.groups.flatMap((g) =>
          kb.drivers.flatMap((d) => {
            const tables = kb.findings.get(findingKey(g.id, d.id))?.data.tables;
            if (!tables || !(key in tables)) return [];
            const cell = tables[key] as TableCell;
            return [
              {
                table: TABLE_OF[key],
                driver: d.id,
                group: g.id,
                value_as_printed: cell === null ? null : String(cell),
                printed_as: printedAs(cell),
                value: typeof cell === 'number' ? cell : null,
              },
            ];
          }),
        ),
      ),
  },
  {
    name: 'findings',
    title: 'Statements of chapter 4',
    description:
      'Every statement of chapter 4 the data holds for a driver and host group, one per row, whether it counts interviewees or not (statements.csv has those that do).',
    fields: STATEMENT_FIELDS.map((n) => (n === 'statement_id' ? field(n, { unique: true }) : field(n))),
    primaryKey: ['statement_id'],
    foreignKeys: toDriverAndGroup,
    rows: (kb) => statementRows(kb, false),
  },
  {
    name: 'statements',
    title: 'Counted statements of chapter 4',
    description: 'One row per statement of chapter 4 that counts interviewees (a count, a percentage or a footnote listing them), for a driver and host group.',
    fields: STATEMENT_FIELDS.map((n) => (n === 'statement_id' ? field(n, { unique: true }) : field(n))),
    primaryKey: ['statement_id'],
    foreignKeys: [...toDriverAndGroup, { fields: ['statement_id'], reference: { resource: 'findings', fields: ['statement_id'] } }],
    rows: (kb) => statementRows(kb, true),
  },
  {
    name: 'statement-interviewees',
    title: 'Interviewees each statement counts',
    description:
      "One row per interviewee a statement's footnote lists: the footnote lists of statements.csv, expanded. An interviewee a list repeats appears once.",
    fields: [field('statement_id'), field('interviewee')],
    primaryKey: ['statement_id', 'interviewee'],
    foreignKeys: [
      { fields: ['statement_id'], reference: { resource: 'statements', fields: ['statement_id'] } },
      { fields: ['interviewee'], reference: { resource: 'interviewees', fields: ['interviewee'] } },
    ],
    rows: (kb) =>
      [...kb.findings.values()].flatMap((f) =>
        f.data.statements.flatMap((s, i) =>
          s.interviewees === null
            ? []
            : [...new Set(expandIntervieweeList(s.interviewees))].map((n) => ({ statement_id: statementId(f.id, i), interviewee: n })),
        ),
      ),
  },
  {
    name: 'interviewees',
    title: 'The List of Interviews',
    description: 'The 22 interviewees, one row each, as the List of Interviews prints them; venue, city, province and mode apart, and the site’s category.',
    fields: [
      field('interviewee', { unique: true }),
      field('role'),
      field('category'),
      field('date'),
      field('date_as_written'),
      field('place'),
      field('mode'),
      field('entry'),
      field('venue'),
      field('city'),
      field('province'),
    ],
    primaryKey: ['interviewee'],
    rows: (kb) =>
      kb.interviewees.map((i) => {
        const faceToFace = i.data.mode === 'face-to-face';
        return {
          interviewee: i.data.n,
          role: i.data.role,
          category: i.data.category,
          date: i.data.date,
          date_as_written: i.data.dateAsWritten,
          place: i.data.place,
          mode: i.data.mode,
          entry: i.data.entry,
          venue: faceToFace ? i.data.place : null,
          city: faceToFace ? (CITIES.find((c) => i.data.place.includes(c)) ?? null) : null,
          province: PROVINCES.find((p) => new RegExp(`\\b${p}\\b`).test(i.data.role)) ?? null,
        };
      }),
  },
];

/** The CSV of one table: the header is its field names, in order; null is an empty field. */
export function tableCsv(table: TableDef, kb: KnowledgeBase): string {
  const names = table.fields.map((f) => f.name);
  return toCsv(
    names,
    table.rows(kb).map((row) =>
      names.map((n) => {
        const v = row[n] ?? null;
        return typeof v === 'boolean' ? String(v) : v;
      }),
    ),
  );
}

/** The terms of the data, in words (shown on /data/ and in the descriptor). */
export const LICENCE_STATEMENT =
  "The thesis's words and figures in these tables (its text, names, counts and percentages as printed) remain its unnamed author's work, quoted for study with the source given: cite the thesis (see /cite/) when you use them; this site grants no licence over them. The site's own work (the identifiers, codes, column layout, codebook, editorial labels and the wording of the data notes) is dedicated to the public domain under CC0 1.0.";

/** The descriptor's `licenses`: CC0 for the site's own work, and the thesis's words as the author's, with where the terms are stated. */
export const LICENSES = [
  {
    name: 'CC0-1.0',
    path: 'https://creativecommons.org/publicdomain/zero/1.0/',
    title: "CC0 1.0: the site's identifiers, codes, column layout, codebook, editorial labels and the wording of its data notes",
  },
  {
    // Relative to the descriptor, as the standard requires: /data/, where the terms are stated.
    path: 'index.html#licence',
    title: "The thesis's words and figures remain its author's: quoted for study with the source given, under no licence from this site",
  },
] as const;

export interface PackageMeta {
  title: string;
  version: string;
  thesisTitle: string;
}

/** The descriptor /data/datapackage.json: every table, its path and its Table Schema. */
export function dataPackage(meta: PackageMeta) {
  return {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: 'pakistani-foreign-fighters-kb',
    title: `${meta.title}: open data`,
    description: `The data of the 2019 master's thesis "${meta.thesisTitle}" as tidy tables: Table 5, the cells of Tables 5–9, the statements of chapter 4 with the interviewees their footnotes list, and the List of Interviews. Values are as printed, with their numeric values beside them; a value the thesis does not give is an empty field. Where the thesis disagrees with itself, see /data/notes.json. Licence: ${LICENCE_STATEMENT}`,
    version: meta.version,
    keywords: ['foreign fighters', 'radicalization', 'Pakistan', 'Afghanistan', 'Kashmir', 'Syria'],
    sources: [{ title: meta.thesisTitle }],
    licenses: LICENSES,
    resources: TABLES.map((t) => ({
      name: t.name,
      type: 'table',
      path: `${t.name}.csv`,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      title: t.title,
      description: t.description,
      dialect: { $schema: 'https://datapackage.org/profiles/2.0/tabledialect.json', delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', header: true },
      schema: {
        $schema: 'https://datapackage.org/profiles/2.0/tableschema.json',
        fields: t.fields.map((f) => ({ name: f.name, type: f.type, description: f.description, constraints: f.constraints })),
        missingValues: [''],
        primaryKey: t.primaryKey,
        ...(t.foreignKeys ? { foreignKeys: t.foreignKeys } : {}),
      },
    })),
  };
}
