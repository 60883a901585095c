// /previews.json: the preview cards of every cross-link (src/previews/cards.ts), fetched once by the preview script on the first hover or focus.
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { loadKnowledge } from '~/knowledge';
import { entityCards, noteAndTableCards, referenceCards, sectionCards } from '~/previews/cards';

export const GET: APIRoute = async () => {
  const [docs, kb] = await Promise.all([getCollection('docs'), loadKnowledge()]);
  const cards = { ...sectionCards(docs), ...noteAndTableCards(docs), ...entityCards(kb), ...referenceCards(kb.references) };
  return new Response(JSON.stringify(cards), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
