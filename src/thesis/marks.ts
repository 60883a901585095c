/**
 * Marks mentions of entities in the chapter text with typed components
 * (`<Driver id="…">…</Driver>` and the like). The rules live in content/marks.yaml:
 * for each entity, the exact phrases of the thesis that name it. The first
 * mention in each section is marked, so a reader can follow it to the entity's
 * page and the entity's page can list the sections that mention it (the
 * backlinks are computed from these marks; see src/knowledge/backlinks.ts).
 */
import { load as loadYaml } from 'js-yaml';

export const MARK_COMPONENTS = {
  driver: 'Driver',
  group: 'Group',
  theory: 'Theory',
  organization: 'Org',
  interviewee: 'Interviewee',
} as const;
export type MarkKind = keyof typeof MARK_COMPONENTS;

export interface MarkRule {
  kind: MarkKind;
  id: string;
  phrases: string[];
}

export function parseMarkRules(text: string): MarkRule[] {
  if (text.trim() === '') return [];
  const data = loadYaml(text);
  if (!Array.isArray(data)) throw new Error('content/marks.yaml: expected a list of { kind, id, phrases }');
  return data.map((raw: unknown, i) => {
    const r = raw as Partial<MarkRule>;
    if (!r.kind || !(r.kind in MARK_COMPONENTS)) throw new Error(`content/marks.yaml: entry ${i + 1}: field "kind" must be one of ${Object.keys(MARK_COMPONENTS).join(', ')}`);
    if (typeof r.id !== 'string' || r.id === '') throw new Error(`content/marks.yaml: entry ${i + 1}: field "id" is missing`);
    if (!Array.isArray(r.phrases) || r.phrases.length === 0) throw new Error(`content/marks.yaml: entry ${i + 1} (${r.id}): field "phrases" must list at least one phrase`);
    return { kind: r.kind, id: r.id, phrases: r.phrases.map(String) };
  });
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Marks the first mention of each rule's entity in `text`, unless `seen`
 * already holds it for this section. Never marks inside existing tags or links.
 */
export function applyMarks(text: string, rules: MarkRule[], section: string, seen: Set<string> = sectionMemory(section)): string {
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
        return seg.replace(pattern, (m) => {
          done = true;
          const tag = MARK_COMPONENTS[rule.kind];
          const attr = rule.kind === 'interviewee' ? `n={${rule.id}}` : `id="${rule.id}"`;
          return `<${tag} ${attr}>${m}</${tag}>`;
        });
      })
      .join('');
    if (done) seen.add(key);
  }
  return out;
}

const memories = new Map<string, Set<string>>();
function sectionMemory(section: string): Set<string> {
  let set = memories.get(section);
  if (!set) memories.set(section, (set = new Set()));
  return set;
}
