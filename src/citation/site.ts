/**
 * The citation layer as the site uses it: builds the context once per build
 * (metadata, SITE_URL, data version, the citable pages from the knowledge
 * base) and answers the overrides, components and download routes.
 * The logic lives in the pure modules beside this one; this file only wires
 * them to the knowledge base and to Astro.
 */
import { entityPath, findingAnchor } from '../knowledge/kinds.ts';
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadKnowledge } from '../knowledge/index.ts';
import { SITE_URL } from '../site-url.ts';
import { partItem, thesisItem, webPageItem, type CitationContext, type CslItem } from './csl.ts';
import { currentDataVersion } from './data-version.ts';
import { citationOf, toBibtex, toCslJson, toRis, type FormattedCitation } from './format.ts';
import { prefetch, shownFormsOf } from './format-pool.ts';
import { partJsonLd, partMetaTags, thesisJsonLd, thesisMetaTags, type MetaTag } from './head.ts';
import { THESIS, THESIS_ABSTRACT } from './metadata.ts';
import { LISTED_TABLES, tablePages, type PrintedPages } from './page-ranges.ts';
import {
  citablePages,
  DOWNLOADS,
  isThesisPart,
  downloadPath,
  findingTitle,
  properNouns,
  THESIS_FILE_STEM,
  type CitablePage,
  type DownloadExt,
} from './pages.ts';
import { sentenceCase } from './sentence-case.ts';

interface CitationSite {
  ctx: CitationContext;
  pages: Map<string, CitablePage>;
  nouns: string[];
}

let cached: Promise<CitationSite> | undefined;
export function citationSite(): Promise<CitationSite> {
  cached ??= (async () => {
    const kb = await loadKnowledge();
    const ctx: CitationContext = {
      meta: THESIS,
      siteUrl: SITE_URL,
      dataVersion: currentDataVersion(THESIS.knowledgeBase.version),
      abstract: THESIS_ABSTRACT,
    };
    const site: CitationSite = { ctx, pages: citablePages(kb), nouns: properNouns(kb) };
    // Every citation the pages will show, formatted on worker threads while the pages render (format-pool.ts):
    // the thesis, each citable page, each finding on its driver's and its group's page. (A table's is asked for by its
    // chapter.) In the order of their addresses, a finding's just after its page's: Astro renders a route's pages in
    // that order, so the citations a page asks for are formatted about when it asks, not after every other page's.
    const pageItems = [...site.pages.values()].map((page) => [page.path, pageItem(site, page)] as const);
    const findingItems = [...kb.findings.values()].flatMap(({ data }) =>
      (['driver', 'group'] as const).map(
        (on) => [entityPath(on, on === 'driver' ? data.driver : data.group), findingItem(site, data.driver, data.group, on)] as const,
      ),
    );
    prefetch([thesisItem(ctx), ...[...pageItems, ...findingItems].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, item]) => item)]);
    return site;
  })();
  return cached;
}

/** The CSL item of a citable page: a part of the thesis, or a web page composed from its data. */
function pageItem({ ctx }: CitationSite, page: CitablePage): CslItem {
  const part = { path: page.path, title: page.citationTitle, pages: page.pages };
  return isThesisPart(page.kind) ? partItem(ctx, part) : webPageItem(ctx, part);
}

/** The CSL item of a finding (a driver in a host group) at its anchor on the driver or the group page. */
function findingItem({ ctx, pages }: CitationSite, driverId: string, groupId: string, on: 'driver' | 'group'): CslItem {
  const driver = pages.get(entityPath('driver', driverId));
  const group = pages.get(entityPath('group', groupId));
  if (!driver || !group) throw new Error(`No citable pages for the finding ${driverId} in ${groupId}`);
  const page = on === 'driver' ? driver : group;
  const path = `${page.path}#${findingAnchor(on, driverId, groupId)}`;
  // A finding is composed from the thesis's data, like the page it is on.
  return webPageItem(ctx, { path, title: findingTitle(driver.citationTitle, group.citationTitle) });
}

export interface Download {
  ext: DownloadExt;
  label: string;
  href: string;
  /** Suggested file name: the citation key and the extension. */
  filename: string;
}

export interface PageCitation {
  /** "Cite this thesis" on the home page, "Cite this page" elsewhere. */
  isThesis: boolean;
  /** A real part of the thesis (a section of it), rather than a page composed from its data. */
  isThesisPart: boolean;
  path: string;
  citation: FormattedCitation;
  downloads: Download[];
  /** A part of the thesis: its printed pages, and where they come from. */
  pages?: PrintedPages | undefined;
}

