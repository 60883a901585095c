// /data/notes.json: where the thesis disagrees with itself, computed (src/knowledge/data-notes/).
import type { APIRoute } from 'astro';
import { loadKnowledge } from '~/knowledge';
import { NOTE_RULES, ruleHref } from '~/knowledge/data-notes/rules';
import { sectionHref } from '~/knowledge/sections';

export const GET: APIRoute = async () => {
  const kb = await loadKnowledge();
  // Each note names the rule that made it (`kind`), with the rule's title and its explanation on /data/.
  const notes = kb.notes.map((n) => ({ ...n, rule: NOTE_RULES[n.kind].title, ruleUrl: ruleHref(n.kind), sectionUrl: sectionHref(n.section) }));
  return new Response(JSON.stringify(notes, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
