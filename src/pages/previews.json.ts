// /previews.json: the preview cards of every cross-link (src/previews/cards.ts), fetched once by the preview script on the first hover or focus.
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { loadKnowledge } from '~/knowledge';
import { entityCards, sectionCards } from '~/previews/cards';

export const GET: APIRoute = async () => {
  const cards = { ...sectionCards(await getCollection('docs')), ...entityCards(await loadKnowledge()) };
  return new Response(JSON.stringify(cards), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