/** Every item is formatted once per build: pages, footers and the three download routes share it. */
const formatted = new Map<string, Promise<FormattedCitation>>();
function format(item: CslItem): Promise<FormattedCitation> {
  let f = formatted.get(item.id);
  if (!f) {
    f = shownFormsOf(item).then((forms) => citationOf(item, forms));
    formatted.set(item.id, f);
  }
  return f;
}

/** Paths as Astro gives them ("/drivers/recruitment/"); a missing final slash is added. */
const normalise = (pathname: string) => (pathname.endsWith('/') ? pathname : `${pathname}/`);

function downloadsFor(stem: string, key: string): Download[] {
  return DOWNLOADS.map((d) => ({ ext: d.ext, label: d.label, href: downloadPath(stem, d.ext), filename: `${key}.${d.ext}` }));
}

/** The citation of the page at `pathname`: the thesis at "/", a part elsewhere; null for pages that are not citable. */
export async function citationForPath(pathname: string): Promise<PageCitation | null> {
  const site = await citationSite();
  const { pages } = site;
  const path = normalise(pathname);
  if (path === '/') return thesisCitation();
  const page = pages.get(path);
  if (!page) return null;
  const citation = await format(pageItem(site, page));
  return {
    isThesis: false,
    isThesisPart: isThesisPart(page.kind),
    path,
    citation,
    downloads: downloadsFor(page.fileStem, citation.item['citation-key']),
    pages: page.pages,
  };
}

/** Whether the page at `pathname` has a "Cite this page" block (without formatting its citation). */
export async function isCitable(pathname: string): Promise<boolean> {
  const path = normalise(pathname);
  return path === '/' || (await citationSite()).pages.has(path);
}

export async function thesisCitation(): Promise<PageCitation> {
  const { ctx } = await citationSite();
  const citation = await format(thesisItem(ctx));
  return { isThesis: true, isThesisPart: false, path: '/', citation, downloads: downloadsFor(THESIS_FILE_STEM, citation.item['citation-key']) };
}

/** A finding (a driver in a host group) at its anchor on the driver or the group page. */
export async function findingCitation(driverId: string, groupId: string, on: 'driver' | 'group'): Promise<FormattedCitation> {
  return format(findingItem(await citationSite(), driverId, groupId, on));
}

export interface TableCitation {
  citation: FormattedCitation;
  /** The table's printed page, from the List of Tables. */
  pages: PrintedPages;
}

/**
 * A table of a chapter at its anchor (#table-N), titled by its caption, on its
 * printed page; "Table N" is its short title in the text (its caption is long).
 */
export async function tableCitation(pagePath: string, n: number, caption: string): Promise<TableCitation> {
  const { ctx, nouns } = await citationSite();
  const pages = tablePages(n, LISTED_TABLES);
  const citation = await format(
    partItem(ctx, { path: `${normalise(pagePath)}#table-${n}`, title: sentenceCase(caption, nouns), shortTitle: `Table ${n}`, pages }),
  );
  return { citation, pages };
}

export interface HeadAdditions {
  meta: MetaTag[];
  jsonLd: Record<string, unknown> | null;
}

/** citation_* meta tags and JSON-LD for the page at `pathname` (nothing for pages that are not citable). */
export async function headFor(pathname: string): Promise<HeadAdditions> {
  const { ctx, pages } = await citationSite();
  const path = normalise(pathname);
  if (path === '/') return { meta: thesisMetaTags(ctx), jsonLd: thesisJsonLd(ctx) };
  const page = pages.get(path);
  return page ? { meta: partMetaTags(ctx, page), jsonLd: partJsonLd(ctx, page) } : { meta: [], jsonLd: null };
}

export async function dataVersion() {
  return (await citationSite()).ctx.dataVersion;
}

/**
 * A download route: src/pages/cite/[...path].<ext>.ts exports what this
 * returns, so /cite/<file stem>.<ext> exists for the thesis and every citable page.
 */
export function downloadRoute(ext: DownloadExt): { getStaticPaths: GetStaticPaths; GET: APIRoute } {
  const spec = DOWNLOADS.find((d) => d.ext === ext)!;
  // The downloads need no style: they do not wait for the formatted citations.
  const body = (item: CslItem) => (ext === 'bib' ? toBibtex(item) : ext === 'ris' ? toRis(item) : toCslJson(item));
  return {
    getStaticPaths: async () => {
      const site = await citationSite();
      const files = [
        { stem: THESIS_FILE_STEM, item: thesisItem(site.ctx) },
        ...[...site.pages.values()].map((p) => ({ stem: p.fileStem, item: pageItem(site, p) })),
      ];
      return files.map(({ stem, item }) => ({ params: { path: stem }, props: { body: body(item) } }));
    },
    GET: ({ props }) => new Response(String(props['body']), { headers: { 'Content-Type': spec.type } }),
  };
}
