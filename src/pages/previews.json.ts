// /previews.json: the preview cards of every cross-link (src/previews/cards.ts), fetched once by the preview script on the first hover or focus.
import type { APIRoute } from 'astro';
import { loadKnowledge } from '~/knowledge';
import { entityCards, noteAndTableCards, paragraphCards, referenceCards, sectionCards } from '~/previews/cards';
import { THESIS } from '~/source/thesis';

export const GET: APIRoute = async () => {
  const kb = await loadKnowledge();
  const cards = { ...paragraphCards(THESIS), ...sectionCards(THESIS), ...noteAndTableCards(THESIS), ...entityCards(kb), ...referenceCards(kb.references) };
  return new Response(JSON.stringify(cards), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
