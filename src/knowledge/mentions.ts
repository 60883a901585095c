/**
 * Where the thesis mentions each entity, found on the document model
 * (src/source/document.ts) from the rules of content/marks.yaml: for each
 * entity, the exact phrases of the thesis that name it. The first mention of
 * an entity in each section is its mark: the web edition links it to the
 * entity's page (src/edition/render-mdx.ts), and the entity's page lists the
 * sections that mention it (backlinks.ts). A case study's numbered driver
 * section ("6. Financial Assistance") is about its driver as a whole.
 *
 * One computation for both, so a page's backlinks and the marks in the text
 * cannot disagree.
 */
import { z } from 'astro/zod';
import { FOOTNOTE_MARKER } from '../source/blocks.ts';
import { sectionOrder, textBlocks, type Heading, type ThesisDocument } from '../source/document.ts';
import type { SectionRef } from '../source/section-ref.ts';
import { ENTITY_KIND_NAMES, type EntityKind } from './kinds.ts';
import { parseYaml } from './parse-yaml.ts';

/** content/marks.yaml: for each entity, the exact phrases of the thesis that name it. */
export const markRulesSchema = z.array(
  z.object({
    kind: z.enum(ENTITY_KIND_NAMES as [EntityKind, ...EntityKind[]]),
    id: z.string().min(1),
    phrases: z.array(z.string().min(1)).min(1, 'list at least one phrase'),
  }),
);
export type MarkRule = z.infer<typeof markRulesSchema>[number];

export function parseMarkRules(text: string): MarkRule[] {
  if (text.trim() === '') return [];
  return parseYaml('content/marks.yaml', text, markRulesSchema);
}

/** A mark: `length` characters of a text block's text from `at` name the entity. */
export interface MarkSpan {
  at: number;
  length: number;
  kind: EntityKind;
  id: string;
}

/** A mention of an entity, by the section it stands in. */
export interface MarkUse {
  kind: EntityKind;
  id: string;
  section: SectionRef;
}

/** The parts whose running text is marked: not the title page, the reference list or the questionnaire. */
const UNMARKED_PARTS = new Set(['front-matter', 'references', 'questionnaire']);

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function phrasePattern(rule: MarkRule): RegExp {
  const phrases = [...rule.phrases].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return new RegExp(`(?<![\\p{L}\\p{N}-])(${phrases.join('|')})(?![\\p{L}\\p{N}])`, 'u');
}

/** Stretches of a text that a mark never crosses or enters: footnote markers and links (`<https://…>`). */
const BARRIERS = new RegExp(`${FOOTNOTE_MARKER.source}|<https?://[^>\\s]+>`, 'gu');

/**
 * The stretches of `text` a new mark may fall in: between barriers and the
 * marks already made, each matched on its own (a phrase never runs across
 * a footnote marker, a link or another mark, nor is it read inside one).
 */
function openStretches(text: string, taken: readonly MarkSpan[]): Array<{ at: number; text: string }> {
  const cuts = [...text.matchAll(BARRIERS)].map((m) => [m.index, m.index + m[0].length] as const);
  cuts.push(...taken.map((s) => [s.at, s.at + s.length] as const));
  cuts.sort((a, b) => a[0] - b[0]);
  const stretches: Array<{ at: number; text: string }> = [];
  let from = 0;
  for (const [start, end] of cuts) {
    if (start > from) stretches.push({ at: from, text: text.slice(from, start) });
    from = Math.max(from, end);
  }
  if (from < text.length) stretches.push({ at: from, text: text.slice(from) });
  return stretches;
}

/**
 * Marks the first mention of each rule's entity in `text`, unless `seen`
 * (the entities already marked in this section) holds it; adds what it marks
 * to `seen`. Rules are tried in their order; a later rule's phrase inside an
 * earlier rule's mark is not a mention.
 */
export function marksIn(text: string, rules: readonly MarkRule[], seen: Set<string>): MarkSpan[] {
  const spans: MarkSpan[] = [];
  for (const rule of rules) {
    const key = `${rule.kind}:${rule.id}`;
    if (seen.has(key)) continue;
    const pattern = phrasePattern(rule);
    for (const stretch of openStretches(text, spans)) {
      const m = pattern.exec(stretch.text);
      if (!m) continue;
      spans.push({ at: stretch.at + m.index, length: m[0].length, kind: rule.kind, id: rule.id });
      seen.add(key);
      break;
    }
  }
  return spans.sort((a, b) => a.at - b.at);
}

export interface Mentions {
  /** "<part>#<block id>" → the marks in that paragraph or quotation. */
  marks: ReadonlyMap<string, MarkSpan[]>;
  /** "<part>#<heading anchor>" → the driver a case study's numbered section is about. */
  driverSections: ReadonlyMap<string, string>;
  /** Every mention (marks and driver sections), in reading order. */
  uses: MarkUse[];
}

export const blockKey = (part: string, id: string): string => `${part}#${id}`;

/** A driver's printed names, to know which driver a case study's section heading names. */
export interface DriverNames {
  id: string;
  names: readonly string[];
}

/**
 * A case study's numbered driver section ("6. Financial Assistance"), by its
 * heading's wording, whatever wording the heading uses for the driver.
 */
export function driverOfSection(heading: Heading, part: string, drivers: readonly DriverNames[]): string {
  const title = heading.text.replace(/^\d+\.\s+/, '').toLowerCase();
  const driver = drivers.find((d) => d.names.some((n) => n.toLowerCase() === title));
  if (!driver) throw new Error(`${part}: the driver section "${heading.text}" names no driver (add its wording to a driver's aliases in content/drivers/)`);
  return driver.id;
}

export function findMentions(doc: ThesisDocument, rules: readonly MarkRule[], drivers: readonly DriverNames[]): Mentions {
  const marks = new Map<string, MarkSpan[]>();
  const driverSections = new Map<string, string>();
  const uses: MarkUse[] = [];
  for (const part of doc.parts) {
    if (UNMARKED_PARTS.has(part.slug)) continue;
    // Which entities each section has already marked: a new section marks again.
    const seenIn = new Map<string, Set<string>>();
    for (const block of part.blocks) {
      if (block.kind === 'heading' && block.level === 3 && part.group === 'Case studies' && drivers.length > 0) {
        const id = driverOfSection(block, part.slug, drivers);
        driverSections.set(blockKey(part.slug, block.anchor), id);
        uses.push({ kind: 'driver', id, section: block.section });
      }
    }
    for (const block of textBlocks(part)) {
      const sectionKey = block.section.heading ?? '';
      const seen = seenIn.get(sectionKey) ?? seenIn.set(sectionKey, new Set()).get(sectionKey)!;
      const spans = marksIn(block.text, rules, seen);
      if (spans.length === 0) continue;
      marks.set(blockKey(part.slug, block.id), spans);
      uses.push(...spans.map((s) => ({ kind: s.kind, id: s.id, section: block.section })));
    }
  }
  // In reading order: a driver section's heading comes before the marks of its section.
  const order = sectionOrder(doc);
  uses.sort((a, b) => order(a.section) - order(b.section));
  return { marks, driverSections, uses };
}
