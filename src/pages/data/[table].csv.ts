// /data/<table>.csv: the tables of the data package (src/knowledge/data-package.ts), interviewees.csv among them.
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadKnowledge } from '~/knowledge';
import { TABLES, tableCsv } from '~/knowledge/data-package';

export const getStaticPaths = (() => TABLES.map((t) => ({ params: { table: t.name }, props: { table: t } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ table: (typeof TABLES)[number] }> = async ({ props }) => {
  const kb = await loadKnowledge();
  return new Response(tableCsv(props.table, kb), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
