// /robots.txt: every page may be crawled; the Sitemap line names the sitemap
// when the build knows the site's address (src/site-url.ts).
import type { APIRoute } from 'astro';
import { robotsTxt, SITE_URL } from '~/site-url';

export const GET: APIRoute = () => new Response(robotsTxt(SITE_URL), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
