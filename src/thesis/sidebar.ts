/**
 * The sidebar: the thesis in its own order (its table of contents), then the
 * knowledge base built from it. Read by astro.config.mjs.
 */
import { THESIS_PAGES, type ThesisPage } from './structure.ts';

type SidebarItem = { label: string; slug: string } | { label: string; link: string } | { label: string; items: SidebarItem[] };

export function thesisSidebar(): SidebarItem[] {
  const groups = new Map<ThesisPage['group'], SidebarItem[]>();
  for (const page of THESIS_PAGES) {
    const items = groups.get(page.group) ?? [];
    items.push({ label: page.label, slug: page.slug });
    groups.set(page.group, items);
  }
  // Case studies sit inside chapter 4, between its opening and chapter 5.
  const chapters = groups.get('Chapters') ?? [];
  const results = chapters.findIndex((i) => 'slug' in i && i.slug === 'chapters/results');
  chapters.splice(results + 1, 0, { label: '4.1–4.3 Case studies', items: groups.get('Case studies') ?? [] });
  return [
    { label: 'Home', link: '/' },
    { label: 'The thesis', items: [...(groups.get('Front matter') ?? []), ...chapters, ...(groups.get('Back matter') ?? [])] },
    {
      label: 'Knowledge base',
      items: [
        { label: 'Drivers', link: '/drivers/' },
        { label: 'Host groups', link: '/groups/' },
        { label: 'Theories', link: '/theories/' },
        { label: 'Organizations', link: '/organizations/' },
        { label: 'Interviewees', link: '/interviews/' },
        { label: 'Open data and data notes', link: '/data/' },
        { label: 'Related research', link: '/related-research/' },
        { label: 'How to cite', link: '/cite/' },
      ],
    },
  ];
}
