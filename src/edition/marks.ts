/**
 * Marks mentions of entities in the chapter text with typed components
 * (`<Driver id="…">…</Driver>` and the like). The rules live in content/marks.yaml:
 * for each entity, the exact phrases of the thesis that name it. The first
 * mention in each section is marked, so a reader can follow it to the entity's
 * page and the entity's page can list the sections that mention it (the
 * backlinks are computed from these marks; see src/knowledge/backlinks.ts).
 */
import { z } from 'astro/zod';
import { ENTITY_KINDS, ENTITY_KIND_NAMES, type EntityKind } from '../knowledge/kinds.ts';
import { parseYaml } from '../knowledge/parse-yaml.ts';
import { HELD_CHARACTER } from './held-places.ts';

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

/** `text` without the importer's held places, and the offset in `text` of each character kept. */
function withoutHeldPlaces(text: string): { clean: string; at: number[] } {
  let clean = '';
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (HELD_CHARACTER.test(text[i]!)) continue;
    clean += text[i];
    at.push(i);
  }
  return { clean, at };
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Marks the first mention of each rule's entity in `text`, unless `seen`
 * (the entities already marked in this section) holds it; adds what it marks
 * to `seen`. Never marks inside existing tags or links.
 */
export function applyMarks(text: string, rules: readonly MarkRule[], seen: Set<string>): string {
  let out = text;
  for (const rule of rules) {
    const key = `${rule.kind}:${rule.id}`;
    if (seen.has(key)) continue;
    const phrases = [...rule.phrases].sort((a, b) => b.length - a.length).map(escapeRegExp);
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}-])(${phrases.join('|')})(?![\\p{L}\\p{N}])`, 'u');
    const segments = out.split(/(<[^>]+>|\[[^\]]*\]\([^)]*\))/u);
    let depth = 0;
    let done = false;
    out = segments
      .map((seg) => {
        if (seg.startsWith('<')) {
          if (/^<[A-Z][^>]*[^/]>$/u.test(seg)) depth++;
          else if (/^<\/[A-Z]/u.test(seg)) depth--;
          return seg;
        }
        if (done || depth > 0 || seg.startsWith('[')) return seg;
        // The places the importer holds for citation links (held-places.ts) are invisible to the phrases.
        const { clean, at } = withoutHeldPlaces(seg);
        const m = pattern.exec(clean);
        if (!m) return seg;
        done = true;
        const [start, end] = [at[m.index]!, at[m.index + m[0].length - 1]! + 1];
        const { tag, idAttribute } = ENTITY_KINDS[rule.kind];
        const attr = idAttribute === 'n' ? `n={${rule.id}}` : `id="${rule.id}"`;
        return `${seg.slice(0, start)}<${tag} ${attr}>${seg.slice(start, end)}</${tag}>${seg.slice(end)}`;
      })
      .join('');
    if (done) seen.add(key);
  }
  return out;
}
