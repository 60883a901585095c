// /data/findings.csv, generated from the collections (src/knowledge/open-data.ts).
import type { APIRoute } from 'astro';
import { loadKnowledge } from '~/knowledge';
import { findingsCsv } from '~/knowledge/open-data';

export const GET: APIRoute = async () => {
  const kb = await loadKnowledge();
  return new Response(findingsCsv(kb), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
