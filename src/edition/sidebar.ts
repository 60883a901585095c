/**
 * The sidebar: the thesis in its own order (its table of contents), then the
 * knowledge base built from it. Read by astro.config.mjs.
 *
 * One link per place: an index that is itself a page of the thesis (the
 * interviewees' index is the List of Interviews, /interviews/) is listed once,
 * where the thesis has it, so the sidebar never marks two links as the
 * current page.
 */
import type { StarlightUserConfig } from '@astrojs/starlight/types';
import { ENTITY_KINDS, ENTITY_KIND_NAMES, kindIndexPath } from '../knowledge/kinds.ts';
import { THESIS_PAGES, type ThesisPage } from '../source/parts.ts';
import { BY_CATEGORY_PATH, EVIDENCE_PATH, MAP_PATH } from '../knowledge/view-paths.ts';

/** One item of Starlight's `sidebar` option, as Starlight types it. */
type SidebarItem = NonNullable<StarlightUserConfig['sidebar']>[number];

export function thesisSidebar(): SidebarItem[] {
  const groups = new Map<ThesisPage['group'], SidebarItem[]>();
  for (const page of THESIS_PAGES) {
    const items = groups.get(page.group) ?? [];
    items.push({ label: page.label, slug: page.slug });
    groups.set(page.group, items);
  }
  // Case studies sit inside chapter 4, between its opening and chapter 5.
  const chapters = groups.get('Chapters') ?? [];
  const results = chapters.findIndex((i) => typeof i === 'object' && 'slug' in i && i.slug === 'chapters/results');
  chapters.splice(results + 1, 0, { label: '4.1–4.3 Case studies', items: groups.get('Case studies') ?? [] });
  const thesisPaths = new Set(THESIS_PAGES.map((p) => `/${p.slug}/`));
  return [
    { label: 'Home', link: '/' },
    { label: 'The thesis', items: [...(groups.get('Front matter') ?? []), ...chapters, ...(groups.get('Back matter') ?? [])] },
    {
      label: 'Knowledge base',
      items: [
        // One index per kind of entity, from the registry, unless the thesis's part of the sidebar already links it.
        ...ENTITY_KIND_NAMES.filter((kind) => !thesisPaths.has(kindIndexPath(kind))).map((kind) => ({
          label: ENTITY_KINDS[kind].plural,
          link: kindIndexPath(kind),
        })),
        { label: 'The evidence: drivers by group', link: EVIDENCE_PATH },
        { label: 'Who said what', link: BY_CATEGORY_PATH },
        { label: 'How the ideas connect', link: MAP_PATH },
        { label: 'Open data and data notes', link: '/data/' },
        { label: 'Related research', link: '/related-research/' },
        { label: 'How to cite', link: '/cite/' },
      ],
    },
  ];
}
