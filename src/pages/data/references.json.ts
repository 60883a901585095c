// /data/references.json: the bibliography as structured entries, each work once.
import type { APIRoute } from 'astro';
import { loadKnowledge } from '~/knowledge';

export const GET: APIRoute = async () => {
  const kb = await loadKnowledge();
  const refs = kb.references.map((r) => ({ id: r.id, ...r.data }));
  return new Response(JSON.stringify(refs, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
