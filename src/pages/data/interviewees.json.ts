// /data/interviewees.json, generated from the collections (src/knowledge/open-data.ts).
import type { APIRoute } from 'astro';
import { loadKnowledge } from '~/knowledge';
import { intervieweesData } from '~/knowledge/open-data';

export const GET: APIRoute = async () => {
  const kb = await loadKnowledge();
  return new Response(JSON.stringify(intervieweesData(kb), null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
