// /data/datapackage.json: the Frictionless Data Package descriptor of the CSV tables (src/knowledge/data-package.ts).
import type { APIRoute } from 'astro';
import { THESIS } from '~/citation/metadata';
import { dataPackage } from '~/knowledge/data-package';

export const GET: APIRoute = () => {
  const descriptor = dataPackage({ title: THESIS.knowledgeBase.title, version: THESIS.knowledgeBase.version, thesisTitle: THESIS.title });
  return new Response(JSON.stringify(descriptor, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
