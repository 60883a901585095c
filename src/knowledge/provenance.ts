/**
 * Where each field of an entity comes from: the thesis (with the section that
 * says it) or the site (an editorial value, labelled with its reason). Every
 * field of an entity schema is registered here (src/knowledge/schemas.ts);
 * `provenance.test.ts` walks each entity schema and fails on a field that says
 * neither, so a new field cannot be added without saying which it is.
 *
 * An editorial value is stored as `{ value, reason, source? }`, not as a bare
 * string: a page cannot print it without reaching into `.value`, and the
 * page components render it only through `Editorial.astro`, which labels it.
 *
 * This module must stay importable outside Astro (unit tests, scripts).
 */
import { z } from 'astro/zod';

export type Provenance =
  /** The value is the thesis's: the sibling field `from` holds the section(s) it comes from. */
  | { kind: 'thesis'; from: string }
  /** The value is the thesis's and always comes from the same place (a table, the List of Interviews). */
  | { kind: 'thesis'; page: string; heading?: string }
  /** Each value is printed in the thesis, word for word: names and spellings (tests/unit/provenance-data.test.ts finds each in the source). */
  | { kind: 'printed' }
  /** The field holds the sections other fields cite (`descriptionFrom`, `section`). */
  | { kind: 'sources' }
  /** Each value is editorial and labelled: `{ value, reason, source? }` (see `editorial()`). */
  | { kind: 'editorial' }
  /** Every value of the field is the site's reading, for the one reason given here (a classification the thesis does not make). */
  | { kind: 'editorial-field'; reason: string }
  /** Each value says its own basis: the thesis (with a section) or the site's reading (with a reason). */
  | { kind: 'each' }
  /** Not a claim about the subject: an order, a flag or a title the site gives a page; `why` says which. */
  | { kind: 'site'; why: string };

/** The provenance of every registered field schema. */
export const provenance = z.registry<Provenance>();

/**
 * A copy of `schema` registered with `p`: a copy, so that a shared schema
 * (`sectionRef`) used by several fields does not carry one field's provenance
 * into another.
 */
function mark<T extends z.ZodType>(schema: T, p: Provenance): T {
  return (schema.clone() as z.ZodType).register(provenance, p) as T;
}

/** A field whose value the thesis states; `from` names the sibling field with its section(s). */
export function thesis<T extends z.ZodType>(schema: T, from: string): T {
  return mark(schema, { kind: 'thesis', from });
}

/** A field whose value always comes from one place of the thesis. */
export function thesisAt<T extends z.ZodType>(schema: T, page: string, heading?: string): T {
  return mark(schema, heading === undefined ? { kind: 'thesis', page } : { kind: 'thesis', page, heading });
}

/** A field of names, each printed word for word in the thesis. */
export function printed<T extends z.ZodType>(schema: T): T {
  return mark(schema, { kind: 'printed' });
}

/** A field whose every value is the site's reading, for `reason` (shown with the value). */
export function editorialField<T extends z.ZodType>(schema: T, reason: string): T {
  return mark(schema, { kind: 'editorial-field', reason });
}

/** The reason of an `editorialField` of `schema`; throws if `field` is not one. */
export function editorialReason(schema: z.ZodObject, field: string): string {
  const p = provenance.get(schema.shape[field] as z.ZodType);
  if (p?.kind !== 'editorial-field') throw new Error(`field "${field}" is not an editorial field`);
  return p.reason;
}

/** The field that holds the sections other fields cite. */
export function sources<T extends z.ZodType>(schema: T): T {
  return mark(schema, { kind: 'sources' });
}

/** A field the site adds that is not a claim about the subject (an order, a page title); `why` is shown to no reader but documents it. */
export function siteField<T extends z.ZodType>(schema: T, why: string): T {
  return mark(schema, { kind: 'site', why });
}

/** A field each of whose values says its own basis (see `basisOf`). */
export function eachWithBasis<T extends z.ZodType>(schema: T): T {
  return mark(schema, { kind: 'each' });
}

/**
 * A value from outside the thesis, with why the site gives it: `reason` in
 * plain words ("common English name", "expansion of the acronym the thesis
 * prints"), and `source` when it comes from a named outside source.
 */
export function editorialValue<T extends z.ZodType>(value: T) {
  return z
    .object({
      value,
      /** Why the site gives this value; shown next to it. */
      reason: z
        .string({ error: 'an editorial value needs a reason (why the site gives it)' })
        .min(1, 'an editorial value needs a reason (why the site gives it)'),
      /** The outside source it comes from, if any. */
      source: z.string().min(1).optional(),
    })
    .strict();
}

export interface Editorial<T> {
  value: T;
  reason: string;
  source?: string | undefined;
}

/** A list field of editorial values (e.g. names in wider use that the thesis does not print). */
export function editorialList<T extends z.ZodType>(value: T) {
  return mark(z.array(editorialValue(value)).default([]), { kind: 'editorial' });
}

/** Every field of an object schema and its provenance; `undefined` where a field has none. */
export function fieldProvenance(schema: z.ZodObject): Array<{ field: string; provenance: Provenance | undefined }> {
  return Object.entries(schema.shape).map(([field, s]) => ({ field, provenance: provenance.get(s as z.ZodType) }));
}

/**
 * What is wrong with the provenance of an object schema's fields, one message
 * per field naming it: a field that says nothing, or a thesis field whose
 * `from` names no sibling field of sections.
 */
export function provenanceProblems(name: string, schema: z.ZodObject): string[] {
  const fields = fieldProvenance(schema);
  const byName = new Map(fields.map((f) => [f.field, f.provenance]));
  return fields.flatMap(({ field, provenance: p }) => {
    if (!p) return [`${name}: field "${field}" says neither where in the thesis it comes from nor that it is editorial`];
    if (p.kind === 'thesis' && 'from' in p && byName.get(p.from)?.kind !== 'sources') {
      return [`${name}: field "${field}" is from the thesis but its section field "${p.from}" is not a field of sections`];
    }
    return [];
  });
}
