// /data/notes.json: where the thesis disagrees with itself, computed (src/knowledge/consistency.ts).
import type { APIRoute } from 'astro';
import { loadKnowledge } from '~/knowledge';
import { sectionHref } from '~/knowledge/sections';

export const GET: APIRoute = async () => {
  const kb = await loadKnowledge();
  const notes = kb.notes.map((n) => ({ ...n, sectionUrl: sectionHref(n.section) }));
  return new Response(JSON.stringify(notes, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
