/**
 * The open data as a Frictionless Data Package (https://datapackage.org/,
 * version 2.0): tidy CSV tables, one Table Schema each, and the descriptor
 * /data/datapackage.json. Each table is defined once here, its columns with
 * their types and descriptions; the CSV, the Table Schema and the codebook on
 * /data/ are all made from that one definition, so they cannot drift apart.
 *
 * Conventions, the same in every table: headers in snake_case; `driver`,
 * `group`, `statement_id`, `interviewee` always mean the same thing (a driver
 * id, a host-group id, a statement id, an interviewee's number in the List of
 * Interviews); values as printed sit beside their numeric value, and a value
 * the thesis does not give is an empty field (the only missing value).
 */
import { expandIntervieweeList } from './interviewee-lists.ts';
import type { KnowledgeBase } from './index.ts';
import { findingKey } from './keys.ts';
import { toCsv } from './open-data.ts';
import { sectionHref } from './sections.ts';
import type { TableCell } from './schemas.ts';

type Value = string | number | boolean | null;

export interface FieldDef {
  name: string;
  type: 'string' | 'integer' | 'number' | 'boolean' | 'date';
  description: string;
  constraints?: { required?: boolean; unique?: boolean; enum?: readonly string[]; minimum?: number; maximum?: number };
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

const driverField: FieldDef = {
  name: 'driver',
  type: 'string',
  description: 'Driver id: one of the 11 consolidated drivers of Table 5 (driver-list.csv).',
  constraints: { required: true },
};
const groupField: FieldDef = {
  name: 'group',
  type: 'string',
  description: 'Host-group id: one of the five columns of Table 5 (host-groups.csv).',
  constraints: { required: true },
};

export const TABLES: readonly TableDef[] = [
  {
    name: 'driver-list',
    title: 'Drivers',
    description: 'The 11 consolidated drivers, the rows of Table 5.',
    fields: [
      { ...driverField, description: 'Driver id, used in every other table and in the URL /drivers/<driver>/.', constraints: { required: true, unique: true } },
      { name: 'number', type: 'integer', description: 'Row number in Table 5.', constraints: { required: true, unique: true, minimum: 1, maximum: 11 } },
      { name: 'name', type: 'string', description: 'Name as printed in Table 5.', constraints: { required: true } },
      { name: 'short_name', type: 'string', description: "A short label (the site's, for charts).", constraints: { required: true } },
      {
        name: 'unique_to_this_study',
        type: 'boolean',
        description: 'True for the drivers chapters 5 and 6 call unique to this data set.',
        constraints: { required: true },
      },
    ],
    primaryKey: ['driver'],
    rows: (kb) =>
      kb.drivers.map((d) => ({
        driver: d.id,
        number: d.data.number,
        name: d.data.name,
        short_name: d.data.shortName,
        unique_to_this_study: d.data.uniqueToThisStudy,
      })),
  },
  {
    name: 'host-groups',
    title: 'Host groups',
    description: 'The five host groups, the columns of Table 5.',
    fields: [
      {
        ...groupField,
        description: 'Host-group id, used in every other table and in the URL /groups/<group>/.',
        constraints: { required: true, unique: true },
      },
      { name: 'order', type: 'integer', description: 'Column order in Table 5.', constraints: { required: true, unique: true, minimum: 1, maximum: 5 } },
      { name: 'name', type: 'string', description: 'Column heading as printed in Table 5.', constraints: { required: true } },
      {
        name: 'conflict',
        type: 'string',
        description: 'The conflict: afghanistan, kashmir or syria.',
        constraints: { required: true, enum: ['afghanistan', 'kashmir', 'syria'] },
      },
    ],
    primaryKey: ['group'],
    rows: (kb) => kb.groups.map((g) => ({ group: g.id, order: g.data.order, name: g.data.name, conflict: g.data.conflict })),
  },
  {
    name: 'table-cells',
    title: 'Cells of Tables 5–9',
    description:
      'One row per cell of Tables 5 (all groups), 6 (Kashmir), 7 (Afghanistan), 8 (Syria) and 9 (all groups): a driver, a host group, a table. The value as printed is kept apart from its numeric value: a cell printed blank or "-" has no numeric value, and is never 0.',
    fields: [
      { name: 'table', type: 'integer', description: 'The table: 5, 6, 7, 8 or 9.', constraints: { required: true, minimum: 5, maximum: 9 } },
      driverField,
      groupField,
      { name: 'value_as_printed', type: 'string', description: 'The cell as printed: a number, "-", or empty where the table leaves the cell blank.' },
      {
        name: 'printed_as',
        type: 'string',
        description: 'What the cell holds: number, dash or blank.',
        constraints: { required: true, enum: ['number', 'dash', 'blank'] },
      },
      {
        name: 'value',
        type: 'integer',
        description: 'The number of interviewees (out of 22) the cell prints; empty where it prints "-" or nothing.',
        constraints: { minimum: 0, maximum: 22 },
      },
    ],
    primaryKey: ['table', 'driver', 'group'],
    foreignKeys: [
      { fields: ['driver'], reference: { resource: 'driver-list', fields: ['driver'] } },
      { fields: ['group'], reference: { resource: 'host-groups', fields: ['group'] } },
    ],
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
    name: 'statements',
    title: 'Counted statements of chapter 4',
    description: 'One row per statement of chapter 4 that counts interviewees (a count, a percentage or a footnote listing them), for a driver and host group.',
    fields: [
      {
        name: 'statement_id',
        type: 'string',
        description: 'Statement id: <group>--<driver>--<n>, n counting the statements of that driver and group in the data.',
        constraints: { required: true, unique: true },
      },
      driverField,
      groupField,
      { name: 'text', type: 'string', description: 'The sentence(s), word for word (footnote markers left out).', constraints: { required: true } },
      { name: 'count_as_written', type: 'string', description: 'The count in the author\'s words ("Eighteen interviewees", "six others"); empty if none.' },
      {
        name: 'count',
        type: 'integer',
        description: 'The number of interviewees the words give; empty if they give none.',
        constraints: { minimum: 0, maximum: 22 },
      },
      { name: 'percent_as_written', type: 'string', description: 'The percentage as printed ("81%"); empty if none.' },
      {
        name: 'percent',
        type: 'integer',
        description: 'The printed percentage as a number; empty if none. Not recomputed: see the data notes where it is not the count out of 22.',
        constraints: { minimum: 0, maximum: 100 },
      },
      {
        name: 'footnote',
        type: 'integer',
        description: "The footnote that lists the interviewees behind the statement (the thesis's own number); empty if none.",
        constraints: { minimum: 1, maximum: 46 },
      },
      {
        name: 'interviewees_as_printed',
        type: 'string',
        description: 'The footnote\'s list as printed ("1-9, 11, 14-19, 21, 22"); expanded, one interviewee per row, in statement-interviewees.csv.',
      },
      {
        name: 'partial_count',
        type: 'boolean',
        description: 'True when the statement counts only a part or aspect of the driver (madrasas, mentors …), not the driver as a whole.',
        constraints: { required: true },
      },
      { name: 'aspect', type: 'string', description: "The part or aspect counted, in the site's words; empty when the statement is about the whole driver." },
      { name: 'section_url', type: 'string', description: 'The section of the thesis on this site (a path with its anchor).', constraints: { required: true } },
    ],
    primaryKey: ['statement_id'],
    foreignKeys: [
      { fields: ['driver'], reference: { resource: 'driver-list', fields: ['driver'] } },
      { fields: ['group'], reference: { resource: 'host-groups', fields: ['group'] } },
    ],
    rows: (kb) =>
      [...kb.findings.values()].flatMap((f) =>
        f.data.statements.flatMap((s, i) =>
          s.count === null && s.percent === null && s.interviewees === null
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
                  partial_count: s.aspect !== null,
                  aspect: s.aspect,
                  section_url: sectionHref(s.section),
                },
              ],
        ),
      ),
  },
  {
    name: 'statement-interviewees',
    title: 'Interviewees each statement counts',
    description:
      "One row per interviewee a statement's footnote lists: the footnote lists of statements.csv, expanded. An interviewee a list repeats appears once.",
    fields: [
      { name: 'statement_id', type: 'string', description: 'The statement (statements.csv).', constraints: { required: true } },
      {
        name: 'interviewee',
        type: 'integer',
        description: "The interviewee's number in the List of Interviews (interviewees.csv, column n).",
        constraints: { required: true, minimum: 1, maximum: 22 },
      },
    ],
    primaryKey: ['statement_id', 'interviewee'],
    foreignKeys: [
      { fields: ['statement_id'], reference: { resource: 'statements', fields: ['statement_id'] } },
      { fields: ['interviewee'], reference: { resource: 'interviewees', fields: ['n'] } },
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
    description: 'The 22 interviewees, one row each, as the List of Interviews prints them; venue, city, province and mode apart.',
    fields: [
      {
        name: 'n',
        type: 'integer',
        description: "The interviewee's number in the List of Interviews (called interviewee in the other tables).",
        constraints: { required: true, unique: true, minimum: 1, maximum: 22 },
      },
      { name: 'role', type: 'string', description: 'Role as printed.', constraints: { required: true } },
      {
        name: 'category',
        type: 'string',
        description: "The methodology's category (3.1).",
        constraints: { required: true, enum: ['nacta', 'journalist', 'police', 'researcher', 'religious'] },
      },
      { name: 'date', type: 'date', description: 'Date of the interview in the List of Interviews.', constraints: { required: true } },
      { name: 'date_as_written', type: 'string', description: 'The date as the List of Interviews prints it.', constraints: { required: true } },
      {
        name: 'place',
        type: 'string',
        description: 'The place as printed (for the two telephone interviews, "Telephonic Conversation").',
        constraints: { required: true },
      },
      { name: 'mode', type: 'string', description: 'face-to-face or telephone.', constraints: { required: true, enum: ['face-to-face', 'telephone'] } },
      { name: 'entry', type: 'string', description: 'The whole entry, word for word.', constraints: { required: true } },
      { name: 'venue', type: 'string', description: 'Where a face-to-face interview took place, as printed; empty for telephone interviews.' },
      {
        name: 'city',
        type: 'string',
        description: 'The city the venue names (Islamabad, Lahore, Peshawar, Rawalpindi, Sargodha); empty for telephone interviews.',
      },
      {
        name: 'province',
        type: 'string',
        description: 'The province the role names, as printed (Punjab, KPK, Sindh, Baluchistan); empty where the role names none.',
      },
    ],
    primaryKey: ['n'],
    rows: (kb) =>
      kb.interviewees.map((i) => {
        const faceToFace = i.data.mode === 'face-to-face';
        return {
          n: i.data.n,
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

export const LICENCE_STATEMENT =
  "The words and figures in these tables are the thesis's: its unnamed author's work, quoted for study with its source given. Cite the thesis (see /cite/) when you use them. This site declares no licence of its own over them and grants none; the identifiers, column layout and codebook are the site's, offered for reuse with the data.";

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
    description: `The data of the 2019 master's thesis "${meta.thesisTitle}" as tidy tables: the cells of Tables 5–9, the counted statements of chapter 4 with the interviewees their footnotes list, and the List of Interviews. Values are as printed, with their numeric values beside them; a value the thesis does not give is an empty field. Where the thesis disagrees with itself, see /data/notes.json. Licence: ${LICENCE_STATEMENT}`,
    version: meta.version,
    keywords: ['foreign fighters', 'radicalization', 'Pakistan', 'Afghanistan', 'Kashmir', 'Syria'],
    sources: [{ title: meta.thesisTitle }],
    licence_statement: LICENCE_STATEMENT,
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
        fields: t.fields.map((f) => ({ name: f.name, type: f.type, description: f.description, ...(f.constraints ? { constraints: f.constraints } : {}) })),
        missingValues: [''],
        primaryKey: t.primaryKey,
        ...(t.foreignKeys ? { foreignKeys: t.foreignKeys } : {}),
      },
    })),
  };
}
