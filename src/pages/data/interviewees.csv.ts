// /data/interviewees.csv, generated from the collections (src/knowledge/open-data.ts).
import type { APIRoute } from 'astro';
import { loadKnowledge } from '~/knowledge';
import { intervieweesCsv } from '~/knowledge/open-data';

export const GET: APIRoute = async () => {
  const kb = await loadKnowledge();
  return new Response(intervieweesCsv(kb), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
